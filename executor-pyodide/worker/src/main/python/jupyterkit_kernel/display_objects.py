"""The ``IPython.display`` object types and ``display_*`` functions, for a kernel without IPython.

Each object gives the MIME bundle IPython 8.5 gives for it (data, ``text/plain`` and metadata; the differential
test_display_objects checks that against the real IPython), and raises the exception types IPython raises for bad
arguments. The classes carry IPython's module paths (``IPython.core.display``, ``IPython.lib.display``) because
their ``text/plain`` names them. ``url=`` data is read with urllib as IPython reads it, which Pyodide cannot do:
images and media given by URL are shown by reference instead (``Image(url=...)``, ``Audio(url=...)``,
``Video(url)``), and ``YouTubeVideo`` offers no JPEG thumbnail, as IPython does offline.
"""

import base64
import html
import io
import json
import os
import struct
import warnings
from copy import deepcopy
from pathlib import PurePath

from . import display as _display

CORE = "IPython.core.display"
LIB = "IPython.lib.display"


def _exists(path):
    try:
        return os.path.exists(path)
    except Exception:  # a path that cannot even be asked about is not a file
        return False


def _base64_lines(raw):
    # IPython encodes with binascii.b2a_base64: one line, ending in a newline.
    return base64.b64encode(raw).decode("ascii") + "\n"


# Media types of the system's mime.types that Python's own table lacks: Pyodide has no /etc/mime.types, and a
# <source type="None"> is skipped by the browser.
_MEDIA_TYPES = {".ogg": "audio/ogg", ".oga": "audio/ogg", ".opus": "audio/ogg", ".spx": "audio/ogg",
                ".flac": "audio/flac", ".m4a": "audio/mp4", ".aac": "audio/aac", ".webm": "video/webm",
                ".ogv": "video/ogg", ".mkv": "video/x-matroska", ".mov": "video/quicktime"}


def _media_type(name):
    import mimetypes

    guessed = mimetypes.guess_type(name)[0]
    if guessed is None and not name.startswith("data:"):
        guessed = _MEDIA_TYPES.get(os.path.splitext(name)[1].lower())
    return guessed


def _with_metadata(data, metadata):
    return (data, deepcopy(metadata)) if metadata else data


class DisplayObject:
    """Data for one MIME type, given directly, read from ``filename`` or fetched from ``url``."""

    _read_flags = "r"
    _show_mem_addr = False
    metadata = None

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if isinstance(data, PurePath):
            data = str(data)
        if isinstance(data, str):
            if data.startswith("http") and url is None:
                url, filename, data = data, None, None
            elif filename is None and _exists(data):
                url, filename, data = None, data, None
        self.url = url
        self.filename = filename
        self.data = data
        if metadata is not None:
            self.metadata = metadata
        elif self.metadata is None:
            self.metadata = {}
        self.reload()
        self._check_data()

    def __repr__(self):
        if self._show_mem_addr:
            return object.__repr__(self)
        return "<%s.%s object>" % (type(self).__module__, type(self).__name__)

    def _check_data(self):
        pass

    def _data_and_metadata(self):
        return _with_metadata(self.data, self.metadata)

    def reload(self):
        """Reads the data again from the file or URL it came from."""
        if self.filename is not None:
            binary = "b" in self._read_flags
            with open(self.filename, self._read_flags, encoding=None if binary else "utf-8") as f:
                self.data = f.read()
        elif self.url is not None:
            self.data = _fetch(self.url)


def _fetch(url):
    from urllib.request import urlopen

    response = urlopen(url)
    raw = response.read()
    charset = None
    for part in response.headers.get("content-type", "").split(";"):
        part = part.strip()
        if part.startswith("charset"):
            charset = part.split("=")[-1].strip()
            break
    if "gzip" in response.headers.get("content-encoding", ""):
        import gzip

        return gzip.decompress(raw).decode(charset or "utf-8")
    return raw.decode(charset, "replace") if charset else raw


class TextDisplayObject(DisplayObject):
    """A display object whose data must be text."""

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, str):
            raise TypeError("%s expects text, not %r" % (type(self).__name__, self.data))


