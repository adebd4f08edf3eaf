"""The ``text/plain`` of a result as IPython's pretty printer lays it out (IPython 8.5, ``IPython.lib.pretty``).

Containers are broken over lines at 79 columns, each nested group breaking only when it must; sets are sorted;
sequences stop after ``MAX_SEQ_LENGTH`` items with ``...``; classes, functions, objects without a ``__repr__`` and
the standard library's collections are shown as IPython shows them, and ``_repr_pretty_(p, cycle)`` methods get a
printer with IPython's API (``text``, ``breakable``, ``break_``, ``pretty``, ``group``, ``begin_group``,
``end_group``, ``indent``, ``indentation``, ``max_width``, ``max_seq_length``, ``verbose``).

The layout must match IPython's character for character, so the line-breaking rules below are IPython's, including
its quirks (noted where they are). Imported on the first result: the module imports nothing the kernel has not
already loaded (``inspect`` only for a function's signature).
"""

import os
import types
from collections import deque

MAX_SEQ_LENGTH = 1000

# re's flags by value, in the order IPython names them; re itself is not imported for them.
_RE_FLAGS = (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16),
             ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128))
_BUILTIN_MODULES = ("__builtin__", "builtins", "exceptions")


def pretty(obj, max_width=79, max_seq_length=MAX_SEQ_LENGTH):
    """``obj`` as IPython's ``text/plain``. A ``__repr__`` that raises raises here, as it does in IPython."""
    printer = PrettyPrinter(max_width, max_seq_length)
    printer.pretty(obj)
    printer.flush()
    return "".join(printer.written)


def for_type(cls, printer):
    """Prints instances of ``cls`` (and of its subclasses without a printer of their own) with
    ``printer(obj, p, cycle)``, as IPython's ``for_type``; returns the printer it replaces, or None."""
    previous = _BY_TYPE.get(cls)
    if printer is not None:
        _BY_TYPE[cls] = printer
    return previous


def for_type_by_name(module, name, printer):
    """``for_type`` for the class ``name`` of ``module``, without importing it."""
    previous = _BY_NAME.get((module, name))
    if printer is not None:
        _BY_NAME[(module, name)] = printer
    return previous


class _Group:
    """A run of output that breaks at all of its breakables or at none (until IPython's rules say otherwise)."""

    __slots__ = ("depth", "waiting", "broken")

    def __init__(self, depth):
        self.depth = depth
        self.waiting = deque()  # its breakables still in the buffer
        self.broken = False


class _Breakable:
    __slots__ = ("sep", "width", "indentation", "group")

    def __init__(self, sep, indentation, group):
        self.sep = sep
        self.width = len(sep)
        self.indentation = indentation
        self.group = group


class _Scope:
    """What ``with p.group(...)`` and ``with p.indent(...)`` return (no contextlib to import for two methods)."""

    __slots__ = ("enter", "leave")

    def __init__(self, enter, leave):
        self.enter = enter
        self.leave = leave

    def __enter__(self):
        self.enter()
        return self

    def __exit__(self, *exc_info):
        self.leave()
        return False


