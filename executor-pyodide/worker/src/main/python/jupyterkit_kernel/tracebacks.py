"""IPython-style tracebacks: ``Cell In[n], line L`` with the source lines, and none of the kernel's own frames.

Similar frames repeated many times (deep or mutual recursion) are shortened to one line, as IPython does, so a
RecursionError's traceback stays a few kilobytes instead of thousands of frames with their source.
"""

import linecache
import os
import re
from collections import Counter

RED = "\x1b[31m"
GREEN = "\x1b[32m"
CYAN = "\x1b[36m"
BOLD_RED = "\x1b[1;31m"
RESET = "\x1b[0m"
_RULE = "-" * 75
# A cell, or code a cell magic ran for it (``<cell-3-1>``).
_CELL_FILE = re.compile(r"^<cell-(\d+)(?:-\d+)?>$")
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
    frames = _user_frames(exc.__traceback__)
    for entry in collapse_repeated(frames):
        if isinstance(entry, list):
            lines.append("    %s[... skipping similar frames: %s]%s" % (
                BOLD_RED, describe_repeated([frames[i] for i in entry]), RESET))
            lines.append("")
            continue
        code, lineno = frames[entry]
        header = "%s%s%s, line %s" % (CYAN, location(code.co_filename), RESET, lineno)
        lines.append(header if code.co_name == "<module>" else "%s, in %s" % (header, _qualname(code)))
        lines.extend(_source_lines(code.co_filename, lineno) if lineno else [])
        lines.append("")
    lines.append("%s%s%s: %s" % (BOLD_RED, ename, RESET, evalue) if evalue else BOLD_RED + ename + RESET)
    return ename, evalue, lines


def exception_only(exc):
    """``(ename, evalue, lines)``: the exception's own line without its frames, as IPython's ``exception_only``."""
    ename = type(exc).__name__
    evalue = str(exc)
    return ename, evalue, ["%s%s%s: %s\n" % (BOLD_RED, ename, RESET, evalue) if evalue else BOLD_RED + ename + RESET + "\n"]


def _user_frames(tb):
    """``(code, lineno)`` of each frame of a traceback, outermost first, without the kernel's own frames."""
    frames = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if not _is_kernel_frame(code.co_filename):
            frames.append((code, tb.tb_lineno))
        tb = tb.tb_next
    return frames


def collapse_repeated(keys):
    """Which frames to show, IPython's way (its stack_data collapses similar frames so).

    ``keys`` identify frames (code and line). Returns, in order, the index of each frame to show and, for each run
    of frames to skip, the list of their indices. Only frames whose key occurs more than three times in the whole
    traceback are candidates; within each consecutive stretch of them, every key keeps its first, second and last
    occurrence and the rest are skipped.
    """
    counts = Counter(keys)
    shown = [counts[key] <= 3 for key in keys]
    start = 0
    while start < len(keys):
        if shown[start]:
            start += 1
            continue
        end = start
        while end < len(keys) and not shown[end]:
            end += 1
        # keys[start:end] is one stretch of frequent frames.
        positions = {}
        for index in range(start, end):
            positions.setdefault(keys[index], []).append(index)
        for indices in positions.values():
            for index in (indices[0], indices[1] if len(indices) > 1 else indices[0], indices[-1]):
                shown[index] = True
        start = end
    entries = []
    for index, visible in enumerate(shown):
        if visible:
            entries.append(index)
        elif entries and isinstance(entries[-1], list):
            entries[-1].append(index)
        else:
            entries.append([index])
    return entries


def describe_repeated(frames):
    """``f at line 2 (2970 times), g at line 5 (12 times)``: the skipped ``(code, lineno)`` frames, commonest first."""
    counts = sorted(Counter(frames).items(), key=lambda item: (-item[1], item[0][0].co_name))
    return ", ".join("%s at line %s (%d times)" % (_qualname(code), lineno, count)
                     for (code, lineno), count in counts)


def _qualname(code):
    """``A.method`` or ``outer.<locals>.inner``, as IPython names frames; Python before 3.11 has only the name."""
    return getattr(code, "co_qualname", code.co_name)


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
