"""Which packages a cell needs, and installing them: Pyodide's own packages by name, micropip for the rest.

The package index comes from Pyodide's lock file (``pyodide-lock.json``), whose entries name the modules each
package provides. Loading itself is a callback into the worker (``load_package(names)`` resolving to
``{name: reason}`` for each package that did not load), so this module runs under plain CPython in the tests.
"""

import ast
import importlib.util
import json
import re
import sys


def canonical_name(name):
    """A package name as lock files key it (PEP 503): lower case, runs of ``-_.`` as one ``-``."""
    return re.sub(r"[-_.]+", "-", name).lower()


class PackageIndex:
    """The packages a lock file offers, and the top-level modules each provides."""

    def __init__(self, packages=None, imports=None):
        self._packages = set(packages or ())
        self._imports = dict(imports or {})

    @classmethod
    def from_lock(cls, lock_text):
        """Reads a ``pyodide-lock.json`` text; an unreadable lock gives an empty index."""
        try:
            entries = json.loads(lock_text).get("packages", {})
        except (ValueError, AttributeError):
            return cls()
        packages, imports = set(), {}
        for key, entry in entries.items():
            if not isinstance(entry, dict):
                continue
            name = canonical_name(str(entry.get("name", key)))
            packages.add(name)
            for module in entry.get("imports") or ():
                imports.setdefault(str(module), name)
        return cls(packages, imports)

    def has_package(self, name):
        return canonical_name(name) in self._packages

    def package_for_import(self, module):
        return self._imports.get(module)


def imported_modules(source, tree=None):
    """The top-level module names a cell imports, in order of first appearance; none if it does not parse. ``tree``
    is the source's syntax tree when already parsed."""
    if "import" not in source:
        # Most cells: no import statement, no tree to walk.
        return []
    if tree is None:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            return []
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found = [node.module]
        else:
            continue
        for name in found:
            top = name.split(".")[0]
            if top not in names:
                names.append(top)
    return names


def _importable(module):
    if module in sys.modules:
        return True
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_modules(source, tree=None):
    """The top-level modules the cell imports that cannot be imported yet (``tree``: its syntax tree, if parsed)."""
    return [module for module in imported_modules(source, tree) if not _importable(module)]


def packages_providing(modules, index):
    """The lock's packages that provide ``modules``, each once."""
    needed = []
    for module in modules:
        package = index.package_for_import(module)
        if package and package not in needed:
            needed.append(package)
    return needed


async def install(names, index, load_package, failed_downloads=None):
    """Installs ``names``; returns ``{name: reason}`` for each that could not be installed, one line each.

    Names the lock knows go to Pyodide's loader in one batch (it resolves their dependencies); the rest go to
    micropip, itself one of Pyodide's packages, which installs from a package index when one is reachable.
    ``failed_downloads()``, when given, returns ``{url: problem}`` for the downloads that failed since it was last
    called: micropip's own errors rarely name the URL.
    """
    failed_downloads = failed_downloads or dict
    known = [n for n in names if index.has_package(n)]
    unknown = [n for n in names if not index.has_package(n)]
    failures = {}
    if known:
        failures.update(await load_package(known))
    if unknown:
        micropip_failure = (await load_package(["micropip"])).get("micropip")
        if micropip_failure is not None:
            for name in unknown:
                failures[name] = ("it is not one of this Pyodide's packages, and micropip, which would look "
                                  "elsewhere, could not be installed (%s)" % shorten(micropip_failure))
        else:
            import micropip

            for name in unknown:
                failed_downloads()
                try:
                    await micropip.install(name)
                except Exception as exc:  # micropip reports a missing or incompatible package by raising
                    failures[name] = _micropip_failure(exc, failed_downloads())
    return failures


def _micropip_failure(exc, downloads):
    """micropip's error in one line, or instead a download that failed meanwhile, named with its URL and status."""
    text = shorten(str(exc)) or type(exc).__name__
    unnamed = [(url, problem) for url, problem in downloads.items() if url not in text]
    if unnamed:
        url, problem = unnamed[-1]
        return "micropip could not download %s (%s)" % (url, problem)
    return "micropip: %s" % text


_MAX_REASON = 240


def shorten(text):
    """The meaningful part of an error text on one line: a traceback's last line, else the first line."""
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    if any("Traceback (most recent call last)" in line for line in lines):
        lines = lines[-1:]
    line = " ".join(lines[0].split()) if lines else ""
    return line if len(line) <= _MAX_REASON else line[:_MAX_REASON - 1].rstrip() + "\u2026"


def describe_failures(failures):
    """One line per package that could not be installed."""
    return "\n".join("Could not install %s: %s" % (name, shorten(reason)) for name, reason in failures.items())
