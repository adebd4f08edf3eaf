"""Runs display cells under the real IPython and records what they show: the oracle of test_display_objects.

Run by Debian's /usr/bin/python3 with python3-ipython (not by the kernel's tests, which see no site-packages), in
the directory of the test's fixture files. Reads ``{"setup": source, "cells": [source, ...]}`` on stdin; runs the
setup and then each cell in a fresh namespace; writes, for each cell, the list of what it showed, in order:
``["display", data, metadata, transient]``, ``["update", data, metadata, transient]``, ``["clear", wait]``,
``["result", data, metadata]`` (its last expression, formatted by the display formatter as the displayhook
formats it) or ``["error", exception type name]`` (of the cell, or of a formatter that failed). Nothing is fetched from the network (the kernel in a browser
fetches nothing either).
"""

import ast
import base64
import io
import json
import sys
import urllib.request
import warnings

from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config


def jsonable(value):
    # Raw bytes from a _repr_*_ method: ipykernel sends them as base64, as the kernel does.
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def offline(url, *args, **kwargs):
    raise OSError("offline: %s is not fetched" % url)


def main():
    # Answers must not depend on the network: YouTubeVideo fetches a thumbnail when it can, the kernel never does.
    urllib.request.urlopen = offline
    request = json.load(sys.stdin)
    config = Config()
    # Nothing is written to the profile directory.
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config, colors="NoColor")
    shown = []

    def publish(data, metadata=None, source=None, *, transient=None, update=False, **kwargs):
        shown.append(["update" if update else "display", jsonable(data), jsonable(metadata or {}), transient or {}])

    shell.display_pub.publish = publish
    shell.display_pub.clear_output = lambda wait=False: shown.append(["clear", wait])
    # A failing formatter: ipykernel sends its traceback as an error output (and leaves that MIME type out).
    shell.showtraceback = lambda exc_tuple=None, *args, **kwargs: shown.append(
        ["error", (exc_tuple or sys.exc_info())[0].__name__])
    warnings.simplefilter("ignore")
    # Tracebacks of failing formatters and anything the cells print must not mix with the answer.
    answer, sys.stdout = sys.stdout, io.StringIO()
    results = []
    for source in request["cells"]:
        shown.clear()
        namespace = {"__name__": "__main__"}
        try:
            exec(request["setup"], namespace)
            tree = ast.parse(source)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, "<cell>", "exec"), namespace)
            if last is not None:
                value = eval(compile(ast.Expression(last.value), "<cell>", "eval"), namespace)
                if value is not None:
                    data, metadata = shell.display_formatter.format(value)
                    # As ipykernel's displayhook: nothing is sent when the object displayed itself.
                    if data:
                        shown.append(["result", jsonable(data), jsonable(metadata)])
        except Exception as exc:  # the cell's failure is what is compared
            shown.append(["error", type(exc).__name__])
        results.append(list(shown))
    json.dump(results, answer)


if __name__ == "__main__":
    main()
