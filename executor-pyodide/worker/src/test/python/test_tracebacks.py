"""Tracebacks of deep and mutual recursion against the real IPython (Debian's python3-ipython) as the oracle.

The same cells run under IPython, in a /usr/bin/python3 subprocess (see ipython_oracle.py: these tests see no
site-packages), and under the kernel. What must match is the frame structure: for each frame its cell, line,
function and the source of the line, and each ``[... skipping similar frames: ...]`` line with its functions, lines
and counts, and the exception line. The rest differs by design: IPython 8.5 writes ``Cell In [1]`` and the call's
arguments (``in f(n)``) and shows other context lines around each frame's line, the kernel ``Cell In[1]`` (as newer
IPython releases do), the bare function name and two lines either side.
"""

import json
import os
import re
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel  # noqa: E402
from jupyterkit_kernel.tracebacks import collapse_repeated  # noqa: E402
from test_kernel import Recorder, plain, run_cell  # noqa: E402

ORACLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ipython_oracle.py")
SYSTEM_PYTHON = "/usr/bin/python3"

# Each cell sets the recursion limit relative to what it has left (measured by _probe), so a real RecursionError
# comes after the same number of frames in both interpreters, whatever their own stacks hold.
CELLS = [
    # 1: helpers only, no error.
    "import sys\n"
    "def _probe(n=0):\n"
    "    try:\n"
    "        return _probe(n + 1)\n"
    "    except RecursionError:\n"
    "        return n\n",
    # 2: a function that calls itself until Python stops it.
    "_limit = sys.getrecursionlimit()\n"
    "sys.setrecursionlimit(_limit - _probe() + 400)\n"
    "def f():\n"
    "    f()\n"
    "try:\n"
    "    f()\n"
    "finally:\n"
    "    sys.setrecursionlimit(_limit)",
    # 3: mutual recursion, f -> g -> f ..., ending on the other function than an even depth would.
    "_limit = sys.getrecursionlimit()\n"
    "sys.setrecursionlimit(_limit - _probe() + 401)\n"
    "def f(n):\n"
    "    return g(n)\n"
    "def g(n):\n"
    "    return f(n + 1)\n"
    "try:\n"
    "    f(0)\n"
    "finally:\n"
    "    sys.setrecursionlimit(_limit)",
    # 4: three functions in a ring, a deep but bounded recursion that ends in another error.
    "def a(n):\n"
    "    return b(n)\n"
    "def b(n):\n"
    "    return c(n)\n"
    "def c(n):\n"
    "    if n == 0:\n"
    "        raise ValueError('bottom of the ring')\n"
    "    return a(n - 1)\n"
    "a(120)",
    # 5: one function recursing from two lines, alternately.
    "def f(n):\n"
    "    if n == 0:\n"
    "        raise RecursionError('maximum recursion depth exceeded')\n"
    "    if n % 2:\n"
    "        return f(n - 1)\n"
    "    return f(n - 1)\n"
    "f(300)",
    # 6: a short recursion: five frames of f at line 4, two of them skipped.
    "def f(n):\n"
    "    if n == 0:\n"
    "        raise ValueError('bottom')\n"
    "    f(n - 1)\n"
    "f(5)",
    # 7: four similar frames, one skipped.
    "def f(n):\n"
    "    if n == 0:\n"
    "        raise ValueError('bottom')\n"
    "    f(n - 1)\n"
    "f(4)",
    # 8: three similar frames, none skipped.
    "def f(n):\n"
    "    if n == 0:\n"
    "        raise ValueError('bottom')\n"
    "    f(n - 1)\n"
    "f(3)",
    # 9: a method: frames are named by their qualified name.
    "class Tree:\n"
    "    def walk(self, n):\n"
    "        if n == 0:\n"
    "            raise KeyError('leaf')\n"
    "        return self.walk(n - 1)\n"
    "Tree().walk(40)",
    # 10: a nested function.
    "def outer():\n"
    "    def inner(n):\n"
    "        if n == 0:\n"
    "            raise LookupError('deep inside')\n"
    "        return inner(n - 1)\n"
    "    return inner(50)\n"
    "outer()",
    # 11: recursion entered from a helper, ending in a different function.
    "def boom():\n"
    "    raise RuntimeError('at the end')\n"
    "def f(n):\n"
    "    if n == 0:\n"
    "        return boom()\n"
    "    return f(n - 1)\n"
    "def h():\n"
    "    return f(30)\n"
    "h()",
    # 12: runs of similar frames parted by a frame that occurs only twice: each run is shortened on its own.
    "def f(n, k):\n"
    "    if n == 0:\n"
    "        return g(k)\n"
    "    return f(n - 1, k)\n"
    "def g(k):\n"
    "    if k == 0:\n"
    "        raise ArithmeticError('done')\n"
    "    return f(10, k - 1)\n"
    "g(2)",
    # 13: no recursion at all.
    "def div(a, b):\n"
    "    return a / b\n"
    "div(1, 0)",
]

