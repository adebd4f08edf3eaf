"""IPython's magics and shell escapes, as far as a browser can honour them.

Lines that start with ``%``, ``%%`` or ``!`` (also after ``name =``) become the calls IPython makes of them:
``get_ipython().run_line_magic('time', '1')``, ``get_ipython().run_cell_magic('capture', 'c', 'body\\n')``,
``get_ipython().system('ls')`` and ``x = get_ipython().getoutput('ls')``; that text is what ``In`` keeps, as in
IPython. Code that parses as Python is left alone, and so are lines inside a string. The magics a browser can honour
run (``%time``, ``%timeit``, ``%who``, ``%whos``, ``%env``, ``%pip install``, ``%matplotlib inline``, ``%%html``,
``%%capture``, ...); the others fail with a message saying why.
"""

import ast
import io
import os
import re
import sys
import tokenize

_LINE = re.compile(r"^(\s*)(?:([\w.,\s\[\]()*]+?)\s*=\s*)?(%%|%|!)(.*)$")
NO_SHELL = "Shell commands (!{0}) cannot run here: Python runs in the browser, where there is no shell."
NO_EXTENSIONS = ("%load_ext {0}: IPython extensions cannot be loaded here: they need IPython's own shell "
                 "(load_ipython_extension), and this kernel runs Python in the browser without it.")
_installer = None


def transform(source, autocalls=()):
    """The cell's code with magic lines replaced by calls on ``get_ipython()``; unchanged if it is plain Python.

    A cell that is only the name of one of ``autocalls`` (IPython's ``exit`` and ``quit`` while they are the
    kernel's) becomes a call of it, as IPython's autocall makes it.
    """
    return transform_parsed(source, autocalls)[0]


def transform_parsed(source, autocalls=()):
    """``transform``, and the syntax tree of the code when it is the cell unchanged (parsing it told), else None: so
    that a cell of plain Python is parsed once."""
    if source.strip() in autocalls:
        return source.strip() + "()", None
    try:
        return source, ast.parse(source)
    except SyntaxError:
        pass
    return _with_magics_as_calls(source), None


def _with_magics_as_calls(source):
    lines = source.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and lines[first].startswith("%%"):
        name, args = _split(lines[first][2:])
        body = "\n".join(lines[first + 1:])
        body = body if body.endswith("\n") else body + "\n"
        return "get_ipython().run_cell_magic(%r, %r, %r)" % (name, args, body)
    inside_strings = _lines_inside_strings(source)
    out = []
    for number, line in enumerate(lines):
        match = None if number + 1 in inside_strings else _LINE.match(line)
        if not match or (match.group(2) is not None and match.group(3) == "%%"):
            out.append(line)
            continue
        indent, target, kind, rest = match.groups()
        assign = "%s%s = " % (indent, target) if target is not None else indent
        if kind == "!":
            call = ("getoutput(%r)" if target is not None else "system(%r)") % rest.rstrip()
        else:
            name, args = _split(("%" if kind == "%%" else "") + rest)
            call = "run_line_magic(%r, %r)" % (name, args)
            if name == "pip" and target is None:
                # Installing waits on Pyodide: the only magic the cell awaits.
                out.append("%sawait get_ipython().%s" % (assign, call))
                continue
        out.append("%sget_ipython().%s" % (assign, call))
    return "\n".join(out)


def _split(text):
    """``name args`` as IPython splits a magic's line: at the first space, the arguments' end stripped."""
    text = text.rstrip()
    name, _, args = text.partition(" ")
    return name, args


def _lines_inside_strings(source):
    """Line numbers (from 1) that lie inside a string opened on an earlier line, where ``%`` is only text."""
    inside = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.STRING and token.end[0] > token.start[0]:
                inside.update(range(token.start[0] + 1, token.end[0] + 1))
    except (tokenize.TokenError, SyntaxError):
        pass
    return inside


def set_installer(installer):
    """``installer(names)`` is awaited by ``%pip install`` and resolves to ``{name: reason}`` for failures."""
    global _installer
    _installer = installer


class MagicError(RuntimeError):
    """A magic that cannot run here: the cell fails with this message."""


