"""Answers completion and inspection requests with the real IPython: the oracle of test_introspection_oracle.

Run by Debian's /usr/bin/python3 with python3-ipython and the python3-jedi it depends on (not by the kernel's tests,
which see no site-packages). Reads JSON ``{"setup": code, "complete": [code, ...], "inspect": [[name, level], ...]}``
on stdin, runs the setup as a cell, and writes for each completion the content ipykernel's experimental completer
replies with (its ``_experimental_do_complete``: IPython's ``Completer.completions`` through
``rectify_completions``), and for each inspection IPython's ``object_inspect_text`` without colours.
"""

import json
import re
import sys

from IPython.core.completer import provisionalcompleter, rectify_completions
from IPython.core.interactiveshell import InteractiveShell
from traitlets.config import Config


def complete(shell, code):
    cursor = len(code)
    with provisionalcompleter():
        completions = list(rectify_completions(code, shell.Completer.completions(code, cursor)))
    items = [{"start": c.start, "end": c.end, "text": c.text, "type": c.type, "signature": c.signature}
             for c in completions]
    start, end = (completions[0].start, completions[0].end) if completions else (cursor, cursor)
    return {"matches": [c.text for c in completions], "cursor_start": start, "cursor_end": end,
            "metadata": {"_jupyter_types_experimental": items}, "status": "ok"}


def main():
    request = json.load(sys.stdin)
    config = Config()
    # Nothing is written to the profile directory.
    config.HistoryManager.enabled = False
    shell = InteractiveShell.instance(config=config, colors="NoColor")
    shell.run_cell(request["setup"], store_history=True)
    result = {
        "complete": [complete(shell, code) for code in request["complete"]],
        "inspect": [re.sub(r"\x1b\[[0-9;]*m", "", shell.object_inspect_text(name, detail_level=level))
                    for name, level in request["inspect"]],
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
