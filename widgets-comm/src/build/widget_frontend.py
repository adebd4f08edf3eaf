"""The ipywidgets front end for the widgets bundle, from npm without a bundler.

Only two files are needed: @jupyter-widgets/html-manager's dist/libembed-amd.js (the manager, the base and
controls widgets and their CSS, as named AMD modules) and requirejs' require.js to load it, plus the icon fonts that
CSS names: it bundles Font Awesome Free 5.15.4's style sheet ("Font Awesome 5 Free" 900 and 400, "Font Awesome 5
Brands", and the v4 name "FontAwesome"), whose font files WidgetStyles declares in the page. Installing the package
would pull all of JupyterLab as dependencies, so each tarball is fetched with `npm pack`, checked against the
integrity pinned below, and the two files (and the notices html-manager ships) are copied to OUT.

libembed-amd.js is patched (PATCHES, each checked to match exactly as often as in the pinned tarball) so that it
runs under a strict Content-Security-Policy (`script-src 'self'`, `style-src 'self'`): its style loader hands each
`<style>` element to the page in a `jupyter-kit-widget-style` event instead of inserting it (WidgetStyles moves the
CSS into a constructable style sheet, which style-src allows), the embedder no longer compiles the widget-state
JSON schemas with `new Function` when it loads (those validators only serve `renderWidgets` on a page's own
`<script>` elements, which we never call; we sanitise widget state ourselves), and the remaining ways of compiling
code from strings (ajv, lodash templates, gettext plural rules, a Node-only `eval("require")`; none is reached by
the standard controls) throw a clear error instead. The one image its CSS draws, the dropdown arrow, is a `data:`
URL, which `img-src 'self'` refuses: it becomes the file dropdown-arrow.svg beside it, named by
`jupyter-kit-vendor:`, which WidgetStyles replaces with the folder's URL.

Usage: widget_frontend.py OUT
"""

import base64
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

TARBALLS = {
    "@jupyter-widgets/html-manager@1.0.15": (
        "sha512-5thBIV6ymNgmPVOHvzx+gGy8ZSKmSazhtGw4/c4xJDVzRhG9PTeQsRjF3FUTopvFi//SABeNz1yp47bCrJ3CQA==",
        {"package/dist/libembed-amd.js": "libembed-amd.js",
         # BSD-3-Clause per its package.json; the tarball ships the notices of what it bundles.
         "package/dist/embed.js.LICENSE.txt": "LICENSES.html-manager.txt"}),
    "requirejs@2.3.8": (
        "sha512-7/cTSLOdYkNBNJcDMWf+luFvMriVm7eYxp4BcFCsAX0wF421Vyce5SXP17c+Jd5otXKGNehIonFlyQXSowL6Mw==",
        {"package/require.js": "require.js"}),  # MIT: the licence is in the file's header
    "@fortawesome/fontawesome-free@5.15.4": (
        "sha512-eYm8vijH/hpzr/6/1CJ/V/Eb1xQFW2nnUKArb3z+yUWv7HTwj6M7SP957oMjfZjAHU6qpoNc2wQvIxBLWYa/Jg==",
        {"package/webfonts/fa-solid-900.woff2": "fa-solid-900.woff2",
         "package/webfonts/fa-regular-400.woff2": "fa-regular-400.woff2",
         "package/webfonts/fa-brands-400.woff2": "fa-brands-400.woff2",
         # Fonts under the SIL OFL 1.1, the rest MIT; the file says which is which.
         "package/LICENSE.txt": "LICENSES.fontawesome.txt"}),
}


# Thrown wherever the front end would compile code from strings, which needs 'unsafe-eval'.
REFUSE_STRING_CODE = ('(()=>{throw new EvalError("this copy of the widget front end does not compile code from'
                      ' strings, so that it runs under a strict Content-Security-Policy")})()')
# The embedder's module-level schema compilation, whose validators only renderWidgets uses.
REFUSE_STATE_VALIDATION = ('()=>{throw new Error("this copy of the widget front end does not validate widget state'
                           ' read from script elements")}')