class Pretty(TextDisplayObject):
    """Text shown as the object's plain-text representation."""

    def _repr_pretty_(self, pp, cycle):
        return pp.text(self.data)

    # IPython's pretty printer reads _repr_pretty_; this bundle gives the same text/plain to a formatter that
    # does not.
    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": self.data}


class HTML(TextDisplayObject):
    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if data and data[:10].lower().startswith("<iframe ") and data[-10:].lower().endswith("</iframe>"):
            warnings.warn("Consider using IPython.display.IFrame instead")
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)

    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class Math(TextDisplayObject):
    """A formula, shown in display style."""

    def _repr_latex_(self):
        return _with_metadata("$\\displaystyle %s$" % self.data.strip("$"), self.metadata)


class SVG(DisplayObject):
    """An SVG image: of a whole document, only its first ``<svg>`` element is kept."""

    _read_flags = "rb"
    _data = None

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, svg):
        if svg is None:
            self._data = None
            return
        from xml.dom import minidom

        elements = minidom.parseString(svg).getElementsByTagName("svg")
        if elements:
            svg = elements[0].toxml()
        self._data = svg.decode("utf-8") if isinstance(svg, bytes) else svg

    def _repr_svg_(self):
        return self._data_and_metadata()


class ProgressBar(DisplayObject):
    """A progress bar of ``total`` steps; iterating over it advances it, updating its display."""

    def __init__(self, total):
        self.total = total
        self._progress = 0
        self.html_width = "60ex"
        self.text_width = 60
        self._display_id = os.urandom(8).hex()

    def __repr__(self):
        filled = int(self.progress / self.total * self.text_width)
        return "[%s%s] %s/%s" % ("=" * filled, " " * (self.text_width - filled), self.progress, self.total)

    def _repr_html_(self):
        return "<progress style='width:%s' max='%s' value='%s'></progress>" % (self.html_width, self.total,
                                                                                self.progress)

    def display(self):
        _display.display(self, display_id=self._display_id)

    def update(self):
        _display.display(self, display_id=self._display_id, update=True)

    @property
    def progress(self):
        return self._progress

    @progress.setter
    def progress(self, value):
        self._progress = value
        self.update()

    def __iter__(self):
        self.display()
        # The first step of the iteration shows 0.
        self._progress = -1
        return self

    def __next__(self):
        self.progress += 1
        if self.progress < self.total:
            return self.progress
        raise StopIteration()


class JSON(DisplayObject):
    """A dict or list shown as a JSON tree; ``expanded``, ``root`` and any other keywords become its metadata."""

    _data = None

    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root="root", **kwargs):
        self.metadata = {"expanded": expanded, "root": root}
        self.metadata.update(metadata or {})
        self.metadata.update(kwargs)
        super().__init__(data=data, url=url, filename=filename)

    def _check_data(self):
        if self.data is not None and not isinstance(self.data, (dict, list)):
            raise TypeError("%s expects JSONable dict or list, not %r" % (type(self).__name__, self.data))

    @property
    def data(self):
        return self._data

    @data.setter
    def data(self, data):
        if isinstance(data, PurePath):
            data = str(data)
        if isinstance(data, str):
            if self.filename is None and self.url is None:
                warnings.warn("JSON expects JSONable dict or list, not JSON strings")
            data = json.loads(data)
        self._data = data

    def _data_and_metadata(self):
        return self.data, self.metadata

    def _repr_json_(self):
        return self._data_and_metadata()


class GeoJSON(JSON):
    """GeoJSON data for a map, shown as ``application/geo+json``."""

    def _ipython_display_(self):
        _display.display({"application/geo+json": self.data, "text/plain": "<IPython.display.GeoJSON object>"},
                         metadata={"application/geo+json": self.metadata}, raw=True)


def _load_stylesheet(url):
    return "\n\t".join(['var link = document.createElement("link");', 'link.ref = "stylesheet";',
                        'link.type = "text/css";', 'link.href = "%s";' % url,
                        "document.head.appendChild(link);\n"])


def _after_script(url):
    return "\n\t".join(["new Promise(function(resolve, reject) {", 'var script = document.createElement("script");',
                        "script.onload = resolve;", "script.onerror = reject;", 'script.src = "%s";' % url,
                        "document.head.appendChild(script);\n}).then(() => {\n"])


