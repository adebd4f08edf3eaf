"""What a cell prints, against the real IPython (Debian's python3-ipython) as the oracle: ``;``, the output and input
history, ``%who``/``%whos``, ``%%capture``, ``SystemExit``, ``exit()``, ``%time``/``%timeit``, ``%env``, ``%%html``.

The same cell sequences run under IPython with ipykernel's display hook and publisher (see shell_oracle.py, run by
/usr/bin/python3: these tests see no site-packages) and under the kernel. Each cell's events must be equal: its
streams (consecutive writes of one stream joined), results (execution count and text/plain), displays and errors (name
and value; for SystemExit the whole traceback), what went to stderr (a UsageError) and its request to exit. Timings
are replaced by ``<time>`` (and ``%timeit``'s loop count by ``<loops>`` when it chose the count itself), a warning's
file and line by ``<file>``, addresses by ``0x…``, and the lines IPython prints only when runs differed widely or
compiling was slow (timing noise) are dropped.
"""

import json
import os
import re
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel  # noqa: E402
from test_kernel import Recorder, plain, run_cell  # noqa: E402

ORACLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "shell_oracle.py")
SYSTEM_PYTHON = "/usr/bin/python3"

# Each sequence runs in a fresh kernel and a fresh IPython.
SEQUENCES = [
    # Objects that display themselves, failing and wrong formatters, registered printers, %precision, empty cells.
    [
        "from IPython.display import GeoJSON, ProgressBar, Image, display",
        "class Shows:\n    def _ipython_display_(self):\n        print('shown by itself')\n"
        "    def __repr__(self):\n        return 'Shows()'",
        "Shows()",
        "print(repr(_), Out.get(3), _3)",
        "GeoJSON({'type': 'Point', 'coordinates': [0, 0]})",
        "print(type(_).__name__, sorted(Out))",
        "ProgressBar(0)",
        "Image('missing.png')",
        "class Bad:\n    def _repr_html_(self):\n        raise ValueError('no html')\n"
        "    def _repr_markdown_(self):\n        return '*md*'\nBad()",
        "display(Bad())",
        "class Wrong:\n    def _repr_html_(self):\n        return 42\n    def _repr_png_(self):\n"
        "        return 'a str is allowed'\n    def _repr_latex_(self):\n        return b'bytes'\nWrong()",
        "Wrong()",
        "class JSONString:\n    def _repr_json_(self):\n        return '{}'\nJSONString()",
        "class NoImpl:\n    def _repr_html_(self):\n        raise NotImplementedError\nNoImpl()",
        "class BadBundle:\n    def _repr_mimebundle_(self, include=None, exclude=None):\n"
        "        raise KeyError('bundle')\n    def _repr_html_(self):\n        return '<b>kept</b>'\nBadBundle()",
        "class BadText:\n    def __repr__(self):\n        raise RuntimeError('no repr')\n"
        "    def _repr_html_(self):\n        return '<b>html</b>'\nBadText()",
        "class BadShow:\n    def _ipython_display_(self):\n        raise OSError('cannot show')\n"
        "    def __repr__(self):\n        return 'BadShow()'\nBadShow()",
        "",
        "   \n  ",
        "_ih[-1], len(In)",
        "from IPython.lib.pretty import (pretty, pprint, PrettyPrinter, RepresentationPrinter, for_type,\n"
        "    for_type_by_name, CallExpression, RawText)\npretty([1, 2])",
        "pprint({'k': list(range(30))}, max_width=40)",
        "import io\nout = io.StringIO()\nprinter = RepresentationPrinter(out, max_width=20)\n"
        "printer.pretty(list(range(12)))\nprinter.flush()\nprint(out.getvalue())",
        "CallExpression.factory('f')(1, RawText('raw'), b=[2] * 40)",
        "f = get_ipython().display_formatter.formatters['text/plain']\nclass P:\n    pass\n"
        "f.for_type(P, lambda o, p, cycle: p.text('P!'))\n[P(), P()]",
        "print(f.for_type(P) is not None, P in f, f.lookup(P()) is f.pop(P), P in f)",
        "f.for_type_by_name('collections', 'OrderedDict', lambda o, p, cycle: p.text('OD'))\n"
        "import collections\ncollections.OrderedDict(a=1)",
        "f.max_seq_length = 3\nlist(range(10))",
        "f.max_seq_length = 1000\nh = get_ipython().display_formatter.formatters['text/html']\n"
        "h.for_type(P, lambda o: '<i>P</i>')\nP()",
        "h.for_type_by_name('__main__', 'Bad', lambda o: '<i>not bad</i>')\nBad()",
        "%precision 3\nimport math\nmath.pi",
        "[math.pi, 1.0]",
        "%precision %.2e\nmath.pi",
        "%precision",
        "math.pi",
        "f.float_precision",
    ],
    # Results, ';' and the output history.
    [
        "1 + 1",
        "3;",
        "4;  # a comment after the semicolon",
        "5  # no semicolon; only in the comment",
        "'a;'",
        "x = 10\nx * 2",
        "None",
        "print(repr(_), repr(__), repr(___))",
        "_2, _6",
        "print(sorted(Out), Out[1], Out[6])",
        "[6, 7]\n",
        "_ is Out[11]",
        "_ = 'mine'\n42",
        "print(_, __, ___)",
        "del _\n43",
        "print(_, __)",
        "if True:\n    44;",
        "Out[1] + Out[11][0]",
        "Out",
        "print(len(Out))",
    ],
    # The input history: In, _i, _ii, _iii, _iN, after magics were turned into calls.
    [
        "a = 1",
        "b = 2",
        "print(In)",
        "print(repr(_i), repr(_ii), repr(_iii))",
        "print(repr(_i1), repr(_i4))",
        "%time c = 3",
        "print(In[6])\nprint(_i6)",
        "_ih is In, _oh is Out",
        "%who",
        "%who int",
        "%who str",
        "s = 'a\\nb'; l = [1, 2]; d = {'k': 1}; t = (1,); f = 1.5\nlong = 'x' * 80",
        "%whos",
        "%whos list dict",
        "def fn():\n    pass\nclass K:\n    pass\n%who function type",
        "exit = 5\n%who int",
        "del exit",
    ],
    # The builtin scalars, which the kernel formats by a fast path: the same results as IPython's full path, and the
    # full path again whenever a printer, a subclass, %precision or a failing repr could change what is shown.
    [
        "1 + 1",
        "True",
        "False, None",
        "2 ** 64",
        "-0.0",
        "0.1 + 0.2",
        "1e16",
        "float('nan')",
        "'a\\nb\\u2028c\\x85d'",
        "''",
        "1 + 1;",
        "1 + 1;  # a comment",
        "1 + 1;\n# a comment on the last line",
        "'1;'  # only in the string",
        "x = '2;'\nx  # a comment; with a semicolon",
        "display(1, 2.5, 'three', True, None)",
        "class I(int):\n    def _repr_html_(self):\n        return '<b>%d</b>' % self\nI(3)",
        "display(I(4))",
        "class S(str):\n    pass\nS('sub')",
        "class B(int):\n    def __repr__(self):\n        return 'B!'\nB(5)",
        "import sys\nlimit = sys.get_int_max_str_digits()\nsys.set_int_max_str_digits(640)\n10 ** 1000",
        "sys.set_int_max_str_digits(limit)\nlen(str(10 ** 1000))",
        "formatters = get_ipython().display_formatter.formatters\nhtml = formatters['text/html']\n"
        "html.for_type(int, lambda n: '<i>%d</i>' % n)\n6",
        "display(7)",
        "True",
        "html.pop(int)\n8",
        "html.for_type(object, lambda o: '<u>any</u>')\ndisplay(9, 'nine', None)",
        "html.pop(object)\n10",
        "html.singleton_printers[id(11)] = lambda o: '<s>eleven</s>'\n11",
        "12",
        "html.singleton_printers.clear()\n11",
        "formatters['text/markdown'].for_type_by_name('builtins', 'str', lambda s: '*' + s + '*')\ndisplay('md')",
        "'md again'",
        "formatters['text/markdown'].pop('builtins.str')\n'plain'",
        "plain = formatters['text/plain']\nplain.for_type(int, lambda n, p, cycle: p.text('int %d' % n))\n13",
        "plain.for_type(bool, lambda b, p, cycle: p.text('bool'))\nTrue",
        "plain.pop(int)\nplain.pop(bool)\n14",
        "%precision 2\n3.14159",
        "%precision\n3.14159",
        "plain.pprint = False\n15, 'x'",
        "'no pprint'",
        "plain.pprint = True\nhtml.enabled = False\n16",
        "html.enabled = True\nplain.enabled = False\n17",
        "plain.enabled = True\n_",
        "print(Out[1], Out[4], _2)",
    ],
    # %%capture and the CapturedIO object.
    [
        "%%capture captured\nprint('out')\nimport sys\nprint('err', file=sys.stderr)\ndisplay('shown')\n'value'",
        "print(repr(captured.stdout), repr(captured.stderr))",
        "[o.data for o in captured.outputs]",
        "captured()",
        "captured.show()",
        "%%capture --no-stdout\nprint('not captured')",
        "%%capture quiet --no-stderr\nimport sys\nprint('to stderr', file=sys.stderr)\nprint('kept')",
        "quiet.stdout",
        "%%capture nothing\n1 + 1",
        "print(_)",
        "%%capture failing\nprint('before')\n1 / 0",
        "failing.stdout",
        "%%capture cleared\ndisplay(1)\nfrom IPython.display import clear_output\nclear_output()\ndisplay(2)",
        "[o.data for o in cleared.outputs]",
    ],
    # SystemExit, exit() and quit().
    [
        "raise SystemExit(3)",
        "import sys\nsys.exit('bye')",
        "raise SystemExit",
        "exit()",
        "quit(keep_kernel=True)",
        "exit",
        "print(len(In), In[-1])",
        "x = 1\nexit()\nprint('still runs', x)",
        # (A single line "exit = 'mine'" is a SyntaxError in IPython 8.5, whose autocall rewrites it to "exit() =
        # 'mine'": not copied.)
        "exit = 'mine'\nexit",
        "exit",
        "del exit",
    ],
    # %time, %%time, %timeit, %%timeit: the shape of their report.
    [
        "%time 2 ** 10",
        "%time y = 5",
        "%%time\nz = 6\nz * 7",
        "%%time\nw = 1",
        "%timeit -n 3 -r 2 1 + 1",
        "%timeit -n1 -r1 pass",
        "r = %timeit -o -q -n 2 -r 3 sum(range(10))\n(r.loops, r.repeat, len(r.all_runs), len(r.timings))",
        "r",
        "print(r)",
        "%%timeit -n 2 -r 2 base = 5\nbase * 2",
        "%timeit -r 1 sum(range(1000))",
        "%time",
        "%time undefined_name",
        "print('after')",
    ],
    # %env, %%html, %%javascript and the rest of the display cell magics.
    [
        "import os\nos.environ['JK_TEST'] = 'v1'\n%env JK_TEST",
        "%env JK_OTHER=two words",
        "print(os.environ['JK_OTHER'])",
        "%env JK_THIRD 3",
        "%env JK_MISSING_TOKEN",
        "env = %env\n(env['JK_TEST'], type(env).__name__)",
        "os.environ['JK_API_KEY'] = 'secret'\nshown = %env\nshown['JK_API_KEY'], os.environ['JK_API_KEY']",
        "%%html\n<b>bold</b>",
        "%%html --isolated\n<i>alone</i>",
        "%%javascript\nconsole.log(1)",
        "%%js\nconsole.log(2)",
        "%%latex\n$x^2$",
        "%%markdown\n# Title",
    ],
]

