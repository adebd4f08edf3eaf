"""Runs cells in the kernel under CPython with Debian's real matplotlib, for test_figures.

Run by /usr/bin/python3 (python3-matplotlib; the kernel's own tests see no site-packages). The kernel's package is
put on sys.path; the kernel chooses the backend itself (MPLBACKEND), as it does in Pyodide. Reads
``{"formats": [...], "cells": [...]}`` as JSON on stdin and writes, for each cell, the messages it sent (type and
content) as JSON.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))
sys.path.insert(0, HERE)

from jupyterkit_kernel import Kernel  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402


def main():
    request = json.load(sys.stdin)
    # Whatever the environment said: the kernel's choice must be what matplotlib uses.
    os.environ.pop("MPLBACKEND", None)
    recorder = Recorder()
    kernel = Kernel(recorder, options_json=json.dumps({"figure_formats": request["formats"]}))
    results = []
    for source in request["cells"]:
        run_cell(kernel, recorder, source)
        results.append([{"type": m["header"]["msg_type"], "content": m["content"]} for m in recorder.messages])
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
