"""MIME bundles for Python objects, the way IPython's display formatter builds them."""

_REPR_METHODS = (
    ("text/html", "_repr_html_"),
    ("text/markdown", "_repr_markdown_"),
    ("text/latex", "_repr_latex_"),
    ("image/svg+xml", "_repr_svg_"),
    ("image/png", "_repr_png_"),
    ("image/jpeg", "_repr_jpeg_"),
    ("application/json", "_repr_json_"),
    ("application/javascript", "_repr_javascript_"),
)


def mime_bundle(obj):
    """``(data, metadata)`` for ``obj``: ``_repr_mimebundle_`` first, then ``_repr_*_`` methods, then pretty()."""
    data = {}
    metadata = {}
    method = _method(obj, "_repr_mimebundle_")
    if method is not None:
        result = method()
        if isinstance(result, tuple):
            result, extra = result
            metadata.update(extra or {})
        data.update(result or {})
    for mime, name in _REPR_METHODS:
        if mime in data:
            continue
        method = _method(obj, name)
        if method is None:
            continue
        value = method()
        if isinstance(value, tuple):
            value, extra = value
            metadata[mime] = extra
        if value is not None:
            data[mime] = _encode(mime, value)
    if "text/plain" not in data:
        # Imported on the first result that needs it.
        from .pretty import pretty

        data["text/plain"] = pretty(obj)
    return data, metadata


def _method(obj, name):
    # Classes themselves have these methods unbound: only instances display through them.
    if isinstance(obj, type):
        return None
    method = getattr(obj, name, None)
    return method if callable(method) else None


def _encode(mime, value):
    if isinstance(value, bytes) and mime.startswith("image/") and mime != "image/svg+xml":
        import base64

        return base64.b64encode(value).decode("ascii")
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value