class PrettyPrinter:
    """The printer handed to ``_repr_pretty_``: text waits in a buffer until the line it ends up on is known."""

    def __init__(self, max_width=79, max_seq_length=MAX_SEQ_LENGTH, newline="\n", type_printers=None,
                 name_printers=None):
        self.max_width = max_width
        # The printers by class and by (module, name): the shared ones unless a formatter has its own.
        self.type_pprinters = _BY_TYPE if type_printers is None else type_printers
        self.deferred_pprinters = _BY_NAME if name_printers is None else name_printers
        self.max_seq_length = max_seq_length
        self.newline = newline
        self.verbose = False
        self.indentation = 0
        self.written = []
        self._column = 0  # of the written text's last line
        self._buffer = deque()  # str and _Breakable, not yet written
        self._buffer_width = 0
        root = _Group(0)
        self._open = [root]
        self._breakable_groups = [[root]]  # by depth: the groups that may still be broken
        self._printing = []  # ids of the objects being printed, for cycles

    # The layout engine.

    def text(self, text):
        """Text that is never broken."""
        if self._buffer:
            self._buffer.append(text)
            self._buffer_width += len(text)
            self._fit()
        else:
            self.written.append(text)
            self._column += len(text)

    def breakable(self, sep=" "):
        """``sep``, or a line break indented to the current indentation if the group breaks."""
        group = self._open[-1]
        if group.broken:
            self.flush()
            self._new_line(self.indentation)
        else:
            breakable = _Breakable(sep, self.indentation, group)
            group.waiting.append(breakable)
            self._buffer.append(breakable)
            self._buffer_width += breakable.width
            self._fit()

    def break_(self):
        """A line break here, whatever the width."""
        group = self._next_to_break()
        if group is not None:
            self._write_through(group)
        self.flush()
        self._new_line(self.indentation)

    def begin_group(self, indent=0, open=""):
        """Opens a group after the text ``open``; its lines after the first are indented ``indent`` more."""
        if open:
            self.text(open)
        group = _Group(self._open[-1].depth + 1)
        self._open.append(group)
        while len(self._breakable_groups) <= group.depth:
            self._breakable_groups.append([])
        self._breakable_groups[group.depth].append(group)
        self.indentation += indent

    def end_group(self, dedent=0, close=""):
        """Closes the innermost group, then writes ``close``."""
        self.indentation -= dedent
        group = self._open.pop()
        if not group.waiting:
            self._forget(group)
        if close:
            self.text(close)

    def group(self, indent=0, open="", close=""):
        """``begin_group``/``end_group`` around a ``with`` block."""
        return _Scope(lambda: self.begin_group(indent, open), lambda: self.end_group(indent, close))

    def indent(self, indent):
        """Lines broken inside the ``with`` block are indented ``indent`` more."""
        def enter():
            self.indentation += indent

        def leave():
            self.indentation -= indent

        return _Scope(enter, leave)

    def flush(self):
        """Writes everything buffered."""
        while self._buffer:
            self._write(self._buffer.popleft())
        self._buffer_width = 0

    def _new_line(self, indentation):
        self.written.append(self.newline + " " * indentation)
        self._column = indentation
        self._buffer_width = 0

    def _fit(self):
        while self._column + self._buffer_width > self.max_width:
            group = self._next_to_break()
            if group is None:
                return
            self._write_through(group)

    def _next_to_break(self):
        """The outermost group with breakables waiting (the latest one opened at that depth), now broken.

        Shallower groups with nothing waiting are broken too: their breakables yet to come will break.
        """
        for level in self._breakable_groups:
            count = len(level)
            for back in range(count):
                group = level[count - 1 - back]
                if group.waiting:
                    # IPython's quirk: it drops the group at the mirrored position from the front, which is not
                    # always the one it breaks; the layout depends on which groups stay, so this does the same.
                    del level[back]
                    group.broken = True
                    return group
            for group in level:
                group.broken = True
            del level[:]
        return None

    def _write_through(self, group):
        """Writes the buffer up to the group's last waiting breakable, and the text after it."""
        while group.waiting:
            self._write(self._buffer.popleft())
        while self._buffer and type(self._buffer[0]) is str:
            self._write(self._buffer.popleft())

    def _write(self, item):
        if type(item) is str:
            self.written.append(item)
            self._column += len(item)
            self._buffer_width -= len(item)
            return
        group = item.group
        group.waiting.popleft()
        self._buffer_width -= item.width
        if group.broken:
            self.written.append(self.newline + " " * item.indentation)
            self._column = item.indentation
        else:
            if not group.waiting:
                self._forget(group)
            self.written.append(item.sep)
            self._column += item.width

    def _forget(self, group):
        level = self._breakable_groups[group.depth]
        for index, other in enumerate(level):
            if other is group:
                del level[index]
                return

    # Objects.

    def pretty(self, obj):
        """Prints ``obj`` the way IPython chooses: singletons, then along the class's MRO a printer for the class
        (by type, or by module and name), its ``_repr_pretty_``, or its own ``__repr__``; else ``<module.Class at
        0x...>``."""
        if type(obj) in _ONE_LINE_REPRS and self.type_pprinters.get(type(obj)) is _repr_printer:
            # The full path below opens two groups around the repr; unless the text makes a group break (where
            # their places in the queue count), they change nothing, and most numbers and strings are this case.
            text = repr(obj)
            if not self._buffer or self._column + self._buffer_width + len(text) <= self.max_width:
                self.text(text)
                return
        self._pretty(obj)

    def _pretty(self, obj):
        key = id(obj)
        cycle = key in self._printing
        self._printing.append(key)
        self.begin_group()
        try:
            cls = _attribute(obj, "__class__") or type(obj)
            if key in _SINGLETONS:
                return _repr_printer(obj, self, cycle)
            for klass in _mro(cls):
                printer = _printer_for(klass, self.type_pprinters, self.deferred_pprinters)
                if printer is not None:
                    return printer(obj, self, cycle)
                namespace = klass.__dict__
                if "_repr_pretty_" in namespace:
                    method = klass._repr_pretty_
                    if callable(method):
                        return method(obj, self, cycle)
                if klass is not object and callable(namespace.get("__repr__")):
                    return _repr_printer(obj, self, cycle)
            return _object_printer(obj, self, cycle)
        finally:
            self.end_group()
            self._printing.pop()

    def _enumerate(self, items):
        """``enumerate(items)`` up to ``max_seq_length`` items, then ``, ...`` (IPython's name, which printers use)."""
        limit = self.max_seq_length
        for index, item in enumerate(items):
            if limit and index >= limit:
                self.text(",")
                self.breakable()
                self.text("...")
                return
            yield index, item