class Javascript(TextDisplayObject):
    """Script source, run after the stylesheets ``css`` and the scripts ``lib`` are loaded."""

    def __init__(self, data=None, url=None, filename=None, lib=None, css=None):
        lib = [lib] if isinstance(lib, str) else ([] if lib is None else lib)
        css = [css] if isinstance(css, str) else ([] if css is None else css)
        if not isinstance(lib, (list, tuple)):
            raise TypeError("expected sequence, got: %r" % lib)
        if not isinstance(css, (list, tuple)):
            raise TypeError("expected sequence, got: %r" % css)
        self.lib = lib
        self.css = css
        super().__init__(data=data, url=url, filename=filename)

    def _repr_javascript_(self):
        return ("".join(_load_stylesheet(c) for c in self.css) + "".join(_after_script(s) for s in self.lib)
                + self.data + "\n});" * len(self.lib))


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8"


def _png_size(data):
    header = data.index(b"IHDR")
    return struct.unpack(">ii", data[header + 4:header + 12])


def _jpeg_size(data):
    # Segment by segment from the first one after the signature, to the start of frame (0xFFC0).
    index = 4
    while True:
        index += struct.unpack(">H", data[index:index + 2])[0]
        if data[index:index + 2] == b"\xff\xc0":
            break
        index += 2
    height, width = struct.unpack(">HH", data[index + 5:index + 9])
    return width, height


def _gif_size(data):
    return struct.unpack("<HH", data[6:10])


def _extension(name):
    base, ext = os.path.splitext(name)
    # As IPython: a name without an extension is its own "extension".
    return ext[1:].lower() if ext else base


class Image(DisplayObject):
    """A PNG, JPEG or GIF image, embedded (from data or a file) or shown by reference (``url=``)."""

    _read_flags = "rb"
    _MIMETYPES = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif"}

    def __init__(self, data=None, url=None, filename=None, format=None, embed=None, width=None, height=None,
                 retina=False, unconfined=False, metadata=None, alt=None):
        if isinstance(data, PurePath):
            data = str(data)
        if filename is not None:
            ext = _extension(filename)
        elif url is not None:
            ext = _extension(url)
        elif data is None:
            raise ValueError("No image data found. Expecting filename, url, or data.")
        elif isinstance(data, str) and (data.startswith("http") or _exists(data)):
            ext = _extension(data)
        else:
            ext = None
        if format is None:
            if ext is not None:
                format = "jpeg" if ext == "jpg" else ext.lower()
            elif isinstance(data, bytes) and data[:2] == _JPEG_SIGNATURE:
                format = "jpeg"
        format = (format or "png").lower()
        self.format = "jpeg" if format == "jpg" else format
        self.embed = embed if embed is not None else url is None
        if self.embed and self.format not in self._MIMETYPES:
            raise ValueError("Cannot embed the '%s' image format" % self.format)
        if self.embed:
            self._mimetype = self._MIMETYPES[self.format]
        self.width = width
        self.height = height
        self.retina = retina
        self.unconfined = unconfined
        self.alt = alt
        super().__init__(data=data, url=url, filename=filename, metadata=metadata)
        if self.width is None and self.metadata.get("width"):
            self.width = self.metadata["width"]
        if self.height is None and self.metadata.get("height"):
            self.height = self.metadata["height"]
        if self.alt is None and self.metadata.get("alt"):
            self.alt = self.metadata["alt"]
        if retina:
            self._retina_shape()

    def _retina_shape(self):
        """Half the pixel size read from the image's header: a retina image is drawn at double density."""
        sizes = {"png": _png_size, "jpeg": _jpeg_size, "gif": _gif_size}
        if not self.embed or self.format not in sizes:
            return
        width, height = sizes[self.format](self.data)
        self.width = width // 2
        self.height = height // 2

    def reload(self):
        if self.embed:
            super().reload()
            if self.retina:
                self._retina_shape()

    def _repr_html_(self):
        if self.embed:
            return None
        attributes = ""
        if self.width:
            attributes += ' width="%d"' % self.width
        if self.height:
            attributes += ' height="%d"' % self.height
        if self.unconfined:
            attributes += ' class="unconfined"'
        if self.alt:
            attributes += ' alt="%s"' % html.escape(self.alt)
        return '<img src="%s"%s/>' % (self.url, attributes)

    def _repr_mimebundle_(self, include=None, exclude=None):
        if not self.embed:
            return {"text/html": self._repr_html_()}
        data, metadata = self._data_and_metadata(always_both=True)
        return {self._mimetype: data}, ({self._mimetype: metadata} if metadata else metadata)

    def _data_and_metadata(self, always_both=False):
        if not isinstance(self.data, (bytes, bytearray, memoryview)):
            raise FileNotFoundError("No such file or directory: '%s'" % (self.data,))
        encoded = _base64_lines(bytes(self.data))
        metadata = dict(self.metadata or {})
        for key in ("width", "height", "unconfined", "alt"):
            if getattr(self, key):
                metadata[key] = getattr(self, key)
        return (encoded, metadata) if metadata or always_both else encoded

    def _repr_png_(self):
        if self.embed and self.format == "png":
            return self._data_and_metadata()
        return None

    def _repr_jpeg_(self):
        if self.embed and self.format == "jpeg":
            return self._data_and_metadata()
        return None


