"""Real ipywidgets 8 and jedi for Pyodide, offline: pure-Python Debian trixie packages repacked as wheels.

No Python package index is reachable from where this project builds, but Debian's archive is. This script

  fetch OUT   downloads the packages below with apt-get into a private apt state under OUT/apt (its own sources
              list, lists, cache and an empty dpkg status: nothing on the system changes), using the same archive
              and keyring as the system's own Debian sources; repacks each package's dist-packages folders as a
              py3-none-any wheel in OUT/wheels; unpacks them all into OUT/site (for tests under CPython); and writes
              OUT/wheels/lock-entries.json, their entries in Pyodide's lock-file format.
  lock BASE ENTRIES PREFIX OUT
              writes OUT/pyodide-lock.json, Pyodide's lock file BASE plus the ENTRIES with each wheel's file_name
              under the URL PREFIX, and copies the wheels beside it, ready to serve.

Only the packages the kernel side imports are taken: ipywidgets, comm and traitlets, and jedi with parso, which the
kernel completes code with when jedi is installed. ipywidgets' other declared dependencies are front-end assets
(widgetsnbextension, jupyterlab_widgets) or IPython, which the jupyter-kit kernel replaces with its own small shim;
jedi's python3-typeshed holds stubs of third-party packages, which it does without (its own copy of the standard
library's stubs is in python3-jedi).
"""

import base64
import email.parser
import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile

PACKAGES = {
    # Debian package: (wheel name, top-level folders, import names, depends)
    "python3-ipywidgets": ("ipywidgets", ["ipywidgets"], ["ipywidgets"], ["comm", "traitlets"]),
    "python3-comm": ("comm", ["comm"], ["comm"], ["traitlets"]),
    "python3-traitlets": ("traitlets", ["traitlets"], ["traitlets"], []),
    "python3-jedi": ("jedi", ["jedi"], ["jedi"], ["parso"]),
    "python3-parso": ("parso", ["parso"], ["parso"], []),
}
SUITE = "trixie"
DIST_PACKAGES = "usr/lib/python3/dist-packages"


def system_debian_archive():
    """(URI, keyring) of the system's main Debian archive, read from its apt sources."""
    entries = []
    for path in sorted(glob.glob("/etc/apt/sources.list.d/*.sources")):
        with open(path) as f:
            for stanza in f.read().split("\n\n"):
                fields = dict(re.findall(r"^([A-Za-z-]+):\s*(.*)$", stanza, re.M))
                if "deb" in fields.get("Types", "").split():
                    for uri in fields.get("URIs", "").split():
                        entries.append((uri, fields.get("Signed-By", "")))
    if os.path.exists("/etc/apt/sources.list"):
        with open("/etc/apt/sources.list") as f:
            for line in f:
                match = re.match(r"^deb\s+(?:\[([^\]]*)\]\s+)?(\S+)\s", line)
                if match:
                    key = re.search(r"signed-by=(\S+)", match.group(1) or "")
                    entries.append((match.group(2), key.group(1) if key else ""))
    for uri, key in entries:
        if uri.rstrip("/").endswith("/debian"):
            return uri, key or "/usr/share/keyrings/debian-archive-keyring.gpg"
    raise SystemExit("No Debian archive in the system's apt sources: cannot fetch the widget packages.")


def apt(root, *args):
    options = ["-o", "Dir=" + root, "-o", "Dir::State::status=" + os.path.join(root, "status"),
               "-o", "Dir::Etc::trusted=/etc/apt/trusted.gpg", "-o", "Dir::Etc::TrustedParts=/etc/apt/trusted.gpg.d",
               "-o", "Debug::NoLocking=1", "-o", "APT::Sandbox::User=" + ("root" if os.geteuid() == 0 else "")]
    subprocess.run(["apt-get", "-qq"] + options + list(args), check=True, cwd=root)


