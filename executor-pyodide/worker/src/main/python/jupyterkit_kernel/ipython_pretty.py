"""``IPython.lib.pretty`` of the fallback IPython package: IPython's API over the kernel's pretty printer.

Printers that write to an ``output`` stream, as IPython's do; ``for_type``/``for_type_by_name`` register printers
for ``pretty()`` (a shell's display formatter keeps its own, through ``formatters['text/plain'].for_type``).
"""

import sys

from . import pretty as _pretty
from .pretty import MAX_SEQ_LENGTH, CallExpression, RawText, for_type, for_type_by_name

__all__ = ["pretty", "pprint", "PrettyPrinter", "RepresentationPrinter", "for_type", "for_type_by_name",
           "RawText", "CallExpression"]


class PrettyPrinter(_pretty.PrettyPrinter):
    """The layout engine writing to ``output`` (anything with ``write``) as lines are settled."""

    def __init__(self, output, max_width=79, newline="\n", max_seq_length=MAX_SEQ_LENGTH):
        super().__init__(max_width, max_seq_length, newline)
        self.output = output

    def flush(self):
        super().flush()
        self.output.write("".join(self.written))
        self.written.clear()


class RepresentationPrinter(PrettyPrinter):
    """Prints objects (``pretty(obj)``) with the given printers: by type, by ``(module, name)``."""

    def __init__(self, output, verbose=False, max_width=79, newline="\n", singleton_pprinters=None,
                 type_pprinters=None, deferred_pprinters=None, max_seq_length=MAX_SEQ_LENGTH):
        super().__init__(output, max_width, newline, max_seq_length)
        self.verbose = verbose
        self.singleton_pprinters = singleton_pprinters if singleton_pprinters is not None else {}
        if type_pprinters is not None:
            self.type_pprinters = type_pprinters
        if deferred_pprinters is not None:
            self.deferred_pprinters = deferred_pprinters

    def pretty(self, obj):
        printer = self.singleton_pprinters.get(id(obj))
        if printer is not None:
            return printer(obj, self, False)
        return super().pretty(obj)


def pretty(obj, verbose=False, max_width=79, newline="\n", max_seq_length=MAX_SEQ_LENGTH):
    """``obj`` as a pretty-printed string."""
    printer = _pretty.PrettyPrinter(max_width, max_seq_length, newline)
    printer.verbose = verbose
    printer.pretty(obj)
    printer.flush()
    return "".join(printer.written)


def pprint(obj, verbose=False, max_width=79, newline="\n", max_seq_length=MAX_SEQ_LENGTH):
    """Prints ``obj`` pretty-printed to stdout, then a new line."""
    sys.stdout.write(pretty(obj, verbose, max_width, newline, max_seq_length))
    sys.stdout.write(newline)
    sys.stdout.flush()
