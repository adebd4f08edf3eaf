"""MIME bundles for Python objects, the way IPython's display formatter builds them (IPython 8.5).

One formatter per MIME type, each with IPython's API (``for_type``, ``for_type_by_name``, ``lookup``, ``pop``), so
libraries registering their printers (sympy, pandas) are honoured. A formatter that raises is reported (as a
traceback, through the shell) and its MIME type left out, the others still shown; one that answers the wrong type
gets IPython's FormatterWarning. An object with ``_ipython_display_`` displays itself and makes no bundle.
"""

import warnings


class FormatterWarning(UserWarning):
    """A formatter answered a value of the wrong type: that MIME type is left out."""

    __module__ = "IPython.core.formatters"


def real_method(obj, name):
    """``obj.name`` when it is a callable of an instance, as IPython's ``get_real_method``: never for classes,
    nor for objects that claim to have every attribute."""
    if isinstance(obj, type):
        return None
    try:
        if getattr(obj, "_ipython_canary_method_should_not_exist_", None) is not None:
            return None
        method = getattr(obj, name, None)
    except Exception:
        return None
    return method if callable(method) else None


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception as exc:
        return "un-repr-able object (%r)" % exc


def _type_of(obj):
    return getattr(obj, "__class__", None) or type(obj)


class BaseFormatter:
    """The formatter of one MIME type: printers registered for a type (or a ``module.name``) first, then the
    object's ``print_method``."""

    format_type = "text/plain"
    print_method = "__repr__"
    return_type = (str,)

    def __init__(self, show_error=None):
        self.enabled = True
        self.singleton_printers = {}
        self.type_printers = {}
        self.deferred_printers = {}
        self._show_error = show_error

    def __call__(self, obj):
        if not self.enabled:
            return None
        return self._format(obj)

    def _format(self, obj):
        try:
            value = self._compute(obj)
        except NotImplementedError:
            value = None
        except Exception as exc:
            self._report(exc)
            value = None
        return self._check_return(value, obj)

    def _compute(self, obj):
        try:
            printer = self.lookup(obj)
        except KeyError:
            method = real_method(obj, self.print_method)
            return method() if method is not None else None
        return printer(obj)

    def _report(self, exc):
        if self._show_error is not None:
            self._show_error(exc)
        else:
            import traceback

            traceback.print_exception(type(exc), exc, exc.__traceback__)

    def _check_return(self, value, obj):
        if value is None or isinstance(value, self.return_type) or (
                isinstance(value, tuple) and value and isinstance(value[0], self.return_type)):
            return value
        expected = self.return_type[0] if len(self.return_type) == 1 else self.return_type
        warnings.warn(
            "%s formatter returned invalid type %s (expected %s) for object: %s"
            % (self.format_type, type(value), expected, _safe_repr(obj)), FormatterWarning)
        return None

    def _silent_for(self, obj):
        """Whether calling this formatter on ``obj`` would make nothing: it is off, or no printer is registered for
        ``obj`` and ``obj`` has no ``print_method`` (always so for the builtin scalars, whose classes are closed)."""
        if not self.enabled:
            return True
        if self.singleton_printers or self.type_printers or self.deferred_printers:
            try:
                self.lookup(obj)
            except KeyError:
                pass
            else:
                return False
        return getattr(obj, self.print_method, None) is None

    def __contains__(self, typ):
        if isinstance(typ, str):
            return tuple(typ.rsplit(".", 1)) in self.deferred_printers
        return typ in self.type_printers

    def lookup(self, obj):
        """The printer for ``obj``; KeyError when there is none."""
        if id(obj) in self.singleton_printers:
            return self.singleton_printers[id(obj)]
        return self.lookup_by_type(_type_of(obj))

    def lookup_by_type(self, typ):
        """The printer for instances of ``typ`` (or a ``'module.Class'`` name), along its MRO; KeyError if none."""
        if isinstance(typ, str):
            key = tuple(typ.rsplit(".", 1))
            if key in self.deferred_printers:
                return self.deferred_printers[key]
            for cls in self.type_printers:
                if "%s.%s" % (cls.__module__, cls.__name__) == typ:
                    return self.type_printers[cls]
            raise KeyError("No registered printer for %r" % typ)
        for cls in getattr(typ, "__mro__", (typ,)):
            if cls in self.type_printers:
                return self.type_printers[cls]
            key = (getattr(cls, "__module__", None), getattr(cls, "__name__", None))
            if key in self.deferred_printers:
                # Found once by name, known by the class itself from then on, as in IPython.
                printer = self.type_printers[cls] = self.deferred_printers.pop(key)
                return printer
        raise KeyError("No registered printer for %r" % (typ,))

    def for_type(self, typ, func=None):
        """Registers ``func`` for instances of ``typ`` (a class or ``'module.Class'``); returns the printer it
        replaces (or the current one when ``func`` is None)."""
        if isinstance(typ, str):
            module, name = typ.rsplit(".", 1)
            return self.for_type_by_name(module, name, func)
        try:
            previous = self.lookup_by_type(typ)
        except KeyError:
            previous = None
        if func is not None:
            self.type_printers[typ] = func
        return previous

    def for_type_by_name(self, type_module, type_name, func=None):
        """``for_type`` for the class ``type_name`` of ``type_module``, without importing it."""
        key = (type_module, type_name)
        try:
            previous = self.lookup_by_type("%s.%s" % key)
        except KeyError:
            previous = None
        if func is not None:
            self.deferred_printers[key] = func
        return previous

    def pop(self, typ, default=KeyError):
        """Removes and returns the printer of ``typ``; ``default`` when there is none (KeyError if not given)."""
        try:
            if isinstance(typ, str):
                key = tuple(typ.rsplit(".", 1))
                if key in self.deferred_printers:
                    return self.deferred_printers.pop(key)
                for cls in list(self.type_printers):
                    if "%s.%s" % (cls.__module__, cls.__name__) == typ:
                        return self.type_printers.pop(cls)
                raise KeyError(typ)
            if typ in self.type_printers:
                return self.type_printers.pop(typ)
            key = (typ.__module__, typ.__name__)
            if key in self.deferred_printers:
                return self.deferred_printers.pop(key)
            raise KeyError(typ)
        except KeyError:
            if default is KeyError:
                raise
            return default


