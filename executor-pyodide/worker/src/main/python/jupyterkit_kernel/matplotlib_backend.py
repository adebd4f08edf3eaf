"""The matplotlib backend cells use (``MPLBACKEND=module://jupyterkit_kernel.matplotlib_backend``).

Agg draws; ``show()`` puts the open figures into the running cell's output instead of opening a window.
"""

from matplotlib.backends.backend_agg import FigureCanvasAgg as FigureCanvas  # noqa: F401 - matplotlib reads it

from . import figures


def show(*args, **kwargs):
    figures.capture()