_ADDRESS = re.compile(r"0x[0-9a-f]+")
_TIME = re.compile(r"\d+(?:\.\d+)?(?:e[-+]?\d+)? (?:s|ms|\xb5s|ns)\b|\d+min(?: \d+s)?")
_LOOPS = re.compile(r"[\d,]+ loops? each")
_WARNING_PLACE = re.compile(r"^\S+\.py:\d+: ", re.M)
# Lines IPython prints only when timings were noisy or compiling slow (a loaded machine): not compared.
_SLOWEST = re.compile(r"(?:The slowest run took |Compiler : |Parser   : |Compiler time: ).*\n")


def normalise(events, source):
    """The events of one cell as compared: streams joined, timings and places replaced."""
    out = []
    for event in events:
        kind = event[0]
        if kind == "stream":
            if out and out[-1][0] == "stream" and out[-1][1] == event[1]:
                out[-1] = ["stream", event[1], out[-1][2] + event[2]]
            else:
                out.append(["stream", event[1], event[2]])
        elif kind == "error":
            out.append(["error", event[1], event[2]] + ([event[3]] if event[1] == "SystemExit" else []))
        elif kind == "result":
            out.append(["result", event[1], event[2] and _TIME.sub("<time>", event[2]), event[3]])
        else:
            out.append(event)
    for event in out:
        if event[0] == "stream":
            text = _SLOWEST.sub("", _WARNING_PLACE.sub("<file>: ", event[2]))
            text = _TIME.sub("<time>", text)
            if "timeit" in source and " -n" not in source:
                text = _LOOPS.sub("<loops> each", text)
            event[2] = text
    # Objects' addresses differ between the two Pythons.
    out = json.loads(_ADDRESS.sub("0x…", json.dumps(out)))
    # ipykernel asks to exit in the cell's reply, after everything the cell printed.
    out.sort(key=lambda e: e[0] == "ask_exit")
    return [e for e in out if not (e[0] == "stream" and not e[2])]


