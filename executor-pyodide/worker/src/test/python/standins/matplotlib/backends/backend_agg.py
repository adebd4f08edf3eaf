"""STAND-IN for matplotlib.backends.backend_agg: only the canvas class a backend module names."""


class FigureCanvasAgg:
    def __init__(self, figure=None):
        self.figure = figure