def _formatter(format_type, print_method, *return_type):
    return type(print_method.strip("_").replace("repr_", "").title() + "Formatter", (BaseFormatter,),
                {"format_type": format_type, "print_method": print_method, "return_type": return_type})


HTMLFormatter = _formatter("text/html", "_repr_html_", str)
MarkdownFormatter = _formatter("text/markdown", "_repr_markdown_", str)
SVGFormatter = _formatter("image/svg+xml", "_repr_svg_", str)
PNGFormatter = _formatter("image/png", "_repr_png_", bytes, str)
PDFFormatter = _formatter("application/pdf", "_repr_pdf_", bytes, str)
JPEGFormatter = _formatter("image/jpeg", "_repr_jpeg_", bytes, str)
LatexFormatter = _formatter("text/latex", "_repr_latex_", str)
JavascriptFormatter = _formatter("application/javascript", "_repr_javascript_", str)


class JSONFormatter(_formatter("application/json", "_repr_json_", dict, list)):
    def _check_return(self, value, obj):
        data = value[0] if isinstance(value, tuple) else value
        # Raised out of the formatter, as IPython does: it fails the cell.
        assert not isinstance(data, str), "JSON-as-string has been deprecated since IPython < 3"
        return super()._check_return(value, obj)


class PlainTextFormatter(BaseFormatter):
    """``text/plain``: the pretty printer (``pprint``), with its width, ``max_seq_length``, ``float_precision``
    (``%precision``) and printers registered here; ``repr()`` when ``pprint`` is off."""

    def __init__(self, show_error=None):
        super().__init__(show_error)
        # Imported on the first result.
        from . import pretty

        self.pprint = True
        self.verbose = False
        self.max_width = 79
        self.max_seq_length = pretty.MAX_SEQ_LENGTH
        self.newline = "\n"
        self.type_printers = dict(pretty.DEFAULT_TYPE_PRINTERS)
        self.deferred_printers = dict(pretty.DEFAULT_NAME_PRINTERS)
        self.float_format = "%r"
        self._float_precision = ""
        self._repr_printer = pretty.DEFAULT_TYPE_PRINTERS[int]

    def __call__(self, obj):
        # As IPython's: text/plain is made whatever ``enabled`` says.
        return self._format(obj)

    def _silent_for(self, obj):
        # Every object has a text/plain.
        return False

    def _prints_repr_of(self, cls):
        """Whether an instance of ``cls``, one of the builtin scalars, prints as its repr: bool and None always (the
        pretty printer prints them as singletons, whatever is registered for their class), the others while their
        class's printer is the default one (``for_type`` or ``%precision`` replace it)."""
        return cls not in _BY_CLASS_PRINTER or self.type_printers.get(cls) is self._repr_printer

    def _compute(self, obj):
        if not self.pprint:
            return repr(obj)
        from . import pretty

        printer = pretty.PrettyPrinter(self.max_width, self.max_seq_length, self.newline,
                                       type_printers=self.type_printers, name_printers=self.deferred_printers)
        printer.verbose = self.verbose
        printer.pretty(obj)
        printer.flush()
        return "".join(printer.written)

    @property
    def float_precision(self):
        return self._float_precision

    @float_precision.setter
    def float_precision(self, value):
        """As ``%precision``: digits (``'3'``), a format (``'%.4e'``) or ``''`` for repr."""
        import sys

        from . import pretty

        numpy = sys.modules.get("numpy")
        if "%" in value:
            try:
                value % 3.14159
            except Exception as exc:
                raise ValueError("Precision must be int or format string, not %r" % value) from exc
            self.float_format = value
        elif value:
            try:
                digits = int(value)
            except ValueError as exc:
                raise ValueError("Precision must be int or format string, not %r" % value) from exc
            if digits < 0:
                raise ValueError("int precision must be non-negative, not %r" % digits)
            self.float_format = "%%.%if" % digits
            if numpy is not None:
                numpy.set_printoptions(precision=digits)
        else:
            self.float_format = "%r"
            if numpy is not None:
                # numpy's own default
                numpy.set_printoptions(precision=8)
        self._float_precision = value
        if self.float_format == "%r":
            self.type_printers[float] = pretty.DEFAULT_TYPE_PRINTERS[float]
        else:
            self.type_printers[float] = lambda obj, p, cycle: p.text(self.float_format % obj)