def _attribute(obj, name):
    try:
        return getattr(obj, name, None)
    except Exception:
        return None


def _mro(cls):
    mro = getattr(cls, "__mro__", None)
    if mro is not None:
        return mro
    try:
        mixed = type(cls.__name__, (cls, object), {})
    except TypeError:
        return [cls]
    return mixed.__mro__[1:-1]


def _printer_for(cls, by_type, by_name):
    printer = by_type.get(cls)
    if printer is not None:
        return printer
    key = (_attribute(cls, "__module__"), _attribute(cls, "__name__"))
    if key in by_name:
        # Found once by name, known by the class itself from then on, as in IPython.
        printer = by_type[cls] = by_name.pop(key)
    return printer


# Printers: each takes (obj, printer, cycle).

def _repr_printer(obj, p, cycle):
    p.begin_group()
    for index, line in enumerate(repr(obj).splitlines()):
        if index:
            p.break_()
        p.text(line)
    p.end_group()


def _object_printer(obj, p, cycle):
    cls = _attribute(obj, "__class__") or type(obj)
    if _attribute(cls, "__repr__") is not object.__repr__:
        _repr_printer(obj, p, cycle)
        return
    p.begin_group(1, "<")
    p.pretty(cls)
    p.text(" at 0x%x" % id(obj))
    if cycle:
        p.text(" ...")
    p.end_group(1, ">")


def _items_printer(open, close):
    def print_items(obj, p, cycle):
        if cycle:
            p.text(open + "..." + close)
            return
        p.begin_group(len(open), open)
        for index, item in p._enumerate(obj):
            if index:
                p.text(",")
                p.breakable()
            p.pretty(item)
        if len(obj) == 1 and isinstance(obj, tuple):
            p.text(",")
        p.end_group(len(open), close)

    return print_items


def _set_printer(open, close):
    def print_set(obj, p, cycle):
        if cycle:
            p.text(open + "..." + close)
            return
        if not len(obj):
            p.text(type(obj).__name__ + "()")
            return
        p.begin_group(len(open), open)
        # Sorted unless too many to show them all.
        items = obj if p.max_seq_length and len(obj) >= p.max_seq_length else _sorted(obj)
        for index, item in p._enumerate(items):
            if index:
                p.text(",")
                p.breakable()
            p.pretty(item)
        p.end_group(len(open), close)

    return print_set