PATCHES = [  # (pattern, replacement, expected count)
    (r'var t=document\.createElement\("style"\);return e\.setAttributes\(t,e\.attributes\),'
     r'e\.insert\(t,e\.options\),t',
     'var t=document.createElement("style");return e.setAttributes(t,e.attributes),'
     'document.dispatchEvent(new CustomEvent("jupyter-kit-widget-style",{detail:t})),t', 2),
    (r'k=new\(w\(\)\),E=k\.compile\(y\),\$=k\.compile\(v\)',
     'k=null,E=' + REFUSE_STATE_VALIDATION + ',$=E', 1),
    (r'gt=new\(ht\(\)\);gt\.compile\(At\),gt\.compile\(pt\);', 'gt=null;', 1),
    # Fallbacks of webpack, lodash and others for engines without globalThis.
    (r'new Function\("return this"\)\(\)', 'globalThis', 4),
    (r'(?<![\w$.])Function\("return this"\)\(\)', 'globalThis', 9),
    (r'new Function\(`\$\{(\w)\.default\.self\}`,`\$\{\1\.default\.scope\}`,\w\)', REFUSE_STRING_CODE, 2),
    (r'new Function\(\w,"_",\w\)', REFUSE_STRING_CODE, 4),
    (r'new Function\("n","let plural, nplurals; "\+e\+" return \{ nplurals: nplurals, plural: '
     r'\(plural === true \? 1 : \(plural \? plural : 0\)\) \};"\)', REFUSE_STRING_CODE, 1),
    (r'eval\("require"\)', REFUSE_STRING_CODE, 1),
]


# The dropdown arrow, inlined three times (two copies of the theme variables and one CSS module).
DROPDOWN_ARROW = re.compile(r'data:image/svg\+xml;base64,(PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0idXRmLTgiPz4K'
                            r'[A-Za-z0-9+/=]+)')


def patch(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    arrows = set(DROPDOWN_ARROW.findall(text))
    if len(arrows) != 1:
        raise SystemExit("%s: %d different dropdown arrows, expected 1" % (path, len(arrows)))
    with open(os.path.join(os.path.dirname(path), "dropdown-arrow.svg"), "wb") as f:
        arrow = arrows.pop()
        f.write(base64.b64decode(arrow + "=" * (-len(arrow) % 4)))  # inlined without its padding
    text, count = DROPDOWN_ARROW.subn("jupyter-kit-vendor:dropdown-arrow.svg", text)
    if count != 3:
        raise SystemExit("%s: %d dropdown arrows, expected 3" % (path, count))
    for pattern, replacement, expected in PATCHES:
        text, count = re.subn(pattern, lambda match: replacement, text)
        if count != expected:
            raise SystemExit("%s: %d matches of %s, expected %d" % (path, count, pattern, expected))
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main(out):
    marker = os.path.join(out, ".complete")
    if os.path.exists(marker) and os.path.getmtime(marker) > os.path.getmtime(__file__):
        print("widget front end is up to date in", out)
        return
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        for spec, (integrity, files) in TARBALLS.items():
            result = subprocess.run(["npm", "pack", spec, "--silent", "--pack-destination", work],
                                    check=True, capture_output=True, text=True)
            tarball = os.path.join(work, result.stdout.strip().splitlines()[-1])
            with open(tarball, "rb") as f:
                digest = "sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode()
            if digest != integrity:
                raise SystemExit("%s: integrity %s, expected %s" % (spec, digest, integrity))
            with tarfile.open(tarball) as archive:
                names = archive.getnames()
                for member, target in files.items():
                    if member not in names:
                        raise SystemExit("%s has no %s" % (spec, member))
                    with archive.extractfile(member) as source, open(os.path.join(out, target), "wb") as dest:
                        shutil.copyfileobj(source, dest)
            print("took", ", ".join(files.values()), "from", spec)
    patch(os.path.join(out, "libembed-amd.js"))
    open(marker, "w").close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