class MimeBundleFormatter(BaseFormatter):
    """``_repr_mimebundle_(include=, exclude=)``: a dict of MIME types, or ``(data, metadata)``."""

    format_type = "application/x-ipython-mimebundle"
    print_method = "_repr_mimebundle_"
    return_type = (dict,)

    def __call__(self, obj, include=None, exclude=None):
        if not self.enabled:
            return {}, {}
        try:
            try:
                printer = self.lookup(obj)
            except KeyError:
                method = real_method(obj, self.print_method)
                value = method(include=include, exclude=exclude) if method is not None else None
            else:
                value = printer(obj)
        except NotImplementedError:
            value = None
        except Exception as exc:
            self._report(exc)
            value = None
        if value is None:
            return {}, {}
        return value if isinstance(value, tuple) else (value, {})


class IPythonDisplayFormatter(BaseFormatter):
    """``_ipython_display_``: the object displays itself; True when it did."""

    format_type = "ipython-display"
    print_method = "_ipython_display_"
    return_type = (bool,)

    def _compute(self, obj):
        try:
            printer = self.lookup(obj)
        except KeyError:
            method = real_method(obj, self.print_method)
            if method is None:
                return None
            method()
            return True
        printer(obj)
        return True


_FORMATTER_CLASSES = (PlainTextFormatter, HTMLFormatter, MarkdownFormatter, SVGFormatter, PNGFormatter, PDFFormatter,
                      JPEGFormatter, LatexFormatter, JSONFormatter, JavascriptFormatter)