class Video(DisplayObject):
    """A video by URL or local path, or embedded as a data URL when ``embed=True``."""

    def __init__(self, data=None, url=None, filename=None, embed=False, mimetype=None, width=None, height=None,
                 html_attributes="controls"):
        if isinstance(data, PurePath):
            data = str(data)
        if url is None and isinstance(data, str) and data.startswith(("http:", "https:")):
            url, data = data, None
        elif data is not None and _exists(data):
            filename, data = data, None
        if data and not embed:
            raise ValueError("To embed videos, you must pass embed=True (this may make your notebook files huge)\n"
                             "Consider passing Video(url='...')")
        self.mimetype = mimetype
        self.embed = embed
        self.width = width
        self.height = height
        self.html_attributes = html_attributes
        super().__init__(data=data, url=url, filename=filename)

    def _repr_html_(self):
        width = ' width="%d"' % self.width if self.width else ""
        height = ' height="%d"' % self.height if self.height else ""
        if not self.embed:
            source = self.url if self.url is not None else self.filename
            return ('<video src="%s" %s %s %s>\n      Your browser does not support the <code>video</code> element.\n'
                    '    </video>' % (source, self.html_attributes, width, height))
        mimetype = self.mimetype
        if self.filename is not None:
            if not mimetype:
                mimetype = _media_type(self.filename)
            with open(self.filename, "rb") as f:
                video = f.read()
        else:
            video = self.data
        # Text is taken to be base64 already.
        encoded = video if isinstance(video, str) else base64.b64encode(video).decode("ascii")
        return ('<video %s %s %s>\n <source src="data:%s;base64,%s" type="%s">\n Your browser does not support the '
                'video tag.\n </video>' % (self.html_attributes, width, height, mimetype, encoded, mimetype))

    def reload(self):
        # Videos are read when shown, not when made.
        pass


_FIGURE_FORMATS = ("png", "retina", "jpeg", "svg", "pdf")


def set_matplotlib_formats(*formats, **kwargs):
    """Chooses the formats of figures from now on; the kernel draws ``svg`` and ``png`` (also for ``retina``)."""
    from . import figures

    warnings.warn("`set_matplotlib_formats` is deprecated since IPython 7.23, directly use "
                  "`matplotlib_inline.backend_inline.set_matplotlib_formats()`", DeprecationWarning, stacklevel=2)
    unknown = [f for f in formats if f not in _FIGURE_FORMATS]
    if unknown:
        raise ValueError("supported formats are: %s not %s" % (", ".join(map(repr, _FIGURE_FORMATS)),
                                                               ", ".join(map(repr, unknown))))
    figures.configure(["png" if f == "retina" else f for f in formats])


def _display_mimetype(mimetype, objs, raw=False, metadata=None):
    if metadata:
        metadata = {mimetype: metadata}
    if raw:
        objs = [{mimetype: obj} for obj in objs]
    _display.display(*objs, raw=raw, metadata=metadata, include=[mimetype])