class UsageError(Exception):
    """A magic called wrongly: as in IPython, the cell fails with ``UsageError: ...`` on stderr, no traceback."""


def system(command):
    raise MagicError(NO_SHELL.format(command.strip().split(" ")[0]))


async def pip(shell, args):
    """``%pip install a b``: Pyodide packages by name first, then micropip for anything else."""
    words = args.split()
    if not words or words[0] != "install":
        raise MagicError("Only %pip install is supported in the browser.")
    names = [w for w in words[1:] if not w.startswith("-")]
    if not names:
        raise MagicError("%pip install needs a package name.")
    if _installer is None:
        raise MagicError("%pip needs the Pyodide kernel.")
    failures = await _installer(names)
    if failures:
        from .packages import describe_failures

        raise MagicError(describe_failures(failures))
    print("Installed", " ".join(names))


def matplotlib(shell, args):
    if args.strip() not in ("", "inline"):
        raise MagicError("%%matplotlib %s is not supported in the browser: figures are shown inline."
                         % args.strip())


def time_line(shell, args):
    from . import timing

    return timing.time_code(args, shell.user_ns, shell.show_nested_error)


def time_cell(shell, args, cell):
    from . import timing

    if args.strip():
        raise UsageError("Can't use statement directly after '%%time'!")
    return timing.time_code(cell, shell.user_ns, shell.show_nested_error)


def timeit_line(shell, args):
    from . import timing

    return timing.timeit(args, None, shell.user_ns)


def timeit_cell(shell, args, cell):
    from . import timing

    return timing.timeit(args, cell, shell.user_ns)


def who_ls(shell, args=""):
    """The user's variable names, sorted, without IPython's and the kernel's own; of the given type names only."""
    ns = shell.user_ns
    hidden = shell.user_ns_hidden
    missing = object()
    names = [name for name in ns if not name.startswith("_") and ns[name] is not hidden.get(name, missing)]
    types = set(args.split())
    if types:
        names = [name for name in names if type(ns[name]).__name__ in types]
    return sorted(names)


def who(shell, args):
    names = who_ls(shell, args)
    if not names:
        print("No variables match your requested type." if args.strip() else "Interactive namespace is empty.")
        return
    # Nine names to a line, each followed by a tab, as IPython prints them.
    for index, name in enumerate(names):
        print(name + "\t", end=" ")
        if index % 9 == 8:
            print()
    print()


def whos(shell, args):
    names = who_ls(shell, args)
    if not names:
        print("No variables match your requested type." if args.strip() else "Interactive namespace is empty.")
        return
    values = [shell.user_ns[name] for name in names]
    types = [type(value).__name__ for value in values]
    name_width = max(max(map(len, names)), len("Variable")) + 3
    type_width = max(max(map(len, types)), len("Type")) + 3
    print("Variable".ljust(name_width) + "Type".ljust(type_width) + " Data/Info\n"
          + "-" * (name_width + type_width + len("Data/Info") + 1))
    array_type = _ndarray_type_name()
    for name, value, type_name in zip(names, values, types):
        print(name.ljust(name_width) + type_name.ljust(type_width), end=" ")
        if type_name in ("dict", "list", "tuple"):
            print("n=%d" % len(value))
        elif type_name == array_type:
            print(_array_info(value))
        else:
            try:
                text = str(value)
            except Exception:
                text = "<object with id %d (str() failed)>" % id(value)
            text = text.replace("\n", "\\n")
            print(text if len(text) < 50 else text[:25] + "<...>" + text[-25:])


def _ndarray_type_name():
    numpy = sys.modules.get("numpy")
    array = getattr(numpy, "ndarray", None) if numpy is not None else None
    return array.__name__ if array is not None else None


def _array_info(array):
    shape = str(array.shape).replace(",", "").replace(" ", "x")[1:-1]
    size_bytes = array.size * array.itemsize
    text = "%s: %s elems, type `%s`, %s bytes" % (shape, array.size, array.dtype, size_bytes)
    if size_bytes < 100000:
        return text
    if size_bytes < 1048576:
        return text + " (%s kb)" % (size_bytes / 1024,)
    return text + " (%s Mb)" % (size_bytes / 1048576,)