class DisplayFormatter:
    """``get_ipython().display_formatter``: ``format(obj)`` gives ``(data, metadata)``, ``formatters`` by MIME type.

    ``show_error(exc)`` shows a formatter's failure (the shell makes it an error output); the formatters are made on
    first use, so that nothing is imported before the first result."""

    def __init__(self, show_error=None):
        self._show_error = show_error
        self._formatters = None
        self.ipython_display_formatter = IPythonDisplayFormatter(show_error)
        self.mimebundle_formatter = MimeBundleFormatter(show_error)

    @property
    def formatters(self):
        if self._formatters is None:
            self._formatters = {cls.format_type: cls(self._show_error) for cls in _FORMATTER_CLASSES}
        return self._formatters

    @property
    def format_types(self):
        return list(self.formatters)

    def format(self, obj, include=None, exclude=None):
        """Only the ``include``d MIME types and none of the ``exclude``d ones (their metadata too)."""
        if type(obj) in _SCALARS and not include and not exclude:
            text = self._scalar_text(obj)
            if text is not None:
                return {"text/plain": text}, {}
        if self.ipython_display_formatter(obj):
            return {}, {}
        data, metadata = self.mimebundle_formatter(obj, include=include, exclude=exclude)
        data = dict(data or {})
        metadata = dict(metadata or {})
        if include:
            data = {k: v for k, v in data.items() if k in include}
            metadata = {k: v for k, v in metadata.items() if k in include}
        if exclude:
            data = {k: v for k, v in data.items() if k not in exclude}
            metadata = {k: v for k, v in metadata.items() if k not in exclude}
        for format_type, formatter in self.formatters.items():
            if format_type in data:
                # The bundle's value stands unless a printer was registered for the object's type.
                try:
                    formatter.lookup(obj)
                except KeyError:
                    continue
            if (include and format_type not in include) or (exclude and format_type in exclude):
                continue
            value = formatter(obj)
            extra = None
            if isinstance(value, tuple) and len(value) == 2:
                value, extra = value
            if value is not None:
                data[format_type] = _encode(format_type, value)
            if extra is not None:
                metadata[format_type] = extra
        return data, metadata

    def _scalar_text(self, obj):
        """The fast path of the most frequent results (``1 + 1``): the text/plain of a builtin scalar when it is all
        that ``format`` would make, which is its repr; None whenever the full path could differ (a printer registered
        for it or for ``object`` in any formatter, a formatter replaced or added, ``%precision``, a failing repr)."""
        formatters = self.formatters
        plain = formatters.get("text/plain")
        if type(plain) is not PlainTextFormatter:
            return None
        if not plain._prints_repr_of(type(obj)):
            return None
        if (type(self.ipython_display_formatter) is not IPythonDisplayFormatter
                or type(self.mimebundle_formatter) is not MimeBundleFormatter
                or not self.ipython_display_formatter._silent_for(obj)
                or not self.mimebundle_formatter._silent_for(obj)):
            return None
        for format_type, formatter in formatters.items():
            if format_type == "text/plain":
                continue
            if type(formatter) not in _FORMATTER_CLASSES or not formatter._silent_for(obj):
                return None
        try:
            return repr(obj)
        except Exception:
            # Too many digits for a string, say: the full path reports it as the formatter's failure.
            return None


# The exact classes format's fast path takes: those of the most frequent results.
_SCALARS = frozenset((int, float, str, bool, type(None)))
# Those of them that the pretty printer prints by their class's printer rather than as singletons.
_BY_CLASS_PRINTER = frozenset((int, float, str))


_default = None


def mime_bundle(obj):
    """``(data, metadata)`` for ``obj`` as the shell's display formatter gives it (a failing formatter's traceback
    printed to stderr when there is no shell)."""
    from . import display

    shell = display.get_ipython()
    return (shell.display_formatter if shell is not None else default_formatter()).format(obj)


def default_formatter():
    """The display formatter when there is no shell."""
    global _default
    if _default is None:
        _default = DisplayFormatter()
    return _default


def _encode(mime, value):
    if isinstance(value, bytes) and mime.startswith(("image/", "application/pdf")) and mime != "image/svg+xml":
        import base64

        return base64.b64encode(value).decode("ascii")
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value
