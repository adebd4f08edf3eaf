"""matplotlib figures in cell output: drawn with Agg inside the worker, shown as display_data in the chosen formats.

Figures still open when a cell ends are shown and closed, as Jupyter's inline backend does; ``plt.show()`` shows
them at once. Nothing here imports matplotlib: capture only looks at ``pyplot`` when the cell imported it.
"""

import base64
import io
import os
import sys

from . import display

BACKEND = "module://jupyterkit_kernel.matplotlib_backend"
MIME_TYPES = {"svg": "image/svg+xml", "png": "image/png"}

_formats = ["svg"]


def configure(formats):
    """Uses the backend for figures matplotlib makes from now on, capturing them in ``formats``."""
    global _formats
    _formats = [f for f in formats if f in MIME_TYPES] or ["svg"]
    # Read by matplotlib when pyplot is first imported; Pyodide's own default backend draws into a DOM.
    os.environ["MPLBACKEND"] = BACKEND


def open_figures():
    """Whether pyplot has figures open, which ``capture`` would show."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    return pyplot is not None and bool(pyplot.get_fignums())


def capture():
    """Shows every open pyplot figure as one display_data output each, then closes them."""
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is None:
        return
    for number in list(pyplot.get_fignums()):
        figure = pyplot.figure(number)
        try:
            data = figure_bundle(figure)
        except Exception as exc:  # one figure that cannot be drawn must not hide the others
            print("Could not draw figure %s: %s" % (number, exc), file=sys.stderr)
            continue
        display.publish_display_data(data)
    pyplot.close("all")


def figure_bundle(figure):
    data = {"text/plain": repr(figure)}
    for fmt in _formats:
        buffer = io.BytesIO()
        figure.savefig(buffer, format=fmt, bbox_inches="tight")
        raw = buffer.getvalue()
        if fmt == "svg":
            data[MIME_TYPES[fmt]] = raw.decode("utf-8")
        else:
            data[MIME_TYPES[fmt]] = base64.b64encode(raw).decode("ascii")
    return data
