"""Completion and inspection against the real IPython (Debian's python3-ipython with python3-jedi) as the oracle.

The same cell runs under IPython, in a /usr/bin/python3 subprocess (see introspection_oracle.py: these tests see no
site-packages), and under the kernel; then the same requests go to both. What must match: the completion reply's
keys, its matches, cursor_start and cursor_end, and each match's type and signature where IPython's are not
artefacts of its jedi (``<unknown>`` types, typeshed annotations); the inspection text, field by field, but for the
File line (IPython names its own temporary cell files, the kernel ``Cell In[n]``) and object addresses. Left out
by design: IPython's magics (``%who``), the builtins it offers inside a comment, and its full dotted names after
``import os.`` (the kernel offers ``path``, as jedi does). The kernel is checked with the standard library's
completer, and with jedi (Debian trixie's, which widgets-comm repacks) when that is there.
"""

import json
import os
import re
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))
SITE = os.path.join(HERE, "..", "..", "..", "..", "..", "widgets-comm", "target", "debian-wheels", "site")

from jupyterkit_kernel import Kernel  # noqa: E402
from jupyterkit_kernel import completion, inspection  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402

ORACLE = os.path.join(HERE, "introspection_oracle.py")
SYSTEM_PYTHON = "/usr/bin/python3"

SETUP = '''import os
ran = []
my_variable = 1
my_value = 2
def greet(name, punctuation='!'):
    """Say hello to name."""
    return 'hi ' + name
class Point:
    """A point."""
    def __init__(self, x=0):
        self.x = x
    @property
    def norm(self):
        """The distance from the origin."""
        ran.append('norm')
        return 5
    def moved(self, dx):
        return Point(self.x + dx)
p = Point()
nums = [1, 2, 3]
'''

COMPLETE = ["my_v", "os.pa", "imp", "nums.app", "gre", "x = my_", "len(my_v", "Po", "os.path.jo", "😀 = 1; my_v",
            "my_variable.re", "from collections import Ord", "wh", "p.", "p.mo", "greet.__na", "\"my_v",
            "import colle", "from os.path import jo", "Point.mo", "lamb", "ascii_", "x = (gre"]

INSPECT = [["len", 0], ["greet", 0], ["greet", 1], ["Point", 0], ["Point", 1], ["p", 0], ["nums", 0],
           ["my_variable", 0], ["os.path.join", 0], ["print", 1], ["p.moved", 0], ["p.norm", 0], ["os.path", 0]]

STABLE_TYPES = {"function", "class", "module", "keyword"}


def oracle():
    request = json.dumps({"setup": SETUP, "complete": COMPLETE, "inspect": INSPECT})
    done = subprocess.run([SYSTEM_PYTHON, ORACLE], input=request, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise AssertionError("the IPython oracle failed (is Debian's python3-ipython installed?):\n" + done.stderr)
    return json.loads(done.stdout)


def comparable(text):
    """Inspection text without the File line and with object addresses blanked."""
    lines = [line for line in text.split("\n") if not line.startswith("File:")]
    return re.sub(r"0x[0-9a-f]+", "0x…", "\n".join(lines))


class OracleTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.expected = oracle()
        cls.out = Recorder()
        cls.kernel = Kernel(cls.out)
        run_cell(cls.kernel, cls.out, SETUP)
        assert not cls.out.of_type("error"), cls.out.of_type("error")

    def check_completions(self, use_jedi):
        for code, expected in zip(COMPLETE, self.expected["complete"]):
            with self.subTest(code=code):
                reply = completion.complete(code, len(code), self.kernel.namespace, use_jedi=use_jedi)
                self.assertEqual(sorted(expected), sorted(reply))
                wanted = [item for item in expected["metadata"]["_jupyter_types_experimental"]
                          if not item["text"].startswith("%")]
                got = reply["metadata"]["_jupyter_types_experimental"]
                self.assertEqual([item["text"] for item in wanted], reply["matches"])
                if wanted:
                    self.assertEqual((wanted[0]["start"], wanted[0]["end"]),
                                     (reply["cursor_start"], reply["cursor_end"]))
                for want, have in zip(wanted, got):
                    self.assertEqual(sorted(want), sorted(have))
                    if want["type"] in STABLE_TYPES:
                        self.assertEqual(want["type"], have["type"], want["text"])
                    if not re.search(r":|->", want["signature"]) and not re.search(r":|->", have["signature"]):
                        self.assertEqual(want["signature"], have["signature"], want["text"])
        self.assertEqual([], self.kernel.namespace["ran"], "completion ran a property")

    def test_standard_library_completions_match_ipython(self):
        self.check_completions(use_jedi=False)

    def test_jedi_completions_match_ipython(self):
        if not os.path.isdir(os.path.join(SITE, "jedi")):
            self.skipTest("jedi is fetched by widgets-comm's build")
        if SITE not in sys.path:
            sys.path.append(SITE)
        completion._jedi_state["failed"] = False
        self.assertTrue(completion.jedi_available())
        self.check_completions(use_jedi=True)
        self.assertTrue(completion.jedi_available(), "jedi did not fail")

    def test_inspection_matches_ipython(self):
        for (name, level), expected in zip(INSPECT, self.expected["inspect"]):
            with self.subTest(name=name, level=level):
                reply = inspection.inspect_reply(name, len(name), level, self.kernel.namespace)
                self.assertEqual({"status": "ok", "found": True, "metadata": {}}, {
                    k: v for k, v in reply.items() if k != "data"})
                text = reply["data"]["text/plain"]
                self.assertEqual(comparable(expected), comparable(text))
                self.assertEqual("\nFile:" in expected, "\nFile:" in text)


if __name__ == "__main__":
    unittest.main()
