"""IPython-style tracebacks: ``Cell In[n], line L`` with the source lines, and none of the kernel's own frames."""

import linecache
import os
import re
import traceback

RED = "\x1b[31m"
GREEN = "\x1b[32m"
CYAN = "\x1b[36m"
BOLD_RED = "\x1b[1;31m"
RESET = "\x1b[0m"
_RULE = "-" * 75
_CELL_FILE = re.compile(r"^<cell-(\d+)>$")
_KERNEL_DIR = os.path.dirname(os.path.abspath(__file__))
_CONTEXT = 2


def location(filename):
    """``Cell In[n]`` for a cell's file name, else the file name itself."""
    match = _CELL_FILE.match(filename or "")
    return "Cell In[%s]" % match.group(1) if match else filename


def _is_kernel_frame(filename):
    return os.path.dirname(os.path.abspath(filename or "")) == _KERNEL_DIR


def _source_lines(filename, lineno):
    lines = []
    for number in range(max(1, lineno - _CONTEXT), lineno + _CONTEXT + 1):
        text = linecache.getline(filename, number)
        if not text:
            if number > lineno:
                break
            continue
        text = text.rstrip("\n")
        if number == lineno:
            lines.append("%s---> %d %s%s" % (GREEN, number, text, RESET))
        else:
            lines.append("%6d %s" % (number, text))
    return lines


def format_exception(exc):
    """``(ename, evalue, traceback_lines)`` for an exception raised by cell code."""
    ename = type(exc).__name__
    evalue = str(exc)
    if isinstance(exc, SyntaxError):
        return ename, evalue, _syntax_error(exc)
    lines = [RED + _RULE + RESET, "%s%-42s%s Traceback (most recent call last)" % (RED, ename, RESET)]
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not _is_kernel_frame(f.filename)]
    for frame in frames:
        where = location(frame.filename)
        header = "%s%s%s, line %d" % (CYAN, where, RESET, frame.lineno)
        lines.append(header if frame.name == "<module>" else "%s, in %s" % (header, frame.name))
        lines.extend(_source_lines(frame.filename, frame.lineno) or (
            ["    " + frame.line] if frame.line else []))
        lines.append("")
    lines.append("%s%s%s: %s" % (BOLD_RED, ename, RESET, evalue) if evalue else BOLD_RED + ename + RESET)
    return ename, evalue, lines


def _syntax_error(exc):
    lines = []
    where = location(exc.filename)
    lines.append("  %s%s%s, line %s" % (CYAN, where, RESET, exc.lineno))
    if exc.text:
        text = exc.text.rstrip("\n")
        stripped = text.lstrip()
        lines.append("    " + stripped)
        if exc.offset:
            caret = max(0, exc.offset - 1 - (len(text) - len(stripped)))
            width = 1
            end = getattr(exc, "end_offset", None)
            if end and getattr(exc, "end_lineno", exc.lineno) == exc.lineno and end > exc.offset:
                width = end - exc.offset
            lines.append("    " + " " * caret + RED + "^" * width + RESET)
    lines.append("%s%s%s: %s" % (BOLD_RED, type(exc).__name__, RESET, exc.msg))
    return lines
