"""``inspect_request``: what IPython's ``obj?`` (detail level 0) and ``obj??`` (1) show, as ipykernel replies.

The name inspected is the one at the cursor, or the function whose call the cursor is in (``len(|``), as IPython's
``token_at_cursor`` picks it. Its object is found without running the user's code (see lookup.py; a property is
shown as the property). The text has IPython's fields (Signature, Init signature, Docstring or Source, File, Type,
String form, Length, ...) without colours; the source is shown at level 1 when it can be found, cells included.
"""

import ast
import inspect
import io
import keyword
import textwrap
import tokenize
import types

from . import lookup
from .tracebacks import location

_STRING_MAX = 200
_NO_DOCSTRING = "<no docstring>"
_OBJECT_INIT_DOC = inspect.getdoc(object.__init__)
# Docstrings of types whose instances say nothing by them (as in IPython, not shown as "Class docstring").
_BUILTIN_TYPE_DOCS = {inspect.getdoc(t) for t in (types.ModuleType, types.MethodType, types.FunctionType, property)}


def inspect_reply(code, cursor_pos, detail_level, namespace):
    """The ``inspect_reply`` content for the name at ``cursor_pos`` of ``code``."""
    if not isinstance(code, str):
        code = ""
    if not isinstance(cursor_pos, int) or isinstance(cursor_pos, bool) or not 0 <= cursor_pos <= len(code):
        cursor_pos = len(code)
    name = token_at_cursor(code, cursor_pos)
    obj = lookup.resolve(name, namespace, last=_last_attribute) if name else lookup.MISSING
    if obj is lookup.MISSING:
        return {"status": "ok", "found": False, "data": {}, "metadata": {}}
    text = describe(obj, name, 1 if detail_level == 1 else 0)
    return {"status": "ok", "found": True, "data": {"text/plain": text}, "metadata": {}}


def token_at_cursor(code, cursor_pos):
    """The dotted name at the cursor; else the innermost call the cursor is in; else the last name before it."""
    names = []
    calls = []
    previous = None
    tokens = list(_tokens(code))
    line_offsets = _line_offsets(code)
    for token in tokens:
        start, end = _offset(line_offsets, token.start, code), _offset(line_offsets, token.end, code)
        if start > cursor_pos:
            break
        if _is_name(token):
            if names and previous is not None and previous.type == tokenize.OP and previous.string == ".":
                names[-1] += "." + token.string
            else:
                names.append(token.string)
            if start <= cursor_pos <= end:
                return names[-1]
        elif token.type == tokenize.OP:
            if token.string == "=" and names:
                names.pop()
            elif token.string == "(" and names and _is_name(previous):
                calls.append(names[-1])
            elif token.string == ")" and calls:
                calls.pop()
        previous = token
    if calls:
        return calls[-1]
    return names[-1] if names else ""


def _is_name(token):
    return token is not None and token.type == tokenize.NAME and not keyword.iskeyword(token.string)


def _tokens(code):
    # A cell being typed is rarely complete: tokens up to where it stops making sense are enough.
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            yield token
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return


def _offset(line_offsets, position, code):
    """The index in ``code`` of a tokenizer's (line, column); the end marker past the last line is the end."""
    row, column = position
    return line_offsets[row - 1] + column if row - 1 < len(line_offsets) else len(code)


def _line_offsets(code):
    offsets = [0]
    for line in code.splitlines(True):
        offsets.append(offsets[-1] + len(line))
    return offsets


def _last_attribute(owner, name):
    """The last part of a dotted name: a property is shown as itself rather than run."""
    value = lookup.static_value(owner, name)
    if value is lookup.MISSING:
        return lookup.MISSING
    if isinstance(value, property):
        return value
    bound = lookup.bind(owner, name, value)
    return value if bound is lookup.MISSING else bound