def _sorted(items):
    items = list(items)
    try:
        return sorted(items)
    except Exception:
        try:
            return sorted(items, key=str)
        except Exception:
            return items


def _mapping_printer(open, close):
    def print_mapping(obj, p, cycle):
        if cycle:
            p.text("{...}")
            return
        p.begin_group(len(open), open)
        for index, key in p._enumerate(obj.keys()):
            if index:
                p.text(",")
                p.breakable()
            p.pretty(key)
            p.text(": ")
            p.pretty(obj[key])
        p.end_group(len(open), close)

    return print_mapping


def _super_printer(obj, p, cycle):
    p.begin_group(8, "<super: ")
    p.pretty(obj.__thisclass__)
    p.text(",")
    p.breakable()
    p.pretty(obj.__self__)
    p.end_group(8, ">")


def _pattern_printer(obj, p, cycle):
    if obj.flags:
        p.pretty(CallExpression("re.compile", _RawString(obj.pattern), _RegexFlags(obj.flags)))
    else:
        p.pretty(CallExpression("re.compile", _RawString(obj.pattern)))


def _namespace_printer(obj, p, cycle):
    if cycle:
        p.pretty(CallExpression("namespace", RawText("...")))
    else:
        p.pretty(CallExpression("namespace", **obj.__dict__))


def _type_printer(obj, p, cycle):
    # A metaclass with its own __repr__ (Enum's, for one) is shown by it.
    own_repr = [klass for klass in _mro(type(obj)) if "__repr__" in vars(klass)][:1]
    if own_repr != [type]:
        _repr_printer(obj, p, cycle)
        return
    module = _attribute(obj, "__module__")
    try:
        name = obj.__qualname__
        if not isinstance(name, str):
            raise TypeError(name)
    except Exception:
        name = obj.__name__
        if not isinstance(name, str):
            name = "<unknown type>"
    p.text(name if module in (None,) + _BUILTIN_MODULES else module + "." + name)


def _function_printer(obj, p, cycle):
    from inspect import signature

    fallback = obj.__name__
    try:
        name = getattr(obj, "__qualname__", fallback)
    except Exception:
        name = fallback
    module = obj.__module__
    if module and module not in _BUILTIN_MODULES:
        name = module + "." + name
    try:
        name += str(signature(obj))
    except ValueError:
        pass
    p.text("<function %s>" % name)


def _exception_printer(obj, p, cycle):
    cls = obj.__class__
    name = getattr(cls, "__qualname__", cls.__name__)
    if cls.__module__ not in ("exceptions", "builtins"):
        name = "%s.%s" % (cls.__module__, name)
    p.pretty(CallExpression(name, *getattr(obj, "args", ())))


def _defaultdict_printer(obj, p, cycle):
    name = obj.__class__.__name__
    if cycle:
        p.pretty(CallExpression(name, RawText("...")))
    else:
        p.pretty(CallExpression(name, obj.default_factory, dict(obj)))


def _ordereddict_printer(obj, p, cycle):
    name = obj.__class__.__name__
    if cycle:
        p.pretty(CallExpression(name, RawText("...")))
    elif len(obj):
        p.pretty(CallExpression(name, list(obj.items())))
    else:
        p.pretty(CallExpression(name))


def _deque_printer(obj, p, cycle):
    name = obj.__class__.__name__
    if cycle:
        p.pretty(CallExpression(name, RawText("...")))
    elif obj.maxlen is not None:
        p.pretty(CallExpression(name, list(obj), maxlen=obj.maxlen))
    else:
        p.pretty(CallExpression(name, list(obj)))


def _counter_printer(obj, p, cycle):
    name = obj.__class__.__name__
    if cycle:
        p.pretty(CallExpression(name, RawText("...")))
    elif len(obj):
        p.pretty(CallExpression(name, dict(obj)))
    else:
        p.pretty(CallExpression(name))


