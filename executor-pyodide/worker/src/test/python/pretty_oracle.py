"""Prints IPython's ``text/plain`` of values: the oracle of test_pretty.

Run by Debian's /usr/bin/python3 with python3-ipython (not by the kernel's tests, which see no site-packages). Reads
a JSON list of ``[setup, expression]`` pairs on stdin; for each, runs ``setup`` in a fresh ``__main__`` namespace,
evaluates ``expression`` there and formats the value with IPython's display formatter. Writes a JSON list with, for
each pair, ``{"text": text/plain}``, or ``{"error": [exception name, message]}`` when the formatter failed.
"""

import builtins
import json
import sys

from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config


def main():
    cases = json.load(sys.stdin)
    config = Config()
    # Nothing is written to the profile directory.
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config, colors="NoColor")
    failures = []
    # The formatter reports a failing __repr__ through showtraceback and leaves text/plain out.
    shell.showtraceback = lambda exc_tuple=None, *args, **kwargs: failures.append(exc_tuple or sys.exc_info())
    results = []
    for setup, expression in cases:
        namespace = {"__name__": "__main__", "__builtins__": builtins}
        exec(compile(setup, "<setup>", "exec"), namespace)
        value = eval(compile(expression, "<expression>", "eval"), namespace)
        failures.clear()
        data, _ = shell.display_formatter.format(value)
        if "text/plain" in data:
            results.append({"text": data["text/plain"]})
        else:
            kind, error = failures[-1][:2]
            results.append({"error": [kind.__name__, str(error)]})
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
