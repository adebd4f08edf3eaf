"""The kernel: runs ``execute_request`` messages and answers with iopub messages through one callback."""

import builtins
import json
import sys

from . import display as display_module
from . import execution
from . import magics
from .formatting import mime_bundle
from .messages import new_message, to_json
from .streams import StreamPair


class Kernel:
    """Executes cells in one shared namespace, numbering them as Jupyter does.

    ``emit`` receives the JSON text of each message as it happens, so output streams while the cell runs.
    """

    def __init__(self, emit, wait=None, read_input=None):
        self._emit = emit
        self.execution_count = 0
        self.namespace = {"__name__": "__main__", "__builtins__": builtins, "__jupyterkit_magics__": magics}
        self._parent = None
        self._streams = StreamPair(self._send_stream)
        display_module.set_publisher(self._send)
        display_module.install()
        if wait is not None:
            install_interruptible_sleep(wait)
        self._read_input = read_input
        builtins.input = self.input
        import getpass

        getpass.getpass = lambda prompt="Password: ", stream=None: self.input(prompt, password=True)

    NO_STDIN = ("input() needs the page to be cross-origin isolated: serve it with the headers "
                "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp.")

    def input(self, prompt="", password=False):
        """Asks the page for a line, as Jupyter's input_request does; blocks until it is answered."""
        if self._read_input is None:
            raise RuntimeError(self.NO_STDIN)
        self._streams.flush()
        value = self._read_input(str(prompt), bool(password))
        if value is None:
            raise KeyboardInterrupt()
        # The answer stays visible in the output, as in Jupyter (masked for passwords).
        sys.stdout.write("%s%s\n" % (prompt, "·" * len(value) if password else value))
        return value

    def _send(self, msg_type, content, metadata=None):
        if msg_type != "stream":
            self._streams.flush()
        self._emit(to_json(new_message(msg_type, content, self._parent, metadata)))

    def _send_stream(self, name, text):
        self._send("stream", {"name": name, "text": text})

    def execute(self, request_json):
        """Runs one ``execute_request`` (JSON text). Returns None when done, or an awaitable for async cells."""
        request = json.loads(request_json)
        self._parent = request.get("header", {})
        code = request.get("content", {}).get("code", "")
        self._send("status", {"execution_state": "busy"})
        self.execution_count += 1
        count = self.execution_count
        self._send("execute_input", {"code": code, "execution_count": count})
        filename = execution.cell_filename(count)
        execution.register_source(filename, code)
        saved = sys.stdout, sys.stderr
        self._streams.flush()
        sys.stdout, sys.stderr = self._streams.stdout, self._streams.stderr
        try:
            cell = execution.CompiledCell(magics.transform(code), filename)
            if cell.is_async:
                return self._finish_async(cell, count, saved)
            result = execution.run_sync(cell, self.namespace)
        except BaseException as exc:  # noqa: B902 - the user's KeyboardInterrupt and SystemExit are cell errors too
            sys.stdout, sys.stderr = saved
            self._reply_error(exc, count)
            return None
        sys.stdout, sys.stderr = saved
        self._reply_ok(result, count)
        return None

    async def _finish_async(self, cell, count, saved):
        try:
            result = await execution.run_async(cell, self.namespace)
        except BaseException as exc:  # noqa: B902
            sys.stdout, sys.stderr = saved
            self._reply_error(exc, count)
            return
        sys.stdout, sys.stderr = saved
        self._reply_ok(result, count)

    def _reply_ok(self, result, count):
        if result is not None:
            self.namespace["_"] = result
            try:
                data, metadata = mime_bundle(result)
            except Exception as exc:  # a broken _repr_ is reported, not fatal
                self._reply_error(exc, count)
                return
            self._send("execute_result", {"data": data, "metadata": metadata, "execution_count": count})
        self._send("execute_reply", {"status": "ok", "execution_count": count, "user_expressions": {},
                                     "payload": []})
        self._send("status", {"execution_state": "idle"})

    def _reply_error(self, exc, count):
        # Imported on the first error: the traceback machinery is not needed to start.
        from .tracebacks import format_exception

        ename, evalue, traceback = format_exception(exc)
        self._send("error", {"ename": ename, "evalue": evalue, "traceback": traceback})
        self._send("execute_reply", {"status": "error", "execution_count": count, "ename": ename,
                                     "evalue": evalue, "traceback": traceback})
        self._send("status", {"execution_state": "idle"})


def install_interruptible_sleep(wait, clock=None):
    """Replaces ``time.sleep`` with one the page can interrupt.

    ``wait(seconds)`` blocks at most that long on the shared interrupt signal and returns True when the page
    interrupted (having taken the signal), so the sleeping cell raises KeyboardInterrupt at once instead of after
    the full sleep.
    """
    import time

    monotonic = clock or time.monotonic

    def sleep(seconds):
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        end = monotonic() + seconds
        while True:
            remaining = end - monotonic()
            if remaining <= 0:
                return
            if wait(min(remaining, 0.25)):
                raise KeyboardInterrupt()

    sleep.__doc__ = time.sleep.__doc__
    time.sleep = sleep