def kernel_events(out):
    """The events a cell's messages make, in the oracle's terms."""
    events = []
    for message in out.messages:
        kind = message["header"]["msg_type"]
        content = message["content"]
        if kind == "stream":
            events.append(["stream", content["name"], content["text"]])
        elif kind == "execute_result":
            events.append(["result", content["execution_count"], content["data"].get("text/plain"),
                           sorted(content["data"])])
        elif kind == "display_data":
            events.append(["display", content["data"], content["metadata"]])
        elif kind == "clear_output":
            events.append(["clear_output", content["wait"]])
        elif kind == "error":
            events.append(["error", content["ename"], content["evalue"], plain(content["traceback"]).split("\n")])
        elif kind == "execute_reply":
            events.extend(["ask_exit", p["keepkernel"]] for p in content.get("payload", [])
                          if p.get("source") == "ask_exit")
    return events


def oracle(cells):
    run = subprocess.run([SYSTEM_PYTHON, ORACLE], input=json.dumps(cells), capture_output=True, text=True,
                         timeout=600)
    if run.returncode != 0:
        raise AssertionError("the IPython oracle failed:\n" + run.stderr)
    return json.loads(run.stdout)


def has_ipython():
    if not os.path.exists(SYSTEM_PYTHON):
        return False
    return subprocess.run([SYSTEM_PYTHON, "-c", "import IPython"], capture_output=True).returncode == 0


