"""display(), update_display(), clear_output() and the IPython.display object types, for a kernel without IPython.

When real IPython is installed it is imported instead: the fallback ``IPython`` package is offered only by a finder
placed after all the real ones.
"""

import importlib.abc
import importlib.machinery
import json
import sys
import types
import uuid

from .formatting import mime_bundle

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


class _Formatter:
    def format(self, obj, include=None, exclude=None):
        return mime_bundle(obj)


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
        self.display_formatter = _Formatter()
        self.events = _Events()

    @property
    def user_ns(self):
        return self.kernel.namespace

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


def publish_display_data(data, metadata=None):
    """Shows a ready MIME bundle, as IPython's ``publish_display_data`` does."""
    _publish("display_data", {"data": data, "metadata": metadata or {}, "transient": {}})


def display(*objs, include=None, exclude=None, metadata=None, transient=None, display_id=None, raw=False,
            clear=False, update=False, **kwargs):
    """Shows each object as its richest representation; returns a DisplayHandle when display_id is given."""
    if clear:
        clear_output(wait=True)
    if display_id is True:
        display_id = uuid.uuid4().hex
    transient = dict(transient or {})
    if display_id is not None:
        transient["display_id"] = display_id
    for obj in objs:
        if raw:
            data, md = dict(obj), {}
        else:
            data, md = mime_bundle(obj)
        if include:
            data = {k: v for k, v in data.items() if k in include}
        if exclude:
            data = {k: v for k, v in data.items() if k not in exclude}
        if metadata:
            md = dict(md, **metadata)
        content = {"data": data, "metadata": md, "transient": transient}
        _publish("update_display_data" if update else "display_data", content)
    if display_id is not None:
        return DisplayHandle(display_id)
    return None


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


class DisplayObject:
    """Data shown as one MIME type; ``data`` may be given directly or read from ``filename``."""

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if filename is not None:
            with open(filename, "rb" if self._binary else "r") as f:
                data = f.read()
        self.data = data
        self.url = url
        self.metadata = metadata or {}

    _binary = False

    def __repr__(self):
        return "<%s object>" % type(self).__name__


class HTML(DisplayObject):
    def _repr_html_(self):
        return self.data


class Markdown(DisplayObject):
    def _repr_markdown_(self):
        return self.data


class Latex(DisplayObject):
    def _repr_latex_(self):
        return self.data


class Math(DisplayObject):
    def _repr_latex_(self):
        return "$\\displaystyle %s$" % self.data.strip().strip("$")


class SVG(DisplayObject):
    def _repr_svg_(self):
        return self.data


class Javascript(DisplayObject):
    def _repr_javascript_(self):
        return self.data


class JSON(DisplayObject):
    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        if isinstance(data, str) and filename is None:
            data = json.loads(data)
        super().__init__(data, url, filename, metadata)

    def _repr_json_(self):
        return self.data


class Image(DisplayObject):
    """A PNG or JPEG from bytes or a file; ``width``/``height`` become output metadata."""

    _binary = True

    def __init__(self, data=None, url=None, filename=None, format=None, width=None, height=None, metadata=None,
                 **kwargs):
        super().__init__(data, url, filename, metadata)
        if format is None and filename is not None:
            format = filename.rsplit(".", 1)[-1].lower()
        if format is None and isinstance(self.data, bytes) and self.data[:3] == b"\xff\xd8\xff":
            format = "jpeg"
        self.format = "jpeg" if format in ("jpg", "jpeg") else "png"
        self.width = width
        self.height = height

    def _size(self):
        size = {}
        if self.width:
            size["width"] = self.width
        if self.height:
            size["height"] = self.height
        return size

    def _repr_png_(self):
        if self.format == "png" and self.data is not None:
            return (self.data, self._size()) if self._size() else self.data
        return None

    def _repr_jpeg_(self):
        if self.format == "jpeg" and self.data is not None:
            return (self.data, self._size()) if self._size() else self.data
        return None


_EXPORTS = ["display", "update_display", "clear_output", "DisplayHandle", "DisplayObject", "HTML", "Markdown",
            "Latex", "Math", "SVG", "Javascript", "JSON", "Image"]


class _FallbackIPython(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Offers ``IPython`` and ``IPython.display`` only when no real IPython can be found."""

    MODULES = ("IPython", "IPython.display", "IPython.core", "IPython.core.display", "IPython.core.interactiveshell",
               "IPython.core.getipython")

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.MODULES:
            return None
        return importlib.machinery.ModuleSpec(fullname, self, is_package=fullname in ("IPython", "IPython.core"))

    def create_module(self, spec):
        module = types.ModuleType(spec.name)
        if spec.name in ("IPython", "IPython.core"):
            module.__path__ = []
        module.__dict__.update({name: globals()[name] for name in _EXPORTS})
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
