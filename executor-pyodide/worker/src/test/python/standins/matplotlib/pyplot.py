"""STAND-IN for matplotlib.pyplot (see ../README.md): a figure registry and real SVG/PNG output of line plots."""

import importlib
import os
import struct
import zlib

_figures = {}
_current = None


class Line2D:
    def __init__(self, ys):
        self.ys = list(ys)

    def __repr__(self):
        return "<matplotlib.lines.Line2D object (stand-in)>"


class Figure:
    def __init__(self, number):
        self.number = number
        self.lines = []

    def __repr__(self):
        return "<Figure size 640x480 with %d Axes>" % (1 if self.lines else 0)

    def savefig(self, fname, format="png", **kwargs):
        if format == "svg":
            points = " ".join("%d,%s" % (x, y) for line in self.lines for x, y in enumerate(line.ys))
            data = ('<?xml version="1.0" encoding="utf-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="64" '
                    'height="48" viewBox="0 0 64 48"><polyline class="stand-in-line" fill="none" stroke="blue" '
                    'points="%s"/></svg>\n' % points).encode("utf-8")
        elif format == "png":
            data = _png(max(1, len(self.lines[0].ys) if self.lines else 1), 3)
        else:
            raise ValueError("Format %r is not supported (stand-in: svg, png)" % format)
        fname.write(data)


def _png(width, height):
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\x30\x60\xc0" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def figure(num=None):
    global _current
    if num is None:
        num = max(_figures, default=0) + 1
    if num not in _figures:
        _figures[num] = Figure(num)
    _current = _figures[num]
    return _current


def gcf():
    return _current if _current is not None and _current.number in _figures else figure()


def plot(ys):
    line = Line2D(ys)
    gcf().lines.append(line)
    return [line]


def get_fignums():
    return sorted(_figures)


def close(which=None):
    global _current
    if which == "all":
        _figures.clear()
    elif _current is not None:
        _figures.pop(_current.number, None)
    _current = None


def _backend_module():
    name = os.environ.get("MPLBACKEND", "")
    return importlib.import_module(name[len("module://"):]) if name.startswith("module://") else None


# As real matplotlib, the backend named by MPLBACKEND is what show() defers to.
_backend = _backend_module()


def show(*args, **kwargs):
    if _backend is not None and hasattr(_backend, "show"):
        return _backend.show(*args, **kwargs)
    return None