@unittest.skipUnless(has_ipython(), "needs Debian's python3-ipython (bash .ci/test installs it)")
class ShellSemanticsOracleTest(unittest.TestCase):
    def test_cells_show_what_ipython_shows(self):
        size = 0
        passed = 0
        failures = []
        for sequence in SEQUENCES:
            expected = oracle(sequence)
            out = Recorder()
            kernel = Kernel(out)
            for source, ipython_events in zip(sequence, expected):
                run_cell(kernel, out, source)
                want = normalise(ipython_events, source)
                got = normalise(kernel_events(out), source)
                size += 1
                if want == got:
                    passed += 1
                else:
                    failures.append("cell %r\n  IPython: %r\n  kernel:  %r" % (source, want, got))
        print("\nshell semantics against IPython: %d of %d cells the same" % (passed, size), file=sys.stderr)
        self.assertGreaterEqual(size, 30)
        self.assertEqual([], failures, "\n".join(failures))


class KernelInfoTest(unittest.TestCase):
    def test_kernel_info_reply_carries_the_language_info_jupyter_saves(self):
        out = Recorder()
        kernel = Kernel(out)
        kernel.shell_request(json.dumps({"header": {"msg_id": "k1", "msg_type": "kernel_info_request"},
                                         "content": {}}))
        self.assertEqual(["status", "kernel_info_reply", "status"], out.types())
        reply = out.of_type("kernel_info_reply")[0]["content"]
        self.assertEqual("ok", reply["status"])
        self.assertEqual("5.3", reply["protocol_version"])
        self.assertEqual({"name": "python", "version": sys.version.split()[0], "mimetype": "text/x-python",
                          "file_extension": ".py", "codemirror_mode": {"name": "ipython", "version": 3},
                          "pygments_lexer": "ipython3", "nbconvert_exporter": "python"}, reply["language_info"])
        self.assertEqual("pyodide", reply["implementation"])
        self.assertIn(sys.version.split()[0], reply["banner"])
        self.assertTrue(all(set(link) == {"text", "url"} for link in reply["help_links"]))

    def test_exit_asks_the_page_to_end_python_in_the_reply_and_keep_kernel_does_not(self):
        out = Recorder()
        kernel = Kernel(out)
        run_cell(kernel, out, "exit()")
        self.assertEqual([{"source": "ask_exit", "keepkernel": False}],
                         out.of_type("execute_reply")[0]["content"]["payload"])
        run_cell(kernel, out, "1")
        self.assertEqual([], out.of_type("execute_reply")[0]["content"]["payload"])


