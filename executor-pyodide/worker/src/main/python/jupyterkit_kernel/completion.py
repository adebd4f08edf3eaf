"""``complete_request``: what could follow the cursor, in the content ipykernel's experimental completer replies with.

jedi, run over the kernel's namespace (``jedi.Interpreter``), is used when it is installed and works with this
Python; otherwise the standard library does it: names from the namespace, builtins and keywords; attributes of
``name.attr`` chains found statically (see lookup.py); module names after ``import`` and ``from``. Neither runs the
user's code: jedi is told not to (``allow_unsafe_interpreter_executions``), and the chains are never called or
subscripted. Inside a string or a comment nothing is offered.

Positions are indices into the code as Python sees it: Unicode code points, as the Jupyter protocol counts them.
"""

import builtins
import importlib.machinery
import keyword
import os
import pkgutil
import re
import sys
import types

from . import lookup

EXPERIMENTAL_KEY = "_jupyter_types_experimental"
# Past this many functions offered, the rest come without their signatures: each costs jedi an inference.
SIGNATURE_LIMIT = 50

_FRAGMENT = re.compile(r"\w*$")
_CHAIN_BEFORE_DOT = re.compile(r"(%s(?:\.%s)*)\.$" % (lookup.IDENTIFIER, lookup.IDENTIFIER))
_IMPORT = re.compile(r"^\s*import\s+(?:[\w.]+\s*(?:as\s+\w+\s*)?,\s*)*([\w.]*)$")
_FROM = re.compile(r"^\s*from\s+([\w.]*)$")
_FROM_IMPORT = re.compile(r"^\s*from\s+([\w.]+)\s+import\s+\(?\s*(?:\w+\s*(?:as\s+\w+\s*)?,\s*)*(\w*)$")

# Set once jedi failed: not tried again in this interpreter.
_jedi_state = {"failed": False}


def complete(code, cursor_pos, namespace, use_jedi=True):
    """The ``complete_reply`` content for ``code`` with the cursor at ``cursor_pos``."""
    if not isinstance(code, str):
        code = ""
    if not isinstance(cursor_pos, int) or isinstance(cursor_pos, bool) or not 0 <= cursor_pos <= len(code):
        cursor_pos = len(code)
    before = code[:cursor_pos]
    completions = []
    if not in_string_or_comment(before):
        completions = None
        if use_jedi and jedi_available():
            completions = _jedi_completions(before, namespace)
        if completions is None:
            completions = _standard_completions(before, namespace)
    if completions:
        start, end = completions[0]["start"], completions[0]["end"]
    else:
        start = end = cursor_pos
    return {
        "status": "ok",
        "matches": [c["text"] for c in completions],
        "cursor_start": start,
        "cursor_end": end,
        "metadata": {EXPERIMENTAL_KEY: completions},
    }


def jedi_available():
    """True when jedi can be imported and has not failed with this Python (it does not know 3.14's grammar).

    Looked for at each request (importlib caches the path, so that is quick), as a cell may install it any time.
    """
    if _jedi_state["failed"]:
        return False
    if "jedi" in sys.modules:
        return True
    import importlib.util

    return importlib.util.find_spec("jedi") is not None


def warm_up(namespace):
    """Imports jedi and completes once, so that the reader's first completion is not the one that pays for it."""
    if jedi_available():
        _jedi_completions("len", namespace)


def in_string_or_comment(before):
    """True when the end of ``before`` is inside a string literal or a comment."""
    quote = None
    i, n = 0, len(before)
    while i < n:
        c = before[i]
        if quote is not None:
            if c == "\\":
                i += 2
                continue
            if before.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if c == "\n" and len(quote) == 1:
                quote = None
        elif c == "#":
            newline = before.find("\n", i)
            if newline < 0:
                return True
            i = newline
        elif c in "'\"":
            quote = before[i:i + 3] if before.startswith(c * 3, i) else c
            i += len(quote)
            continue
        i += 1
    return quote is not None


def _jedi_completions(before, namespace):
    """jedi's completions, or None when jedi cannot be used (then it is not tried again)."""
    try:
        import jedi

        jedi.settings.case_insensitive_completion = False
        jedi.settings.allow_unsafe_interpreter_executions = False
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1)
        found = jedi.Interpreter(before, [namespace]).complete(line=line, column=column)
        after_dot = before.endswith(".")
        result = []
        signatures = 0
        for c in found:
            text = c.name_with_symbols
            if after_dot and text.startswith("_"):
                continue
            item = {"start": len(before) - (len(text) - len(c.complete)), "end": len(before), "text": text,
                    "type": c.type}
            if c.type == "function":
                signatures += 1
                item["signature"] = _jedi_signature(c) if signatures <= SIGNATURE_LIMIT else ""
            else:
                item["signature"] = ""
            result.append(item)
        return result
    except Exception:  # an unsupported Python (NotImplementedError from parso) or a jedi bug: the standard way
        _jedi_state["failed"] = True
        return None


def _jedi_signature(completion):
    signatures = completion.get_signatures()
    if not signatures:
        return "(?)"
    text = signatures[0].to_string()
    return "(" + text.split("(", 1)[1] if "(" in text else text