def _userlist_printer(obj, p, cycle):
    name = obj.__class__.__name__
    if cycle:
        p.pretty(CallExpression(name, RawText("...")))
    else:
        p.pretty(CallExpression(name, obj.data))


class RawText:
    """Printed as its text, unquoted."""

    def __init__(self, value):
        self.value = value

    def _repr_pretty_(self, p, cycle):
        p.text(self.value)


class CallExpression:
    """Printed as a call, ``name(arg, ..., key=value, ...)``, broken after commas where it must."""

    def __init__(self, name, /, *args, **kwargs):
        self.name = name
        self.args = args
        self.kwargs = kwargs

    @classmethod
    def factory(cls, name):
        """A function that makes calls of ``name``."""
        return lambda *args, **kwargs: cls(name, *args, **kwargs)

    def _repr_pretty_(self, p, cycle):
        prefix = self.name + "("
        p.begin_group(len(prefix), prefix)
        first = True
        for value in self.args:
            if not first:
                p.text(",")
                p.breakable()
            first = False
            p.pretty(value)
        for key, value in self.kwargs.items():
            if not first:
                p.text(",")
                p.breakable()
            first = False
            p.begin_group(len(key) + 1, key + "=")
            p.pretty(value)
            p.end_group(len(key) + 1)
        p.end_group(len(prefix), ")")


class _RawString:
    """A pattern as a raw string literal: ``r'\\d+'``, ``rb'...'``."""

    def __init__(self, value):
        self.value = value

    def _repr_pretty_(self, p, cycle):
        literal = repr(self.value)
        prefix = "r"
        if literal[:1] in "uU":
            literal = literal[1:]
            prefix = "ur"
        p.text(prefix + literal.replace("\\\\", "\\"))


class _RegexFlags:
    def __init__(self, value):
        self.value = value

    def _repr_pretty_(self, p, cycle):
        # Flags IPython does not name (re.ASCII) print nothing, as in IPython.
        names = "|".join("re." + name for name, bit in _RE_FLAGS if self.value & bit)
        if names:
            p.text(names)


# Exact types whose repr is one line (str's and bytes' escape every line break), printed by their repr.
_ONE_LINE_REPRS = frozenset((int, float, str, bytes, bool, type(None)))
_SINGLETONS = frozenset(map(id, (None, True, False, Ellipsis, NotImplemented)))

_BY_TYPE = {
    int: _repr_printer,
    float: _repr_printer,
    str: _repr_printer,
    bytes: _repr_printer,
    range: _repr_printer,
    slice: _repr_printer,
    tuple: _items_printer("(", ")"),
    list: _items_printer("[", "]"),
    dict: _mapping_printer("{", "}"),
    set: _set_printer("{", "}"),
    frozenset: _set_printer("frozenset({", "})"),
    super: _super_printer,
    type: _type_printer,
    types.FunctionType: _function_printer,
    types.BuiltinFunctionType: _function_printer,
    types.MethodType: _repr_printer,
    types.SimpleNamespace: _namespace_printer,
    types.MappingProxyType: _mapping_printer("mappingproxy({", "})"),
    BaseException: _exception_printer,
}
if type(os.environ) is not dict:
    _BY_TYPE[type(os.environ)] = _mapping_printer("environ{", "}")

# By module and name, so that nothing is imported for them.
_BY_NAME = {
    ("re", "Pattern"): _pattern_printer,
    ("datetime", "datetime"): _repr_printer,
    ("datetime", "timedelta"): _repr_printer,
    ("collections", "defaultdict"): _defaultdict_printer,
    ("collections", "OrderedDict"): _ordereddict_printer,
    ("collections", "deque"): _deque_printer,
    ("collections", "Counter"): _counter_printer,
    ("collections", "UserList"): _userlist_printer,
}

# What a display formatter starts from (it keeps its own copies, as IPython's does).
DEFAULT_TYPE_PRINTERS = dict(_BY_TYPE)
DEFAULT_NAME_PRINTERS = dict(_BY_NAME)
