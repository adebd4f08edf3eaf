"""IPython's line magics and shell escapes, as far as a browser can honour them.

Code that parses as Python is left alone, so a ``%`` or ``!`` inside a string is never touched. Otherwise lines
that start with ``%`` or ``!`` become calls: ``%pip install`` installs with Pyodide's loadPackage (micropip as the
fallback), ``%matplotlib inline`` is accepted, and anything else fails with a message saying why.
"""

import ast
import re

_LINE = re.compile(r"^(\s*)(%%|%|!)(.*)$")
NO_SHELL = "Shell commands (!{0}) cannot run here: Python runs in the browser, where there is no shell."
ACCEPTED = {"matplotlib": "inline"}
_installer = None


def transform(source):
    """The cell's code with magic lines replaced by calls into this module; unchanged if it is plain Python."""
    try:
        ast.parse(source)
        return source
    except SyntaxError:
        pass
    lines = source.split("\n")
    out = []
    for number, line in enumerate(lines):
        match = _LINE.match(line)
        if not match:
            out.append(line)
            continue
        indent, kind, rest = match.groups()
        if kind == "%%":
            out.append("%s__jupyterkit_magics__.cell_magic(%r)" % (indent, rest.strip()))
        elif kind == "!":
            out.append("%s__jupyterkit_magics__.shell(%r)" % (indent, rest.strip()))
        else:
            name, _, args = rest.strip().partition(" ")
            if name == "pip":
                out.append("%sawait __jupyterkit_magics__.pip(%r)" % (indent, args.strip()))
            else:
                out.append("%s__jupyterkit_magics__.line_magic(%r, %r)" % (indent, name, args.strip()))
    return "\n".join(out)


def shell(command):
    raise RuntimeError(NO_SHELL.format(command.split(" ")[0]))


def cell_magic(line):
    name = line.split(" ")[0]
    raise RuntimeError("The cell magic %%%%%s is not supported in the browser." % name)


def line_magic(name, args):
    if ACCEPTED.get(name) == args or (name == "matplotlib" and not args):
        return None
    raise RuntimeError("The magic %%%s is not supported in the browser." % name)


def set_installer(installer):
    """``installer(names)`` is awaited by ``%pip install`` and resolves to ``{name: reason}`` for failures."""
    global _installer
    _installer = installer


async def pip(args):
    """``%pip install a b``: Pyodide packages by name first, then micropip for anything else."""
    words = args.split()
    if not words or words[0] != "install":
        raise RuntimeError("Only %pip install is supported in the browser.")
    names = [w for w in words[1:] if not w.startswith("-")]
    if not names:
        raise RuntimeError("%pip install needs a package name.")
    if _installer is None:
        raise RuntimeError("%pip needs the Pyodide kernel.")
    failures = await _installer(names)
    if failures:
        from .packages import describe_failures

        raise RuntimeError(describe_failures(failures))
    print("Installed", " ".join(names))