class DisplayHookTest(unittest.TestCase):
    def setUp(self):
        self.out = Recorder()
        self.kernel = Kernel(self.out)

    def test_a_failing_formatter_shows_the_line_that_failed_and_the_rest_of_the_result(self):
        run_cell(self.kernel, self.out, "class Bad:\n    def _repr_html_(self):\n        raise ValueError('no html')\n"
                                        "    def __repr__(self):\n        return 'Bad()'\nBad()")
        self.assertEqual(["status", "execute_input", "error", "execute_result", "execute_reply", "status"],
                         self.out.types())
        traceback = plain(self.out.of_type("error")[0]["content"]["traceback"])
        self.assertIn("in Bad._repr_html_", traceback)
        self.assertIn("---> 3         raise ValueError('no html')", traceback)
        self.assertNotIn("formatting.py", traceback)
        self.assertEqual({"text/plain": "Bad()"}, self.out.of_type("execute_result")[0]["content"]["data"])
        self.assertEqual("ok", self.out.of_type("execute_reply")[0]["content"]["status"])

    def test_an_empty_cell_is_not_numbered_and_its_reply_carries_the_last_number(self):
        run_cell(self.kernel, self.out, "1")
        run_cell(self.kernel, self.out, "  \n")
        self.assertEqual(["status", "execute_input", "execute_reply", "status"], self.out.types())
        self.assertEqual(2, self.out.of_type("execute_input")[0]["content"]["execution_count"])
        self.assertEqual(1, self.out.of_type("execute_reply")[0]["content"]["execution_count"])
        run_cell(self.kernel, self.out, "In[-1], len(Out)")
        self.assertEqual(2, self.out.of_type("execute_result")[0]["content"]["execution_count"])
        self.assertEqual("('In[-1], len(Out)', 1)",
                         self.out.of_type("execute_result")[0]["content"]["data"]["text/plain"])


if __name__ == "__main__":
    unittest.main()
