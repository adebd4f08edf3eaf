"""display(), update_display(), clear_output() and a fallback ``IPython`` package, for a kernel without IPython.

The package's display object types and ``display_*`` functions live in display_objects.

When real IPython is installed it is imported instead: the fallback ``IPython`` package is offered only by a finder
placed after all the real ones.
"""

import base64
import importlib.abc
import importlib.machinery
import sys
import types
import uuid

from . import formatting

_publisher = None
_shell = None


def set_publisher(publisher):
    """Where display messages go: ``publisher(msg_type, content)``, set by the kernel."""
    global _publisher
    _publisher = publisher


def set_shell(shell):
    """What the fallback ``IPython.get_ipython()`` returns."""
    global _shell
    _shell = shell


def get_ipython():
    return _shell


class _Events:
    """IPython's event hooks (pre_execute, post_execute, ...), which callers may fire; nothing listens here."""

    def register(self, event, function):
        pass

    def unregister(self, event, function):
        pass

    def trigger(self, event, *args, **kwargs):
        pass


class Shell:
    """The little of IPython's InteractiveShell that libraries such as ipywidgets look for through ``get_ipython()``:
    the kernel (for the request being handled), ``showtraceback``, the display formatter and the user namespace."""

    def __init__(self, kernel):
        self.kernel = kernel
        self.display_formatter = formatting.DisplayFormatter(show_error=self.show_format_error)
        self.events = _Events()

    @property
    def user_ns(self):
        return self.kernel.namespace

    def show_format_error(self, exc):
        """A formatter failed: its traceback is an error output, as IPython's ``showtraceback`` makes it."""
        self.kernel.show_exception(exc)

    def showtraceback(self, exc_tuple=None, filename=None, tb_offset=None, exception_only=False,
                      running_compiled_code=False):
        exc = exc_tuple[1] if exc_tuple else sys.exc_info()[1]
        if exc is not None:
            self.kernel.show_exception(exc)

    @classmethod
    def instance(cls, *args, **kwargs):
        return _shell

    @classmethod
    def initialized(cls):
        return _shell is not None


def _publish(msg_type, content):
    if _publisher is None:
        raise RuntimeError("display() needs a running jupyter-kit kernel")
    _publisher(msg_type, content)


def publish_display_data(data, metadata=None, source=None, *, transient=None, update=False, **kwargs):
    """Shows a ready MIME bundle, as IPython's ``publish_display_data`` does; bytes (``display_png(raw, raw=True)``)
    are sent as base64, as Jupyter's message serialiser sends them."""
    data = {mime: base64.b64encode(value).decode("ascii") if isinstance(value, bytes) else value
            for mime, value in data.items()}
    _publish("update_display_data" if update else "display_data",
             {"data": data, "metadata": metadata or {}, "transient": transient or {}})


def _merge(into, extra):
    """``extra`` merged into ``into`` key by key, nested dicts too, as IPython merges display() metadata."""
    if not isinstance(into, dict) or not isinstance(extra, dict):
        return extra
    for key, value in extra.items():
        into[key] = _merge(into.get(key), value)
    return into


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False,
            clear=False, **kwargs):
    """Shows each object as its richest representation; returns a DisplayHandle when display_id is given.

    With ``raw=True`` each object is a ready MIME bundle; with a display_id and no objects, an empty output is
    shown for later updates."""
    transient = dict(transient or {})
    metadata = metadata or {}
    if display_id:
        if display_id is True:
            display_id = uuid.uuid4().hex
        transient["display_id"] = display_id
    if kwargs.get("update") and "display_id" not in transient:
        raise TypeError("display_id required for update_display")
    if not objs and display_id:
        objs, raw = [{}], True
    if clear:
        clear_output(wait=True)
    for obj in objs:
        if raw:
            publish_display_data(data=obj, metadata=metadata, transient=transient, **kwargs)
            continue
        data, md = _shell_formatter().format(obj, include=include, exclude=exclude)
        if not data:
            continue
        if metadata:
            _merge(md, metadata)
        publish_display_data(data=data, metadata=md, transient=transient, **kwargs)
    if display_id:
        return DisplayHandle(display_id)
    return None


def _shell_formatter():
    if _shell is not None:
        return _shell.display_formatter
    return formatting.default_formatter()


def update_display(obj, *, display_id, **kwargs):
    """Replaces every output shown with ``display_id``, in whichever cell it is."""
    kwargs["update"] = True
    display(obj, display_id=display_id, **kwargs)


def clear_output(wait=False):
    """Clears the current cell's output, or with ``wait`` just before its next output appears."""
    if sys.stdout is not None and hasattr(sys.stdout, "flush"):
        sys.stdout.flush()
    _publish("clear_output", {"wait": bool(wait)})


class DisplayHandle:
    """A handle on a display, to update it later."""

    def __init__(self, display_id=None):
        self.display_id = display_id or uuid.uuid4().hex

    def __repr__(self):
        return "<DisplayHandle display_id=%s>" % self.display_id

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)


_FUNCTIONS = ["display", "update_display", "clear_output", "publish_display_data", "DisplayHandle"]


class _FallbackIPython(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Offers ``IPython`` and its display modules only when no real IPython can be found."""

    PACKAGES = ("IPython", "IPython.core", "IPython.lib")
    MODULES = PACKAGES + ("IPython.display", "IPython.core.display", "IPython.core.display_functions",
                          "IPython.lib.display", "IPython.core.interactiveshell", "IPython.core.getipython",
                          "IPython.lib.pretty", "IPython.core.formatters")
    # Modules that are the kernel's own under IPython's name, whole.
    ALIASES = {"IPython.lib.pretty": "ipython_pretty", "IPython.core.formatters": "formatting"}

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.MODULES:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=fullname in self.PACKAGES)

    def create_module(self, spec):
        import importlib

        from . import display_objects

        if spec.name in self.ALIASES:
            return importlib.import_module("." + self.ALIASES[spec.name], __package__)

        module = types.ModuleType(spec.name)
        if spec.name in self.PACKAGES:
            module.__path__ = []
        module.__dict__.update({name: globals()[name] for name in _FUNCTIONS})
        module.__dict__.update({name: getattr(display_objects, name)
                                for name in display_objects.CORE_EXPORTS + display_objects.LIB_EXPORTS})
        module.get_ipython = get_ipython
        module.InteractiveShell = Shell
        if spec.name == "IPython":
            module.__version__ = "0+jupyterkit"
        return module

    def exec_module(self, module):
        pass


def install():
    """Puts ``display`` in builtins and the IPython fallback last on the import path."""
    import builtins

    builtins.display = display
    if not any(isinstance(finder, _FallbackIPython) for finder in sys.meta_path):
        sys.meta_path.append(_FallbackIPython())
