"""Text streams that turn writes into Jupyter ``stream`` messages while the cell runs.

Writes are batched: a burst of small writes (``print`` writes the text and the newline separately) becomes one
message, yet output still reaches the page every ``interval`` seconds while a long cell runs.
"""

import io
import time


class StreamPair:
    """stdout and stderr for one kernel, flushed so that the page sees their text in the order it was written."""

    def __init__(self, send, interval=0.05, limit=1 << 16, clock=time.monotonic):
        self._send = send
        self._interval = interval
        self._limit = limit
        self._clock = clock
        self._name = None
        self._parts = []
        self._size = 0
        self._last = clock()
        self.stdout = StreamWriter("stdout", self)
        self.stderr = StreamWriter("stderr", self)

    def write(self, name, text):
        if name != self._name:
            self.flush()
            self._name = name
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self._limit or self._clock() - self._last >= self._interval:
            self.flush()

    def flush(self):
        """Sends what is buffered; call before any other message so order is kept."""
        if self._parts:
            text = "".join(self._parts)
            self._parts = []
            self._size = 0
            self._send(self._name, text)
        self._last = self._clock()


class StreamWriter(io.TextIOBase):
    """One writable text stream of a :class:`StreamPair`."""

    def __init__(self, name, pair):
        super().__init__()
        self._name = name
        self._pair = pair

    @property
    def name(self):
        return self._name

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        if text:
            self._pair.write(self._name, text)
        return len(text)

    def flush(self):
        self._pair.flush()

    def isatty(self):
        return False