def _display_function(mimetype, name):
    def display_mimetype(*objs, **kwargs):
        _display_mimetype(mimetype, objs, **kwargs)

    display_mimetype.__name__ = name
    display_mimetype.__qualname__ = name
    display_mimetype.__module__ = CORE
    display_mimetype.__doc__ = ("Shows the %s representation of each object, or with ``raw=True`` each given %s "
                                "text; ``metadata`` is that representation's metadata." % (mimetype, mimetype))
    return display_mimetype


display_pretty = _display_function("text/plain", "display_pretty")
display_html = _display_function("text/html", "display_html")
display_markdown = _display_function("text/markdown", "display_markdown")
display_svg = _display_function("image/svg+xml", "display_svg")
display_png = _display_function("image/png", "display_png")
display_jpeg = _display_function("image/jpeg", "display_jpeg")
display_latex = _display_function("text/latex", "display_latex")
display_json = _display_function("application/json", "display_json")
display_javascript = _display_function("application/javascript", "display_javascript")
display_pdf = _display_function("application/pdf", "display_pdf")


class Audio(DisplayObject):
    """Sound: samples (a list, or one list per channel, at ``rate``), WAV/MP3/... bytes, a file, or a URL."""

    _read_flags = "rb"

    def __init__(self, data=None, filename=None, url=None, embed=None, rate=None, autoplay=False, normalize=True, *,
                 element_id=None):
        if filename is None and url is None and data is None:
            raise ValueError("No audio data found. Expecting filename, url, or data.")
        if embed is False and url is None:
            raise ValueError("No url found. Expecting url when embed=False")
        self.embed = not (url is not None and embed is not True)
        self.autoplay = autoplay
        self.element_id = element_id
        super().__init__(data=data, url=url, filename=filename)
        if self.data is not None and not isinstance(self.data, bytes):
            if rate is None:
                raise ValueError("rate must be specified when data is a numpy array or list of audio samples.")
            self.data = _wav(data, rate, normalize)

    def reload(self):
        if self.embed:
            super().reload()
        if self.filename is not None:
            self.mimetype = _media_type(self.filename)
        elif self.url is not None:
            self.mimetype = _media_type(self.url)
        else:
            self.mimetype = "audio/wav"

    def _data_and_metadata(self):
        return (self.data, {"url": self.url}) if self.url else self.data

    def _repr_html_(self):
        return ('\n                <audio %s controls="controls" %s>\n                    <source src="%s" type="%s" />\n'
                '                    Your browser does not support the audio element.\n                </audio>\n'
                '              ' % (self.element_id_attr(), self.autoplay_attr(), self.src_attr(), self.mimetype))

    def src_attr(self):
        if self.embed and self.data is not None:
            return "data:%s;base64,%s" % (self.mimetype, base64.b64encode(self.data).decode("ascii"))
        if self.url is not None:
            return self.url
        return ""

    def autoplay_attr(self):
        return 'autoplay="autoplay"' if self.autoplay else ""

    def element_id_attr(self):
        return 'id="%s"' % self.element_id if self.element_id else ""


def _samples(data):
    """``(frames, channels)``: the samples as floats, channels interleaved, from one list or one list per channel."""
    if hasattr(data, "tolist"):  # a numpy array, when numpy is there
        data = data.tolist()
    if not isinstance(data, (list, tuple)):
        raise ValueError("Array audio input must be a 1D or 2D array")
    if not any(isinstance(x, (list, tuple)) for x in data):
        return [float(x) for x in data], 1
    rows = [list(row) if isinstance(row, (list, tuple)) else None for row in data]
    if any(row is None or len(row) != len(rows[0]) for row in rows):
        raise ValueError("setting an array element with a sequence: the channels are not all lists of one length")
    if any(isinstance(x, (list, tuple)) for row in rows for x in row):
        raise ValueError("Array audio input must be a 1D or 2D array")
    return [float(x) for frame in zip(*rows) for x in frame], len(rows)


