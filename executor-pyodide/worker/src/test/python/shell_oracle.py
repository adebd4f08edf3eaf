"""Runs cells under the real IPython as ipykernel's shell would, and reports what a notebook reader sees of each:
the oracle of test_shell_semantics.

Run by Debian's /usr/bin/python3 with python3-ipython (not by the kernel's tests, which see no site-packages). There
is no ipykernel here, so the parts of its shell that decide what a reader sees are stood in for as ipykernel does
them: the display hook sends the result instead of printing ``Out[n]:``, displays are sent rather than printed,
tracebacks go out as error messages, ``exit``/``quit`` are IPython's ``ZMQExitAutocall`` and asking to exit is
recorded. Reads a JSON list of cell sources on stdin; writes, for each cell, the list of its events in order:
``["stream", name, text]``, ``["result", count, text/plain, its MIME types]``, ``["display", data, metadata]``,
``["error", ename, evalue, traceback lines]``, ``["ask_exit", keepkernel]``.
"""

import json
import sys

from IPython.core.autocall import ZMQExitAutocall
from IPython.core.displayhook import DisplayHook
from IPython.core.displaypub import DisplayPublisher
from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config

events = []


class Stream:
    """sys.stdout or sys.stderr of the kernel: every write is an event."""

    encoding = "utf-8"

    def __init__(self, name):
        self.name = name

    def write(self, text):
        if text:
            events.append(["stream", self.name, text])
        return len(text)

    def flush(self):
        pass

    def isatty(self):
        return False


class SendingDisplayHook(DisplayHook):
    """As ipykernel's ZMQShellDisplayHook: the result is sent, not printed."""

    def write_output_prompt(self):
        pass

    def write_format_data(self, format_dict, md_dict=None):
        events.append(["result", self.shell.execution_count, format_dict.get("text/plain"), sorted(format_dict)])

    def finish_displayhook(self):
        pass


class SendingDisplayPublisher(DisplayPublisher):
    def publish(self, data, metadata=None, source=None, *, transient=None, update=False):
        events.append(["display", data, metadata or {}])

    def clear_output(self, wait=False):
        events.append(["clear_output", wait])


def main():
    cells = json.load(sys.stdin)
    config = Config()
    # Nothing is written to the profile directory.
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config, colors="NoColor")
    hook = SendingDisplayHook(shell=shell, cache_size=shell.cache_size)
    shell.displayhook = hook
    shell.display_trap.hook = hook
    shell.display_pub = SendingDisplayPublisher(shell=shell)
    shell._showtraceback = lambda etype, evalue, stb: events.append(
        ["error", etype.__name__, str(evalue), "\n".join(stb).split("\n")])
    exiter = ZMQExitAutocall(shell)
    shell.user_ns["exit"] = shell.user_ns["quit"] = exiter
    shell.user_ns_hidden["exit"] = shell.user_ns_hidden["quit"] = exiter
    shell.ask_exit = lambda: events.append(["ask_exit", bool(shell.keepkernel_on_exit)])
    results = []
    saved = sys.stdout, sys.stderr
    for source in cells:
        events.clear()
        sys.stdout, sys.stderr = Stream("stdout"), Stream("stderr")
        try:
            shell.run_cell(source, store_history=True)
        finally:
            sys.stdout, sys.stderr = saved
        results.append(json.loads(json.dumps(events, default=repr)))
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