def describe(obj, name, detail_level=0):
    """The text/plain IPython's inspector writes for ``obj`` named ``name``: one ``Field: value`` per line."""
    fields = []
    docstring = _docstring(obj)
    source = _source(obj) if detail_level else None
    if source is not None and _docstring_in(source, docstring):
        docstring = None

    def add(title, value):
        if value is not None:
            fields.append((title, value))

    if inspect.isclass(obj) or _is_simple_callable(obj):
        if inspect.isclass(obj):
            add("Init signature", _init_signature(obj, name))
        else:
            add("Signature", _definition(obj, name))
        add("Docstring", docstring)
        if source is not None:
            add("Source", source)
        elif inspect.isclass(obj):
            add("Init docstring", _init_docstring(obj))
        add("File", _file(obj))
        add("Type", type(obj).__name__)
        if inspect.isclass(obj):
            add("Subclasses", _subclasses(obj))
    else:
        if callable(obj):
            add("Signature", _definition(obj, name))
        add("Type", type(obj).__name__)
        add("String form", _string_form(obj, detail_level))
        add("Length", _length(obj))
        add("File", _file(obj))
        if source is not None:
            add("Source", source)
        else:
            add("Docstring", docstring)
        add("Class docstring", _class_docstring(obj, docstring))
        add("Init docstring", _init_docstring(obj))
    return format_fields(fields)


def format_fields(fields):
    """IPython's layout: titles padded to the longest; a value of several lines starts on the next line."""
    width = max(len(title) for title, _ in fields)
    text = ""
    for title, value in fields:
        value = value.strip("\n")
        text += title + ":" + " " * (width - len(title)) + ("\n" if "\n" in value else " ") + value + "\n"
    return text


def _is_simple_callable(obj):
    return isinstance(obj, (types.FunctionType, types.MethodType, types.BuiltinFunctionType,
                            types.MethodDescriptorType))


def _docstring(obj):
    try:
        doc = inspect.getdoc(obj)
    except Exception:
        doc = None
    return doc if doc else _NO_DOCSTRING


def _definition(obj, name):
    try:
        return name + str(inspect.signature(obj))
    except (TypeError, ValueError):
        return None
    except Exception:
        return None


def _init_signature(cls, name):
    definition = _definition(cls, name)
    if definition is None:
        init = lookup.attribute(cls, "__init__")
        definition = _definition(init, name) if init is not lookup.MISSING else None
    return definition


def _init_docstring(obj):
    init = lookup.attribute(obj if inspect.isclass(obj) else type(obj), "__init__")
    if init is lookup.MISSING:
        return None
    doc = _docstring(init)
    return None if doc in (_NO_DOCSTRING, _OBJECT_INIT_DOC) else doc


def _class_docstring(obj, docstring):
    doc = _docstring(type(obj))
    if doc == _NO_DOCSTRING or doc in _BUILTIN_TYPE_DOCS or doc == docstring:
        return None
    return doc


def _subclasses(cls):
    try:
        names = [sub.__name__ for sub in type.__subclasses__(cls)]
    except TypeError:
        return None
    return ", ".join(names if len(names) < 10 else names[:10] + ["..."])


def _string_form(obj, detail_level):
    try:
        text = str(obj)
    except Exception:
        return None
    if not detail_level and len(text) > _STRING_MAX:
        half = (_STRING_MAX - 5) // 2
        text = text[:half] + " <...> " + text[-half:]
        text = ("\n" + " " * len("string_form")).join(line.strip() for line in text.split("\n"))
    return text


def _length(obj):
    try:
        return str(len(obj))
    except Exception:
        return None


def _code_file(obj):
    """The file of a function's (or method's) code, a cell's included."""
    if isinstance(obj, types.MethodType):
        obj = obj.__func__
    if not isinstance(obj, types.FunctionType):
        return None
    try:
        return inspect.unwrap(obj).__code__.co_filename
    except Exception:  # a __wrapped__ chain that is not made of functions
        return None


def _file(obj):
    filename = _code_file(obj)
    if filename is None:
        target = obj if isinstance(obj, (types.ModuleType, type)) else type(obj)
        if getattr(target, "__module__", None) == "__main__":
            return None  # defined in a cell: the process's own __main__ is not where
        try:
            filename = inspect.getsourcefile(target) or inspect.getfile(target)
        except (TypeError, OSError):
            return None
    return location(filename)


def _source(obj):
    try:
        target = obj.fget if isinstance(obj, property) else obj
        if _code_file(target) is None and getattr(target, "__module__", None) == "__main__":
            return None
        return textwrap.dedent(inspect.getsource(target)).rstrip()
    except Exception:
        return None


def _docstring_in(source, docstring):
    """True when the source starts its definition with this very docstring (not shown twice, as in IPython)."""
    try:
        tree = ast.parse(source)
        definition = tree.body[0]
        return ast.get_docstring(definition) == docstring
    except Exception:
        return False
