"""``%%capture``: the cell's stdout, stderr and displays kept in a ``CapturedIO``, as IPython's capture_output keeps
them (the last expression's value too, as a display, and nothing shown)."""

import io
import sys

from . import display
from .formatting import mime_bundle


class RichOutput:
    """One captured display: its MIME bundle, shown again by ``display()``."""

    __module__ = "IPython.utils.capture"

    def __init__(self, data=None, metadata=None, transient=None, update=False):
        self.data = data or {}
        self.metadata = metadata or {}
        self.transient = transient or {}
        self.update = update

    def display(self):
        display.publish_display_data(self.data, self.metadata, transient=self.transient, update=self.update)

    def _repr_mimebundle_(self, include=None, exclude=None):
        return self.data, self.metadata


class CapturedIO:
    """``stdout`` and ``stderr`` as text, ``outputs`` as RichOutput objects; ``show()`` (or calling it) replays them."""

    __module__ = "IPython.utils.capture"

    def __init__(self, stdout, stderr, outputs=None):
        self._stdout = stdout
        self._stderr = stderr
        self._outputs = [] if outputs is None else outputs

    def __str__(self):
        return self.stdout

    @property
    def stdout(self):
        return self._stdout.getvalue() if self._stdout else ""

    @property
    def stderr(self):
        return self._stderr.getvalue() if self._stderr else ""

    @property
    def outputs(self):
        return [RichOutput(**kept) for kept in self._outputs]

    def show(self):
        sys.stdout.write(self.stdout)
        sys.stderr.write(self.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        for output in self.outputs:
            output.display()

    __call__ = show


class capture_output:
    """Keeps what runs inside: the streams asked for, and displays unless ``display`` is False."""

    def __init__(self, shell, stdout=True, stderr=True, display=True):
        self.shell = shell
        self.stdout = stdout
        self.stderr = stderr
        self.display = display

    def __enter__(self):
        self._saved = sys.stdout, sys.stderr
        out = err = outputs = None
        if self.stdout:
            out = sys.stdout = io.StringIO()
        if self.stderr:
            err = sys.stderr = io.StringIO()
        if self.display:
            outputs = []
            self._restore = self.shell.kernel.divert_displays(lambda msg_type, content: _keep(outputs, msg_type,
                                                                                               content))
            self._saved_hook = self.shell.displayhook
            self.shell.displayhook = lambda value: _keep_result(outputs, value)
        return CapturedIO(out, err, outputs)

    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self._saved
        if self.display:
            self._restore()
            self.shell.displayhook = self._saved_hook
        return False


def _keep(outputs, msg_type, content):
    if msg_type == "clear_output":
        outputs.clear()
        return True
    if msg_type in ("display_data", "update_display_data"):
        outputs.append({"data": content.get("data"), "metadata": content.get("metadata"),
                        "transient": content.get("transient"), "update": msg_type == "update_display_data"})
        return True
    return False


def _keep_result(outputs, value):
    if value is not None:
        data, metadata = mime_bundle(value)
        outputs.append({"data": data, "metadata": metadata})