def env(shell, args):
    """``%env`` (the environment, likely secrets hidden), ``%env NAME``, ``%env NAME=value`` or ``NAME value``."""
    if args.strip():
        separator = "=" if "=" in args else " "
        parts = args.split(separator)
        if len(parts) == 1:
            key = args.strip()
            if key not in os.environ:
                raise UsageError("Environment does not have key: %s" % key)
            return os.environ[key]
        return set_env(shell, args)
    shown = dict(os.environ)
    for key in shown:
        if any(word in key.lower() for word in ("key", "token", "secret")):
            shown[key] = "<hidden>"
    return shown


def set_env(shell, args):
    separator = "=" if "=" in args else " "
    parts = args.split(separator, 1)
    if not args.strip() or len(parts) < 2:
        raise UsageError("usage is 'set_env var=val'")
    name, value = parts[0].strip(), parts[1].strip()
    if re.match(r".*\s.*", name):
        raise UsageError("refusing to set env var with whitespace: '%s'" % value)
    os.environ[name] = value
    print("env: %s=%s" % (name, value))


def precision(shell, args):
    """``%precision [digits or format]``: how floats print in results; answers the format now used."""
    formatter = shell.display_formatter.formatters["text/plain"]
    formatter.float_precision = args.strip()
    return formatter.float_format


def load_ext(shell, args):
    if not args.strip():
        raise UsageError("Missing module name.")
    raise MagicError(NO_EXTENSIONS.format(args.strip()))


def _display(shown, metadata=None):
    from . import display

    display.display(shown, metadata=metadata)


def html(shell, args, cell):
    from . import display_objects

    isolated = "--isolated" in args.split()
    _display(display_objects.HTML(cell), {"text/html": {"isolated": True}} if isolated else None)


def javascript(shell, args, cell):
    """Published as IPython does (``application/javascript``); the page shows it as text and never runs it, as
    code from a notebook would act with the page's rights."""
    from . import display_objects

    _display(display_objects.Javascript(cell))


def latex(shell, args, cell):
    from . import display_objects

    _display(display_objects.Latex(cell))


def markdown(shell, args, cell):
    from . import display_objects

    _display(display_objects.Markdown(cell))


def svg(shell, args, cell):
    from . import display_objects

    _display(display_objects.SVG(cell))


def capture(shell, args, cell):
    """``%%capture [--no-stdout] [--no-stderr] [--no-display] [name]``: runs the cell keeping its output."""
    from .capture import capture_output

    words = args.split()
    flags = {w for w in words if w.startswith("--")}
    unknown = flags - {"--no-stdout", "--no-stderr", "--no-display"}
    names = [w for w in words if not w.startswith("--")]
    if unknown or len(names) > 1:
        raise UsageError("usage: %%capture [--no-stderr] [--no-stdout] [--no-display] [output]")
    with capture_output(shell, "--no-stdout" not in flags, "--no-stderr" not in flags,
                        "--no-display" not in flags) as captured:
        shell.run_nested(cell)
    if names:
        shell.user_ns[names[0]] = captured


LINE_MAGICS = {"matplotlib": matplotlib, "precision": precision, "time": time_line, "timeit": timeit_line,
               "who": who, "whos": whos, "who_ls": who_ls, "env": env, "set_env": set_env, "load_ext": load_ext}
CELL_MAGICS = {"time": time_cell, "timeit": timeit_cell, "html": html, "javascript": javascript, "js": javascript,
               "latex": latex, "markdown": markdown, "svg": svg, "capture": capture}


def run_line_magic(shell, name, args):
    if name == "pip":
        return pip(shell, args)
    magic = LINE_MAGICS.get(name)
    if magic is None:
        raise MagicError("The magic %%%s is not supported in the browser." % name)
    return magic(shell, args)


def run_cell_magic(shell, name, args, cell):
    magic = CELL_MAGICS.get(name)
    if magic is None:
        raise MagicError("The cell magic %%%%%s is not supported in the browser." % name)
    return magic(shell, args, cell)