_FRAME = re.compile(r"^Cell In ?\[(\d+)\], line (\d+)(?:, in ([^\s(]+))?")
_CURRENT = re.compile(r"^-+> *(\d+) (.*)$")
_SKIP = re.compile(r"^\s*\[\.\.\. skipping similar frames: (.*)\]\s*$")


def structure(lines):
    """The frames, skip lines and exception line of a traceback, without colours or layout."""
    entries = []
    for line in plain(lines).split("\n"):
        frame = _FRAME.match(line)
        current = _CURRENT.match(line)
        skip = _SKIP.match(line)
        if frame:
            entries.append(["frame", int(frame.group(1)), int(frame.group(2)), frame.group(3) or "<module>"])
        elif current and entries and entries[-1][0] == "frame" and len(entries[-1]) == 4:
            # The frame's own line and its source (IPython dedents it).
            entries[-1].append((int(current.group(1)), current.group(2).strip()))
        elif skip:
            entries.append(["skip", skip.group(1)])
    last = [line for line in plain(lines).split("\n") if line.strip()][-1]
    entries.append(["exception", last.strip()])
    return [tuple(entry) for entry in entries]


def ipython_tracebacks(cells):
    if not os.access(SYSTEM_PYTHON, os.X_OK):
        raise AssertionError("the IPython oracle needs Debian's %s with python3-ipython "
                             "(bash .ci/install-debian-packages installs it)" % SYSTEM_PYTHON)
    env = dict(os.environ, IPYTHONDIR=os.path.join(os.path.dirname(ORACLE), "..", "..", "..", "target", "ipython"))
    # Whatever Python this test runs under, the oracle is the system's, with its own site-packages.
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    done = subprocess.run([SYSTEM_PYTHON, ORACLE], input=json.dumps(cells), capture_output=True, text=True,
                          env=env, timeout=120)
    if done.returncode != 0:
        raise AssertionError("the IPython oracle failed (is python3-ipython installed? bash "
                             ".ci/install-debian-packages installs it):\n" + done.stderr[-3000:])
    return json.loads(done.stdout)


def kernel_tracebacks(cells):
    recorder = Recorder()
    kernel = Kernel(recorder)
    results = []
    for source in cells:
        errors = run_cell(kernel, recorder, source).of_type("error")
        results.append(errors[0]["content"]["traceback"] if errors else None)
    return results


class AgainstIPythonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.expected = ipython_tracebacks(CELLS)
        cls.actual = kernel_tracebacks(CELLS)

    def test_every_cell_has_ipythons_frames_and_skip_lines(self):
        for number, (expected, actual) in enumerate(zip(self.expected, self.actual), 1):
            with self.subTest(cell=number, source=CELLS[number - 1].splitlines()[-1]):
                if expected is None:
                    self.assertIsNone(actual)
                    continue
                self.assertIsNotNone(actual)
                self.assertEqual(structure(expected), structure(actual))

    def test_the_oracle_shortened_the_real_recursions(self):
        skips = [[entry[1] for entry in structure(tb) if entry[0] == "skip"] for tb in self.expected[1:3]]
        self.assertRegex(skips[0][0], r"^f at line 4 \(3\d\d times\)$")
        self.assertRegex(skips[1][0], r"^[fg] at line [46] \(1\d\d times\), [fg] at line [46] \(1\d\d times\)$")


class BoundedTracebackTest(unittest.TestCase):
    def test_endless_recursion_is_a_few_kilobytes_and_counts_every_skipped_frame(self):
        recorder = Recorder()
        out = run_cell(Kernel(recorder), recorder, "def f():\n    f()\nf()")
        error = out.of_type("error")[0]["content"]
        self.assertEqual("RecursionError", error["ename"])
        size = sum(len(json.dumps(m)) for m in out.messages)
        self.assertLess(size, 20000, "every message of the cell, together")
        text = plain(error["traceback"])
        skipped = re.search(r"\[\.\.\. skipping similar frames: f at line 2 \((\d+) times\)\]", text)
        self.assertIsNotNone(skipped, text)
        shown = text.count("Cell In[1], line 2, in f")
        self.assertEqual(3, shown)
        self.assertGreater(int(skipped.group(1)) + shown, 100)

    def test_collapsing_keeps_first_second_and_last_of_each_frequent_frame(self):
        self.assertEqual([0, 1, 2, 3], collapse_repeated(list("mfff")))
        self.assertEqual([0, 1, 2, [3], 4], collapse_repeated(list("mffff")))
        self.assertEqual([0, 1, 2, 3, 4, [5, 6, 7, 8], 9, 10, 11],
                         collapse_repeated(list("mfgfgfgfgfgx")))


if __name__ == "__main__":
    unittest.main()