def _wav(data, rate, normalize):
    """16-bit PCM WAV bytes of the samples, scaled to the full range (unless ``normalize`` is False) as IPython
    scales them with numpy: in double precision, truncated towards zero."""
    import wave

    samples, channels = _samples(data)
    peak = max(abs(x) for x in samples)
    if not normalize and peak > 1:
        raise ValueError("Audio data must be between -1 and 1 when normalize=False.")
    factor = peak if normalize else 1
    # Silence stays silence (numpy's 0/0 gives NaN, which it casts to 0).
    scaled = [int(x / factor * 32767) if factor else 0 for x in samples]
    buffer = io.BytesIO()
    writer = wave.open(buffer, mode="wb")
    writer.setnchannels(channels)
    writer.setframerate(rate)
    writer.setsampwidth(2)
    writer.setcomptype("NONE", "NONE")
    writer.writeframes(struct.pack("<%dh" % len(scaled), *scaled))
    value = buffer.getvalue()
    writer.close()
    return value


class IFrame:
    """A page embedded in an ``<iframe>``; keyword arguments become the query of ``src``."""

    _template = ('\n        <iframe\n            width="%s"\n            height="%s"\n            src="%s%s"\n'
                 '            frameborder="0"\n            allowfullscreen\n            %s\n        ></iframe>\n'
                 '        ')

    def __init__(self, src, width, height, extras=None, **kwargs):
        self.src = src
        self.width = width
        self.height = height
        self.extras = [] if extras is None else extras
        self.params = kwargs

    # IPython shows an object without its own __repr__ as <module.Class at 0x…>: that text, whichever printer
    # formats the text/plain.
    def __repr__(self):
        return "<%s.%s at 0x%x>" % (type(self).__module__, type(self).__qualname__, id(self))

    def _repr_html_(self):
        query = ""
        if self.params:
            from urllib.parse import urlencode

            query = "?" + urlencode(self.params)
        return self._template % (self.width, self.height, self.src, query, " ".join(self.extras))


class YouTubeVideo(IFrame):
    """A YouTube video by its id; keyword arguments are player parameters (``start=30``)."""

    def __init__(self, id, width=400, height=300, allow_autoplay=False, **kwargs):
        self.id = id
        if allow_autoplay:
            kwargs.update(autoplay=1, extras=list(kwargs.get("extras", [])) + ['allow="autoplay"'])
        super().__init__("https://www.youtube.com/embed/%s" % id, width, height, **kwargs)


class VimeoVideo(IFrame):
    """A Vimeo video by its id."""

    def __init__(self, id, width=400, height=300, **kwargs):
        super().__init__("https://player.vimeo.com/video/%s" % id, width, height, **kwargs)


class ScribdDocument(IFrame):
    """A Scribd document by its id (``start_page=``, ``view_mode=``)."""

    def __init__(self, id, width=400, height=300, **kwargs):
        super().__init__("https://www.scribd.com/embeds/%s/content" % id, width, height, **kwargs)


class FileLink:
    """A link to a local file; its text/plain is the absolute path."""

    html_link_str = "<a href='%s' target='_blank'>%s</a>"

    def __init__(self, path, url_prefix="", result_html_prefix="", result_html_suffix="<br>"):
        if os.path.isdir(path):
            raise ValueError("Cannot display a directory using FileLink. Use FileLinks to display '%s'." % path)
        self.path = os.fsdecode(path)
        self.url_prefix = url_prefix
        self.result_html_prefix = result_html_prefix
        self.result_html_suffix = result_html_suffix

    def _format_path(self):
        link = self.html_link_str % (self.url_prefix + html.escape(self.path), html.escape(self.path, quote=False))
        return self.result_html_prefix + link + self.result_html_suffix

    def _repr_html_(self):
        if not os.path.exists(self.path):
            return ("Path (<tt>%s</tt>) doesn't exist. It may still be in the process of being generated, or you may "
                    "have the incorrect path." % self.path)
        return self._format_path()

    def __repr__(self):
        return os.path.abspath(self.path)


