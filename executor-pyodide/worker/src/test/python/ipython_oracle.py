"""Runs cells under the real IPython and prints each cell's traceback: the oracle of test_tracebacks.

Run by Debian's /usr/bin/python3 with python3-ipython (not by the kernel's tests, which see no site-packages). Reads
a JSON list of cell sources on stdin and writes a JSON list with, for each cell, its traceback lines (no colours) or
null when the cell raised nothing.
"""

import json
import sys

from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config


def main():
    cells = json.load(sys.stdin)
    config = Config()
    # Nothing is written to the profile directory.
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config, colors="NoColor")
    tracebacks = []
    # What ipykernel overrides too: the structured traceback, before it is printed.
    shell._showtraceback = lambda etype, evalue, stb: tracebacks.append(stb)
    results = []
    for source in cells:
        tracebacks.clear()
        shell.run_cell(source, store_history=True)
        results.append("\n".join(tracebacks[-1]).split("\n") if tracebacks else None)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
