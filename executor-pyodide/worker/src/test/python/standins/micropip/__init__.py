"""STAND-IN for micropip, whose package index cannot be reached offline (see ../README.md). Not the real package.

``install(name)`` writes a module named after the package into the first writable path, as if a pure-Python
wheel had been installed; names starting with ``missing`` fail as micropip fails for a package no index has.
"""

import importlib
import os
import sys
import tempfile

installed = []


async def install(requirements, **kwargs):
    names = [requirements] if isinstance(requirements, str) else list(requirements)
    for name in names:
        if name.startswith("missing"):
            # micropip's own wording: the requirement, then a link and a hint on lines of their own.
            raise ValueError("Can't find a pure Python 3 wheel for: '%s'\n"
                             "See: https://pyodide.org/en/stable/usage/faq.html"
                             "#why-can-t-micropip-find-a-pure-python-wheel-for-a-package\n" % name)
    folder = os.path.join(tempfile.gettempdir(), "micropip-standin-site")
    os.makedirs(folder, exist_ok=True)
    if folder not in sys.path:
        sys.path.append(folder)
    for name in names:
        module = name.replace("-", "_")
        with open(os.path.join(folder, module + ".py"), "w") as f:
            f.write("INSTALLED_BY = 'micropip stand-in'\n")
        installed.append(name)
    importlib.invalidate_caches()
