"""The ipywidgets front end for the widgets bundle, from npm without a bundler.

Only two files are needed: @jupyter-widgets/html-manager's dist/libembed-amd.js (the manager, the base and
controls widgets and their CSS, as named AMD modules) and requirejs' require.js to load it, plus the icon fonts that
CSS names: it bundles Font Awesome Free 5.15.4's style sheet ("Font Awesome 5 Free" 900 and 400, "Font Awesome 5
Brands", and the v4 name "FontAwesome"), whose font files WidgetStyles declares in the page. Installing the package
would pull all of JupyterLab as dependencies, so each tarball is fetched with `npm pack`, checked against the
integrity pinned below, and the two files (and the notices html-manager ships) are copied to OUT.

Usage: widget_frontend.py OUT
"""

import base64
import hashlib
import os
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
    open(marker, "w").close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