def _standard_completions(before, namespace):
    line = before[before.rfind("\n") + 1:]
    fragment = _FRAGMENT.search(before).group()
    if fragment[:1].isdigit():
        return []
    start = len(before) - len(fragment)
    statement = line[line.rfind(";") + 1:]
    match = _FROM_IMPORT.match(statement)
    if match:
        return _items(_module_members(match.group(1), fragment), start, len(before))
    match = _IMPORT.match(statement) or _FROM.match(statement)
    if match:
        dotted = match.group(1)
        parent, _, fragment = dotted.rpartition(".")
        return _items(_module_names(parent, fragment), len(before) - len(fragment), len(before))
    head = before[:start]
    if head.endswith("."):
        chain = _CHAIN_BEFORE_DOT.search(head)
        if chain is None or _continues_expression(head[:chain.start()]):
            return []
        obj = lookup.resolve(chain.group(1), namespace)
        if obj is lookup.MISSING:
            return []
        return _items(_attributes(obj, fragment), start, len(before))
    return _items(_global_names(namespace, fragment), start, len(before))


def _continues_expression(text):
    """True when a chain is the tail of a longer expression (``f().a.``, ``x[0].a.``, ``"s".a.``): not evaluated."""
    return bool(text) and (text[-1] in ")]}'\"." or text[-1].isalnum() or text[-1] == "_")


def _items(candidates, start, end):
    """Sorted completion items from ``(name, type, value)`` triples; functions come with their signatures."""
    ordered = sorted(candidates, key=lambda c: (c[0].startswith("__"), c[0].startswith("_"), c[0].lower(), c[0]))
    items = []
    seen = set()
    for name, kind, value in ordered:
        if name in seen:
            continue
        seen.add(name)
        items.append({"start": start, "end": end, "text": name, "type": kind,
                      "signature": _signature(value) if kind == "function" else ""})
    return items


def _wanted(name, fragment):
    # As IPython does: private names only once the reader typed an underscore.
    return name.startswith(fragment) and (fragment != "" or not name.startswith("_"))


def _global_names(namespace, fragment):
    candidates = []
    for name in keyword.kwlist:
        if name.startswith(fragment):
            candidates.append((name, "keyword", None))
    for source in (namespace, vars(builtins)):
        for name in list(source):
            if isinstance(name, str) and _wanted(name, fragment):
                candidates.append((name, kind_of(source[name]), source[name]))
    return candidates


def _attributes(obj, fragment):
    try:
        names = dir(obj)
    except Exception:
        return []
    candidates = []
    for name in names:
        if isinstance(name, str) and _wanted(name, fragment):
            value = lookup.static_value(obj, name)
            bound = lookup.bind(obj, name, value) if value is not lookup.MISSING else lookup.MISSING
            candidates.append((name, kind_of(bound if bound is not lookup.MISSING else value), bound))
    return candidates


def kind_of(value):
    """The jedi type name of a value: module, class, function, property or instance."""
    if isinstance(value, types.ModuleType):
        return "module"
    if isinstance(value, type):
        return "class"
    if isinstance(value, property):
        return "property"
    if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.MethodDescriptorType,
                          types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType,
                          classmethod, staticmethod)):
        return "function"
    return "instance"


def _signature(value):
    if value is None or value is lookup.MISSING:
        return ""
    import inspect

    try:
        return str(inspect.signature(value))
    except (TypeError, ValueError):
        return ""
    except Exception:
        return ""


_module_cache = {}


def _module_names(parent, fragment):
    """Modules named ``parent.fragment…`` (top-level ones when ``parent`` is empty), without importing any."""
    if parent:
        names = _submodules(parent)
        module = sys.modules.get(parent)
        if module is not None:
            # Modules set as attributes, such as os.path.
            names |= {name for name, value in vars(module).items() if isinstance(value, types.ModuleType)}
    else:
        names = _top_level_modules()
    return [(name, "module", None) for name in names if _wanted(name, fragment) and name.isidentifier()]


def _top_level_modules():
    key = tuple(sys.path)
    stamp = tuple(_mtime(entry) for entry in sys.path)
    cached = _module_cache.get(key)
    if cached is None or cached[0] != stamp:
        names = {info.name for info in pkgutil.iter_modules()}
        cached = (stamp, names)
        _module_cache.clear()
        _module_cache[key] = cached
    return cached[1] | set(sys.builtin_module_names) | {name for name in list(sys.modules) if "." not in name}


def _mtime(path):
    try:
        return os.stat(path or ".").st_mtime
    except OSError:
        return None


def _submodules(package):
    """The submodules of ``package``: of the imported package, else found on the path when it is top-level."""
    module = sys.modules.get(package)
    locations = getattr(module, "__path__", None) if module is not None else None
    if locations is None and module is None and "." not in package:
        spec = importlib.machinery.PathFinder.find_spec(package)
        locations = spec.submodule_search_locations if spec is not None else None
    if not locations:
        return set()
    try:
        return {info.name for info in pkgutil.iter_modules(list(locations))}
    except Exception:
        return set()


def _module_members(module_name, fragment):
    """What ``from module import …`` can name: the imported module's attributes, and its submodules."""
    candidates = [(name, "module", None) for name in _submodules(module_name) if _wanted(name, fragment)]
    module = sys.modules.get(module_name)
    if module is not None:
        candidates += _attributes(module, fragment)
    return candidates