class FileLinks(FileLink):
    """Links to the files of a directory (and its subdirectories when ``recursive``), one line each."""

    def __init__(self, path, url_prefix="", included_suffixes=None, result_html_prefix="", result_html_suffix="<br>",
                 notebook_display_formatter=None, terminal_display_formatter=None, recursive=True):
        if os.path.isfile(path):
            raise ValueError("Cannot display a file using FileLinks. Use FileLink to display '%s'." % path)
        self.included_suffixes = included_suffixes
        self.path = path.rstrip("/")
        self.url_prefix = url_prefix
        self.result_html_prefix = result_html_prefix
        self.result_html_suffix = result_html_suffix
        self.notebook_display_formatter = notebook_display_formatter or self._notebook_lines
        self.terminal_display_formatter = terminal_display_formatter or self._terminal_lines
        self.recursive = recursive

    def _shown_files(self, dirname, fnames, included_suffixes):
        return [f for f in fnames if os.path.isfile(os.path.join(dirname, f))
                and (included_suffixes is None or os.path.splitext(f)[1] in included_suffixes)]

    def _notebook_lines(self, dirname, fnames, included_suffixes=None):
        shown = self._shown_files(dirname, fnames, included_suffixes)
        if not shown:
            return []
        before, after = self.result_html_prefix, self.result_html_suffix
        return [before + dirname + "/" + after] + [
            before + "&nbsp;&nbsp;" + self.html_link_str % (self.url_prefix + dirname + "/" + f, f) + after
            for f in shown]

    def _terminal_lines(self, dirname, fnames, included_suffixes=None):
        shown = self._shown_files(dirname, fnames, included_suffixes)
        return [dirname + "/"] + ["  " + f for f in shown] if shown else []

    def _walk(self):
        walked = list(os.walk(self.path)) if self.recursive else [next(os.walk(self.path))]
        return sorted(walked)

    def _format_path(self):
        lines = []
        for dirname, _, fnames in self._walk():
            lines += self.notebook_display_formatter(dirname, fnames, self.included_suffixes)
        return "\n".join(lines)

    def __repr__(self):
        lines = []
        for dirname, _, fnames in self._walk():
            lines += self.terminal_display_formatter(dirname, fnames, self.included_suffixes)
        return "\n".join(lines)


class Code(TextDisplayObject):
    """Source code, highlighted by Pygments when Pygments can be imported, else shown as plain preformatted text."""

    def __init__(self, data=None, url=None, filename=None, language=None):
        self.language = language
        super().__init__(data=data, url=url, filename=filename)

    def _get_lexer(self):
        from pygments import lexers

        if self.language:
            return lexers.get_lexer_by_name(self.language)
        if self.filename:
            return lexers.get_lexer_for_filename(self.filename)
        return lexers.guess_lexer(self.data)

    def __repr__(self):
        return self.data

    # IPython's pretty printer shows a repr line by line, so without a final newline: the same text/plain for a
    # formatter that only calls repr.
    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"text/plain": "\n".join(self.data.splitlines())}

    def _repr_html_(self):
        try:
            from pygments import highlight
            from pygments.formatters import HtmlFormatter
        except ImportError:
            return "<pre>%s</pre>" % html.escape(self.data)
        formatter = HtmlFormatter()
        return "<style>%s</style>" % formatter.get_style_defs(".output_html") + highlight(
            self.data, self._get_lexer(), formatter)

    def _repr_latex_(self):
        try:
            from pygments import highlight
            from pygments.formatters import LatexFormatter
        except ImportError:
            return None
        return highlight(self.data, self._get_lexer(), LatexFormatter())


for _class in (DisplayObject, TextDisplayObject, Pretty, HTML, Markdown, Latex, Math, SVG, ProgressBar, JSON, GeoJSON,
               Javascript, Image, Video):
    _class.__module__ = CORE
for _class in (Audio, IFrame, YouTubeVideo, VimeoVideo, ScribdDocument, FileLink, FileLinks, Code):
    _class.__module__ = LIB
for _function in (set_matplotlib_formats,):
    _function.__module__ = CORE

CORE_EXPORTS = ["display_pretty", "display_html", "display_markdown", "display_svg", "display_png", "display_jpeg",
                "display_latex", "display_json", "display_javascript", "display_pdf", "DisplayObject",
                "TextDisplayObject", "Pretty", "HTML", "Markdown", "Math", "Latex", "SVG", "ProgressBar", "JSON",
                "GeoJSON", "Javascript", "Image", "set_matplotlib_formats", "Video"]
LIB_EXPORTS = ["Audio", "IFrame", "YouTubeVideo", "VimeoVideo", "ScribdDocument", "FileLink", "FileLinks", "Code"]
