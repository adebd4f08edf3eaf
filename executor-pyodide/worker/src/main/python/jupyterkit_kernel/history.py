"""IPython's input and output history: ``In``, ``Out``, ``_``, ``__``, ``___``, ``_n``, ``_i``, ``_ii``, ``_iii``, ``_in``.

What is kept follows IPython: ``In[0]`` is ``''`` and ``In[n]`` is cell n after its magics were turned into calls,
``_in`` its text as typed; ``_i``, ``_ii``, ``_iii`` are the three cells before the one running. A result is kept (in
``Out[n]``, ``_n`` and ``_``) only when the cell's last expression has a value other than None and the cell does not end
with ``;``. The user's own ``_`` (or ``__``, ``___``) stops all three from moving. Cells that are only ``exit``/``quit``
are not stored in ``In``.
"""

import io
import os
import re
import tokenize

_EXIT = re.compile(r"(exit|quit)(\s*\(.*\))?$")
# IPython drops the oldest outputs once this many are kept.
CACHE_SIZE = 1000


def ends_with_semicolon(source):
    """Whether the cell's last token, past comments and blank lines, is ``;``: IPython then shows no result."""
    if ";" not in source:
        # Most cells: nothing to tokenize.
        return False
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return False
    for token in reversed(tokens):
        if token.type in (tokenize.ENDMARKER, tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT):
            continue
        return token.type == tokenize.OP and token.string == ";"
    return False


class History:
    """Keeps the history in ``namespace``, the user's variables, under the names IPython uses."""

    def __init__(self, namespace):
        self.namespace = namespace
        self.inputs = [""]
        self.outputs = {}
        self._previous = ["", "", "", ""]  # the raw sources of the cells before: _i00, _i, _ii, _iii
        self._unders = ["", "", ""]
        namespace.update({"In": self.inputs, "_ih": self.inputs, "Out": self.outputs, "_oh": self.outputs,
                          "_dh": [_cwd()], "_": "", "__": "", "___": ""})

    HIDDEN = ("In", "_ih", "Out", "_oh", "_dh")

    def last_input(self):
        return self.inputs[-1]

    def store_input(self, count, source, raw):
        """Cell ``count`` is about to run: ``source`` is what runs, ``raw`` what the reader wrote."""
        source = source.rstrip("\n")
        raw = raw.rstrip("\n")
        if _EXIT.match(raw.strip()):
            return
        self.inputs.append(source)
        latest, first, second, _ = self._previous
        self._previous = [raw, latest, first, second]
        self.namespace.update({"_i": latest, "_ii": first, "_iii": second, "_i%d" % count: raw})

    def store_output(self, count, result):
        """The value the cell ``count`` shows as its result."""
        if result is self.outputs:
            return
        if len(self.outputs) >= CACHE_SIZE:
            self._cull()
        ns = self.namespace
        untouched = all(name not in ns or ns[name] is value
                        for name, value in zip(("_", "__", "___"), self._unders))
        self._unders = [result] + self._unders[:2]
        if untouched:
            ns.update(zip(("_", "__", "___"), self._unders))
        ns["_%d" % count] = result
        self.outputs[count] = result

    def _cull(self):
        import warnings

        size = len(self.outputs)
        dropped = max(int(size * 0.2), 2)
        warnings.warn("Output cache limit (currently %d entries) hit.\nFlushing oldest %d entries." % (size, dropped))
        for number in sorted(self.outputs)[:dropped]:
            self.namespace.pop("_%d" % number, None)
            self.outputs.pop(number, None)


def _cwd():
    try:
        return os.getcwd()
    except OSError:
        return "/"