def fetch(out):
    done = os.path.join(out, "wheels", "lock-entries.json")
    if os.path.exists(done) and os.path.getmtime(done) > os.path.getmtime(__file__):
        print("Debian wheels are up to date in", os.path.join(out, "wheels"))
        return
    root = os.path.abspath(os.path.join(out, "apt"))
    for folder in ("etc/apt/sources.list.d", "etc/apt/preferences.d", "var/lib/apt/lists/partial",
                   "var/cache/apt/archives/partial"):
        os.makedirs(os.path.join(root, folder), exist_ok=True)
    open(os.path.join(root, "status"), "w").close()
    uri, keyring = system_debian_archive()
    with open(os.path.join(root, "etc/apt/sources.list"), "w") as f:
        f.write("deb [signed-by=%s] %s %s main\n" % (keyring, uri, SUITE))
    apt(root, "update")
    for deb in glob.glob(os.path.join(root, "*.deb")):
        os.remove(deb)
    apt(root, "download", *PACKAGES)
    wheels = os.path.join(out, "wheels")
    site = os.path.join(out, "site")
    shutil.rmtree(wheels, ignore_errors=True)
    shutil.rmtree(site, ignore_errors=True)
    os.makedirs(wheels)
    entries = {}
    for deb in sorted(glob.glob(os.path.join(root, "*.deb"))):
        package = os.path.basename(deb).split("_")[0]
        extracted = os.path.join(root, "x", package)
        shutil.rmtree(extracted, ignore_errors=True)
        os.makedirs(extracted)
        subprocess.run(["dpkg-deb", "-x", deb, extracted], check=True)
        name, folders, imports, depends = PACKAGES[package]
        wheel = repack(os.path.join(extracted, DIST_PACKAGES), name, folders, wheels)
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(site)
        version = os.path.basename(wheel).split("-")[1]
        entries[name] = {
            "name": name, "version": version, "file_name": os.path.basename(wheel), "install_dir": "site",
            "sha256": sha256(wheel), "package_type": "package", "imports": imports, "depends": depends,
            "shared_library": False, "unvendored_tests": False,
        }
        print("wheel %s (from Debian %s %s)" % (os.path.basename(wheel), SUITE, os.path.basename(deb)))
    missing = sorted(set(name for name, *_ in PACKAGES.values()) - set(entries))
    if missing:
        raise SystemExit("Debian %s did not provide: %s" % (SUITE, ", ".join(missing)))
    with open(os.path.join(wheels, "lock-entries.json"), "w") as f:
        json.dump(entries, f, indent=1, sort_keys=True)


def metadata_of(dist_packages, name):
    """(version, METADATA text) from the package's .dist-info or, as Debian often ships, .egg-info."""
    for info in glob.glob(os.path.join(dist_packages, "*.dist-info")) + glob.glob(
            os.path.join(dist_packages, "*.egg-info")):
        base = os.path.basename(info).rsplit(".", 1)[0]
        if base.split("-")[0].lower().replace("-", "_") != name.replace("-", "_"):
            continue
        path = os.path.join(info, "METADATA" if info.endswith(".dist-info") else "PKG-INFO")
        if os.path.isdir(info) and os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                text = f.read()
        else:
            with open(info, encoding="utf-8") as f:
                text = f.read()
        version = email.parser.Parser().parsestr(text)["Version"]
        return version, text
    raise SystemExit("No metadata for %s in %s" % (name, dist_packages))


def repack(dist_packages, name, folders, out):
    version, metadata = metadata_of(dist_packages, name)
    wheel_name = "%s-%s-py3-none-any.whl" % (name, version)
    dist_info = "%s-%s.dist-info" % (name, version)
    path = os.path.join(out, wheel_name)
    records = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as wheel:
        def add(arcname, data):
            info = zipfile.ZipInfo(arcname, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            wheel.writestr(info, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            records.append("%s,sha256=%s,%d" % (arcname, digest, len(data)))

        for folder in folders:
            for directory, subdirs, files in sorted(os.walk(os.path.join(dist_packages, folder))):
                subdirs[:] = sorted(d for d in subdirs if d not in ("__pycache__", "tests"))
                for file in sorted(files):
                    if file.endswith((".pyc", ".pyo")):
                        continue
                    full = os.path.join(directory, file)
                    with open(full, "rb") as f:
                        add(os.path.relpath(full, dist_packages).replace(os.sep, "/"), f.read())
        add(dist_info + "/METADATA", metadata.encode("utf-8"))
        add(dist_info + "/WHEEL", b"Wheel-Version: 1.0\nGenerator: jupyter-kit debian_wheels.py\n"
                                  b"Root-Is-Purelib: true\nTag: py3-none-any\n")
        add(dist_info + "/top_level.txt", ("\n".join(folders) + "\n").encode())
        records.append(dist_info + "/RECORD,,")
        info = zipfile.ZipInfo(dist_info + "/RECORD", date_time=(1980, 1, 1, 0, 0, 0))
        wheel.writestr(info, "\n".join(records) + "\n")
    return path


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def lock(base, entries_path, prefix, out):
    with open(base) as f:
        lock_file = json.load(f)
    with open(entries_path) as f:
        entries = json.load(f)
    os.makedirs(out, exist_ok=True)
    for name, entry in entries.items():
        shutil.copy(os.path.join(os.path.dirname(entries_path), entry["file_name"]), out)
        lock_file["packages"][name] = dict(entry, file_name=prefix + entry["file_name"])
    with open(os.path.join(out, "pyodide-lock.json"), "w") as f:
        json.dump(lock_file, f)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "fetch":
        fetch(sys.argv[2])
    elif len(sys.argv) == 6 and sys.argv[1] == "lock":
        lock(*sys.argv[2:])
    else:
        raise SystemExit(__doc__)
