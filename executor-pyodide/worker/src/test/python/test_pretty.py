"""The ``text/plain`` of results against the real IPython (Debian's python3-ipython) as the oracle.

Every case is a snippet whose last line is an expression. The same snippet runs in a fresh ``__main__`` namespace
under IPython, in a /usr/bin/python3 subprocess (see pretty_oracle.py: these tests see no site-packages), and here;
IPython's display formatter and the kernel's must give the same ``text/plain``, or fail with the
same error. Only addresses (``0x...``) are normalised.
"""

import ast
import builtins
import json
import os
import random
import re
import subprocess
import sys
import textwrap
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel  # noqa: E402
from jupyterkit_kernel.formatting import DisplayFormatter  # noqa: E402
from jupyterkit_kernel.pretty import pretty  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402

ORACLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pretty_oracle.py")
SYSTEM_PYTHON = "/usr/bin/python3"
KERNEL_PYTHON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "main", "python")


# Prints its two parts side by side; its __repr__ is the source that makes it, for the generated cases.
PAIR = ("class Pair:\n"
        "    def __init__(self, a, b):\n"
        "        self.a, self.b = a, b\n"
        "    def _repr_pretty_(self, p, cycle):\n"
        "        p.pretty(self.a)\n"
        "        p.text(' + ')\n"
        "        p.pretty(self.b)\n"
        "    def __repr__(self):\n"
        "        return 'Pair(%r, %r)' % (self.a, self.b)\n")


def snippet(source):
    return textwrap.dedent(source).strip("\n")


CASES = [snippet(case) for case in (
    # Numbers, strings, bytes and the singletons.
    "1",
    "-3.5",
    "[1.5, float('nan'), float('inf'), -0.0, 1e300, 2.5e-10]",
    "2 ** 300",
    "[2 ** 200, 2 ** 200, 2 ** 100]",
    "complex(1, -2)",
    "import fractions, decimal\n[fractions.Fraction(1, 3), decimal.Decimal('1.10')]",
    "'hello'",
    "'x' * 200",
    "\"it's \\\"quoted\\\"\\nand a tab\\t\"",
    "'line one\\u2028line two\\x85'",
    "b'\\x00\\xffbytes'",
    "bytes(range(256))",
    "bytearray(b'abc')",
    "(None, True, False, ..., NotImplemented)",
    "...",
    # Alone, as a cell's result: the kernel's fast path for builtin scalars.
    "True",
    "None",
    "2 ** 64",
    "1e16",
    "float('-inf')",
    "'a\\u2028b' * 50",
    "10 ** 5000",
    # Empty and small containers.
    "[[], (), {}, set(), frozenset()]",
    "(1,)",
    "((),)",
    "([1],)",
    # Breaking at 79 columns: just fits, one over.
    "['x' * 35, 'y' * 36]",
    "['x' * 35, 'y' * 37]",
    "{'k' * 30: 'v' * 41}",
    "{'k' * 30: 'v' * 42, 1: 2}",
    "list(range(30))",
    "tuple(range(40))",
    "{i: str(i) * 3 for i in range(20)}",
    "{'key%d' % i: 'value ' * i for i in range(8)}",
    "tuple('word %d' % i * 4 for i in range(6))",
    # Nesting.
    "{'name': 'jupyter', 'tags': ['a', 'b'], 'nested': {'deep': [list(range(10)), {'x': (1, 2, 3)}]},\n"
    " 'long': 'y' * 50}",
    "[[i] * 10 for i in range(10)]",
    "[list(range(12)) for _ in range(5)]",
    "[{'id': i, 'name': 'item %d' % i, 'tags': ['t%d' % j for j in range(i)], 'ok': i % 2 == 0}\n"
    " for i in range(6)]",
    "{1: {2: {3: {4: {5: list(range(20))}}}}}",
    "x = 0\nfor i in range(30):\n    x = [x, i]\nx",
    "[['alpha', 'beta', 'gamma', 'delta'] * 3, 'x' * 70, [1, [2, [3, [4]]]]]",
    "[[i * 0.1 for i in range(10)] for j in range(4)]",
    "{(1, 2): [3, 4], None: {'a'}, 'k': ({'x': 1}, [2])}",
    "row = {'a': 1}\n[row] * 30",
    # Cut after 1000 items.
    "list(range(100000))",
    "tuple(range(1000))",
    "list(range(1001))",
    "dict.fromkeys(range(2000))",
    "[[0] * 1200]",
    # Sets: sorted, or not when there are too many, or in str order when unsortable.
    "{3, 1, 2}",
    "{'b', 'a', 'c'}",
    "frozenset({3, 1, 2})",
    "{1, 'a', 2.5, None}",
    "frozenset({frozenset({2, 1}), frozenset({3})})",
    "{(2, 'b'), (1, 'a'), (1, 'b')}",
    "set(range(998, -1, -1))",
    "set(range(999, -1, -1))",
    "set(range(1500))",
    "{'w%02d' % i * 3 for i in range(30)}",
    "class Odd:\n"
    "    def __init__(self, n): self.n = n\n"
    "    def __hash__(self): return self.n\n"
    "    def __eq__(self, other): return self is other\n"
    "    def __lt__(self, other): raise TypeError('no order')\n"
    "    def __str__(self): raise TypeError('no str')\n"
    "    def __repr__(self): return 'Odd(%d)' % self.n\n"
    "{Odd(3), Odd(1), Odd(2)}",
    # Classes and types.
    "[int, str, type, object, type(None), type(...), type(len)]",
    "class Foo:\n    pass\nFoo",
    "class Outer:\n    class Inner:\n        pass\n[Outer, Outer.Inner]",
    "class Meta(type):\n    def __repr__(cls):\n        return 'Meta says ' + cls.__name__\n"
    "class Special(metaclass=Meta):\n    pass\nSpecial",
    "import abc\nclass Base(abc.ABC):\n    pass\n[Base, Base()]",
    "import enum\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 2\n[Color, Color.RED]",
    "import enum\nclass Perm(enum.Flag):\n    R = 4\n    W = 2\nPerm.R | Perm.W",
    "import types\n[types.FunctionType, types.SimpleNamespace, types.ModuleType('mymodule')]",
    # Functions, builtins, methods, lambdas.
    "def f(a, b=1, *, c='m'):\n    pass\nf",
    "def g(*args, **kwargs):\n    pass\ng",
    "lambda x, y=2: x",
    "[len, print, max, sorted, abs, getattr]",
    "[[].append, 'abc'.upper, dict.fromkeys, str.join, object.__init__]",
    "async def fetch(url: str, timeout: float = 1.5) -> bytes:\n    pass\nfetch",
    "def outer():\n    def inner(x, /, y):\n        pass\n    return inner\nouter()",
    "class Foo:\n    def method(self, x: int = 3) -> str:\n        pass\n"
    "    @classmethod\n    def make(cls):\n        pass\n"
    "    @staticmethod\n    def helper(n):\n        pass\n"
    "[Foo.method, Foo().method, Foo.make, Foo.helper]",
    "def f(a, b=1, *, c='m'):\n    pass\n{'f': f, 'len': len, 'lam': lambda: None}",
    "import functools\ndef f(a, b):\n    pass\nfunctools.partial(f, 1)",
    "def gen():\n    yield 1\n[gen, gen(), (i for i in range(3))]",
    # Objects without a __repr__ of their own.
    "class X:\n    pass\nX()",
    "class X:\n    pass\n[X(), X()]",
    "class Outer:\n    class Inner:\n        pass\nOuter.Inner()",
    "object()",
    "class Liar:\n    __class__ = property(lambda self: int)\nLiar()",
    # The standard library's collections.
    "from collections import defaultdict\nd = defaultdict(list)\nd['a'].append(1)\nd['b']\nd",
    "from collections import defaultdict\ndefaultdict(None, {1: 2})",
    "from collections import defaultdict\ndefaultdict(lambda: 0, {'x': 1})",
    "from collections import defaultdict\ndefaultdict(int, {'key %d' % i: i for i in range(12)})",
    "from collections import defaultdict\nd = defaultdict(dict)\nd['a']['b'] = defaultdict(set)\nd",
    "from collections import OrderedDict\n[OrderedDict(), OrderedDict(a=1, b=2)]",
    "from collections import OrderedDict\nOrderedDict((str(i) * 5, i) for i in range(12))",
    "from collections import OrderedDict\nclass Ordered(OrderedDict):\n    pass\nOrdered(z=1)",
    "from collections import deque\n[deque([1, 2, 3]), deque([1, 2], maxlen=3), deque()]",
    "from collections import deque\ndeque(range(2000))",
    "from collections import deque\ndeque(['long item %d' % i for i in range(8)], maxlen=20)",
    "from collections import Counter\n[Counter('abracadabra'), Counter()]",
    "from collections import Counter\nCounter({'word%d' % i: i for i in range(15)})",
    "from collections import UserList, UserDict\n[UserList([1, 2]), UserDict(a=1)]",
    "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\nPoint(1, 2)",
    "from collections import namedtuple\nPoint = namedtuple('Point', 'x y')\n"
    "{'points': [Point(i, i * i) for i in range(8)]}",
    "from dataclasses import dataclass, field\n@dataclass\nclass Item:\n    name: str\n    price: float = 0.0\n"
    "Item('pen', 1.5)",
    "from dataclasses import dataclass, field\n@dataclass\nclass Box:\n    items: list = field(default_factory=list)\n"
    "[Box(list(range(30))), Box()]",
    # Regular expressions.
    "import re\nre.compile(r'\\d+\\s*')",
    "import re\nre.compile('a|b', re.I | re.M)",
    "import re\nre.compile(b'x+')",
    "import re\nre.compile('a', re.A)",
    "import re\nre.compile(\"it's\" + 'a' * 90, re.VERBOSE)",
    "import re\n[re.compile('x'), re.compile('y', re.S)]",
    # Other types with printers.
    "import types\ntypes.SimpleNamespace(a=1, b='x')",
    "import types\ntypes.SimpleNamespace(**{'field_%d' % i: 'value %d' % i for i in range(6)})",
    "import types\nns = types.SimpleNamespace(a=1)\nns.me = ns\nns",
    "import types\ntypes.SimpleNamespace(name='x', self=1, cls=2)",
    "import types\ntypes.MappingProxyType({'a': 1, 'b': [1, 2]})",
    "import os\nos._Environ({'HOME': '/home/u', 'PATH': '/bin'}, str, str, str, str)",
    "[range(10), range(0, 10 ** 6, 3), slice(1, 2), slice(None, 5, -1)]",
    "super(int, 5)",
    "import datetime\n[datetime.datetime(2020, 1, 2, 3, 4, 5), datetime.timedelta(days=1, seconds=5),\n"
    " datetime.date(2020, 1, 1)]",
    # Exceptions.
    "[ValueError('bad', 3), KeyError('k'), ValueError(), OSError(2, 'No such file')]",
    "class AppError(Exception):\n    pass\nAppError('failed', {'code': 1})",
    "RuntimeError('a long message ' * 6, 'second argument')",
    # Subclasses of the built-in containers.
    "class D(dict):\n    pass\nD(a=1, b=2)",
    "class D(dict):\n    def __repr__(self):\n        return 'D!'\n[D(a=1)]",
    "class L(list):\n    pass\nL(range(40))",
    "class S(set):\n    pass\n[S(), S({2, 1})]",
    "class T(tuple):\n    pass\nT((1,))",
    "class Name(str):\n    pass\nName('x')",
    "class Money(float):\n    def __repr__(self):\n        return '$%.2f' % self\n[Money(1.5)]",
    # Recursive containers.
    "a = [1]\na.append(a)\na",
    "d = {}\nd['self'] = d\nd",
    "a = [1]\nd = {'list': a}\na.append(d)\n[a, d]",
    "a = []\nt = (a,)\na.append(t)\nt",
    "s = [1]\nsame = [s, s, s]\nsame",
    "from collections import defaultdict\nd = defaultdict(list)\nd['x'] = d\nd",
    "from collections import deque\nq = deque([1])\nq.append(q)\nq",
    "from collections import OrderedDict\no = OrderedDict()\no['o'] = o\no",
    # _repr_pretty_.
    "class Pretty:\n    def _repr_pretty_(self, p, cycle):\n        p.text('<Pretty thing>')\n[Pretty(), Pretty()]",
    "class MyList(list):\n"
    "    def _repr_pretty_(self, p, cycle):\n"
    "        if cycle:\n"
    "            p.text('MyList(...)')\n"
    "        else:\n"
    "            with p.group(8, 'MyList([', '])'):\n"
    "                for idx, item in enumerate(self):\n"
    "                    if idx:\n"
    "                        p.text(',')\n"
    "                        p.breakable()\n"
    "                    p.pretty(item)\n"
    "m = MyList(['entry %d' % i for i in range(12)])\n"
    "m.append(m)\n"
    "m",
    "class Tree:\n"
    "    def __init__(self, name, *children):\n"
    "        self.name, self.children = name, children\n"
    "    def _repr_pretty_(self, p, cycle):\n"
    "        p.begin_group(2, 'Tree(' + self.name)\n"
    "        for child in self.children:\n"
    "            p.text(',')\n"
    "            p.breakable()\n"
    "            p.pretty(child)\n"
    "        p.end_group(2, ')')\n"
    "Tree('root', Tree('left branch', Tree('leaf one'), Tree('leaf two')), Tree('right branch', *[Tree('x%d' % i)\n"
    "    for i in range(5)]))",
    "class Indented:\n"
    "    def _repr_pretty_(self, p, cycle):\n"
    "        p.text('header:')\n"
    "        with p.indent(4):\n"
    "            p.break_()\n"
    "            p.pretty(list(range(30)))\n"
    "            p.break_()\n"
    "            p.text('done')\n"
    "[Indented()]",
    "class Sep:\n"
    "    def _repr_pretty_(self, p, cycle):\n"
    "        with p.group(1, '<', '>'):\n"
    "            for i in range(20):\n"
    "                p.text('part%d' % i)\n"
    "                p.breakable(' | ')\n"
    "Sep()",
    "class Verbose:\n"
    "    def _repr_pretty_(self, p, cycle):\n"
    "        p.text('verbose=%r width=%r limit=%r' % (p.verbose, p.max_width, p.max_seq_length))\n"
    "Verbose()",
    "class Node:\n"
    "    def __init__(self):\n"
    "        self.next = self\n"
    "    def _repr_pretty_(self, p, cycle):\n"
    "        p.text('Node(...)' if cycle else 'Node(')\n"
    "        if not cycle:\n"
    "            p.pretty(self.next)\n"
    "            p.text(')')\n"
    "Node()",
    "class Both:\n"
    "    def __repr__(self):\n"
    "        return 'plain repr'\n"
    "    def _repr_pretty_(self, p, cycle):\n"
    "        p.text('pretty wins')\n"
    "Both()",
    # Groups side by side with no breakable between them: which of them breaks first is IPython's own rule.
    PAIR + "Pair(['wwwwwwwww', 'wwwwww', 'w' * 27], ['w' * 24, [['wwwwwwwwww']]])",
    PAIR + "Pair(['w' * 18, []], [[[12464821589, 8], Pair('w' * 26, 'w' * 16)], 529445])",
    PAIR + "Pair(Pair([[311, 305443433285], 77633257506], [Pair('w' * 27, 'w' * 20), [16115158]]), [[]])",
    PAIR + "Pair([[], [1, 'w' * 21], [2832, 586367644, ['wwwww', 'w' * 26]]], [[Pair('w' * 10, 'w' * 18), 9614022]])",
    PAIR + "Pair(Pair([Pair(3, 'w' * 8)], [[211502, 5776823, 'w' * 7], 140, []]),\n"
    "     Pair([['www', 8792580, 55, 'w' * 9, 'w' * 11], []], Pair('ww', [327432947])))",
    PAIR + "Pair(Pair([[2928]], []), Pair([[6072197338, 'www', 'w' * 13], 11144567958],\n"
    "     ['w' * 27, Pair('w' * 12, 720704428), ['wwwww', 4022, 6], []]))",
    PAIR + "[Pair([[], 'w' * 25], []), Pair([[None, 5, 'w' * 6], 6411137549, [7, 'w' * 14]], Pair([], 'w' * 26)),\n"
    " Pair([Pair(None, 296686), [82], 'w' * 14, Pair('ww', 'w' * 16), []],\n"
    "      [['w' * 24, None, 'w' * 14, 130602579], [9881, 'w' * 20, 67017476], [None], 783])]",
    # Multi-line and empty reprs.
    "class M:\n    def __repr__(self):\n        return 'line1\\nline2'\n[M(), M()]",
    "class M:\n    def __repr__(self):\n        return 'first line\\nsecond'\n{'a': M(), 'b': [1, 2, 3]}",
    "class E:\n    def __repr__(self):\n        return ''\n[E(), 1]",
    # What the other MIME types leave to text/plain.
    "class H:\n    def _repr_html_(self):\n        return '<b>x</b>'\nH()",
    "class B:\n    def _repr_mimebundle_(self, include=None, exclude=None):\n"
    "        return {'text/plain': 'from the bundle', 'text/html': '<i>x</i>'}\nB()",
    # Failures.
    "class Broken:\n    def __repr__(self):\n        raise ValueError('no repr for you')\nBroken()",
    "class Broken:\n    def __repr__(self):\n        raise ValueError('no repr inside')\n[1, Broken()]",
    "class BadPretty:\n    def _repr_pretty_(self, p, cycle):\n        raise KeyError('pretty failed')\nBadPretty()",
)]


def generated_cases(count, seed=11):
    """Random nests of lists, tuples, dicts and Pairs of numbers and strings, most of them too wide for a line:
    where IPython's rules for which group breaks first show."""
    chooser = random.Random(seed)

    def value(depth):
        roll = chooser.random()
        if depth > 3 or roll < 0.3:
            return chooser.choice([chooser.randint(0, 10 ** chooser.randint(1, 12)), "w" * chooser.randint(0, 30),
                                   None, 1.5])
        if roll < 0.45:
            return Pair(value(depth + 1), value(depth + 1))
        items = [value(depth + 1) for _ in range(chooser.randint(0, 6))]
        kind = chooser.choice("ltd")
        if kind == "l":
            return items
        if kind == "t":
            return tuple(items)
        return {"k%d" % index * chooser.randint(1, 4): item for index, item in enumerate(items)}

    class Pair:
        def __init__(self, a, b):
            self.a, self.b = a, b

        def __repr__(self):
            return "Pair(%r, %r)" % (self.a, self.b)

    return [PAIR + repr(value(0)) for _ in range(count)]


CASES += generated_cases(60)


def split(case):
    """``[setup, expression]``: the statements before the last, and the last (an expression, maybe of many lines)."""
    lines = case.split("\n")
    start = ast.parse(case).body[-1].lineno - 1
    return ["\n".join(lines[:start]), "\n".join(lines[start:])]


def normalised(result):
    if "text" in result:
        return {"text": re.sub(r"0x[0-9a-fA-F]+", "0x…", result["text"])}
    return result


def kernel_result(setup, expression):
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    exec(compile(setup, "<setup>", "exec"), namespace)
    value = eval(compile(expression, "<expression>", "eval"), namespace)
    # As in the oracle: a failing formatter is reported and its MIME type left out.
    failures = []
    data, _ = DisplayFormatter(show_error=failures.append).format(value)
    if "text/plain" in data:
        return {"text": data["text/plain"]}
    return {"error": [type(failures[-1]).__name__, str(failures[-1])]}


def ipython_results(cases):
    if not os.access(SYSTEM_PYTHON, os.X_OK) or subprocess.run(
            [SYSTEM_PYTHON, "-c", "import IPython"], capture_output=True, env=_oracle_env()).returncode != 0:
        raise unittest.SkipTest("the IPython oracle needs Debian's %s with python3-ipython (bash "
                                ".ci/install-debian-packages installs it)" % SYSTEM_PYTHON)
    done = subprocess.run([SYSTEM_PYTHON, ORACLE], input=json.dumps(cases), capture_output=True, text=True,
                          env=_oracle_env(), timeout=300)
    if done.returncode != 0:
        raise AssertionError("the IPython oracle failed:\n" + done.stderr[-3000:])
    return json.loads(done.stdout)


def _oracle_env():
    env = dict(os.environ, IPYTHONDIR=os.path.join(os.path.dirname(ORACLE), "..", "..", "..", "target", "ipython"))
    # Whatever Python this test runs under, the oracle is the system's, with its own site-packages.
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONHOME", None)
    return env


class AgainstIPythonTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cases = [split(case) for case in CASES]
        cls.expected = ipython_results(cases)
        cls.actual = [kernel_result(*case) for case in cases]

    def test_every_case_prints_as_in_ipython(self):
        self.assertGreaterEqual(len(CASES), 80)
        passed = 0
        for case, expected, actual in zip(CASES, self.expected, self.actual):
            with self.subTest(case=case):
                self.assertEqual(normalised(expected), normalised(actual))
                passed += 1
        sys.stderr.write("\nIPython pretty corpus: %d cases, %d equal to IPython's text/plain\n"
                         % (len(CASES), passed))

    def test_the_oracle_broke_lines_cut_and_failed(self):
        texts = {case: result.get("text", "") for case, result in zip(CASES, self.expected)}
        self.assertEqual("['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy']",
                         texts["['x' * 35, 'y' * 37]"])
        self.assertTrue(texts["list(range(100000))"].endswith(" 999,\n ...]"))
        self.assertEqual("defaultdict(list, {'a': [1], 'b': []})", texts[CASES[[
            i for i, case in enumerate(CASES) if case.endswith("d['b']\nd")][0]]])
        self.assertEqual({"error": ["ValueError", "no repr for you"]}, self.expected[[
            i for i, case in enumerate(CASES) if case.endswith("no repr for you')\nBroken()")][0]])


class KernelResultTest(unittest.TestCase):
    def setUp(self):
        self.out = Recorder()
        self.kernel = Kernel(self.out)

    def test_a_result_is_pretty_printed(self):
        out = run_cell(self.kernel, self.out, "{'numbers': list(range(30)), 'name': 'x'}")
        text = out.of_type("execute_result")[0]["content"]["data"]["text/plain"]
        self.assertTrue(text.startswith("{'numbers': [0,\n  1,\n  2,\n"), text)
        self.assertTrue(text.endswith("  29],\n 'name': 'x'}"), text)

    def test_a_broken_repr_is_the_cells_error(self):
        cell = "class Broken:\n    def __repr__(self):\n        raise ValueError('no repr')\n[Broken()]"
        out = run_cell(self.kernel, self.out, cell)
        self.assertEqual([], out.of_type("execute_result"))
        error = out.of_type("error")[0]["content"]
        self.assertEqual(("ValueError", "no repr"), (error["ename"], error["evalue"]))


class ScalarFastPathTest(unittest.TestCase):
    """Builtin scalars skip the formatters when none of them could add anything: the bundle is the one the full path
    (which ``exclude`` forces) makes, whatever is registered."""

    VALUES = [0, 2, -7, 2 ** 70, 1.5, -0.0, float("nan"), 1e300, "", "s", "a\u2028b", True, False, None]

    def setUp(self):
        self.failures = []
        self.formatter = DisplayFormatter(show_error=self.failures.append)

    def assert_as_full_path(self, values=VALUES):
        for value in values:
            with self.subTest(value=value):
                self.assertEqual(self.formatter.format(value, exclude=["application/x-none"]),
                                 self.formatter.format(value))

    def test_the_bundle_is_the_repr_alone(self):
        self.assertEqual(({"text/plain": "2"}, {}), self.formatter.format(2))
        self.assertEqual(({"text/plain": "'a\\u2028b'"}, {}), self.formatter.format("a\u2028b"))
        self.assert_as_full_path()

    def test_printers_registered_for_the_class_or_object_or_the_value_are_used(self):
        formatters = self.formatter.formatters
        formatters["text/html"].for_type(int, lambda n: "<b>%d</b>" % n)
        self.assertEqual({"text/plain": "2", "text/html": "<b>2</b>"}, self.formatter.format(2)[0])
        self.assertEqual({"text/plain": "True", "text/html": "<b>1</b>"}, self.formatter.format(True)[0])
        self.assert_as_full_path()
        formatters["text/html"].pop(int)
        formatters["text/latex"].for_type(object, lambda o: "$o$")
        self.assertEqual({"text/plain": "None", "text/latex": "$o$"}, self.formatter.format(None)[0])
        self.assert_as_full_path()
        formatters["text/latex"].pop(object)
        formatters["image/svg+xml"].for_type_by_name("builtins", "float", lambda f: "<svg/>")
        self.assertEqual({"text/plain": "1.5", "image/svg+xml": "<svg/>"}, self.formatter.format(1.5)[0])
        formatters["application/json"].singleton_printers[id(None)] = lambda o: {"none": True}
        self.assertEqual({"text/plain": "None", "application/json": {"none": True}}, self.formatter.format(None)[0])
        self.formatter.mimebundle_formatter.for_type(str, lambda s: {"text/markdown": "*%s*" % s})
        self.assertEqual({"text/markdown": "*s*", "text/plain": "'s'"}, self.formatter.format("s")[0])
        self.formatter.ipython_display_formatter.for_type(bool, lambda b: None)
        self.assertEqual(({}, {}), self.formatter.format(True))
        self.assert_as_full_path()

    def test_the_plain_printer_of_the_class_is_used_but_not_for_singletons(self):
        plain = self.formatter.formatters["text/plain"]
        plain.for_type(int, lambda n, p, cycle: p.text("int"))
        plain.for_type(bool, lambda b, p, cycle: p.text("bool"))
        plain.float_precision = "2"
        self.assertEqual("int", self.formatter.format(2)[0]["text/plain"])
        self.assertEqual("True", self.formatter.format(True)[0]["text/plain"])
        self.assertEqual("1.50", self.formatter.format(1.5)[0]["text/plain"])
        self.assert_as_full_path()

    def test_subclasses_and_added_formatters_take_the_full_path(self):
        class Html(int):
            def _repr_html_(self):
                return "<i>%d</i>" % self

        class Text(str):
            def __repr__(self):
                return "Text!"

        self.assertEqual({"text/plain": "3", "text/html": "<i>3</i>"}, self.formatter.format(Html(3))[0])
        self.assertEqual({"text/plain": "Text!"}, self.formatter.format(Text("t"))[0])

        class Everything(type(self.formatter.formatters["text/html"])):
            format_type = "text/x-everything"
            print_method = "__repr__"

        self.formatter.formatters["text/x-everything"] = Everything()
        self.assertEqual({"text/plain": "2", "text/x-everything": "2"}, self.formatter.format(2)[0])
        self.assert_as_full_path()

    def test_a_repr_that_fails_is_reported_as_by_the_full_path(self):
        limit = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(1000)
        try:
            self.assertEqual(({}, {}), self.formatter.format(10 ** 2000))
        finally:
            sys.set_int_max_str_digits(limit)
        self.assertEqual(["ValueError"], [type(failure).__name__ for failure in self.failures])

    def test_a_hundred_thousand_results_format_quickly(self):
        # Generous for a loaded machine: the fast path takes microseconds.
        started = time.perf_counter()
        for number in range(100000):
            self.formatter.format(number)
        self.assertLess(time.perf_counter() - started, 5.0)


class PrinterTest(unittest.TestCase):
    def test_long_sequences_are_read_only_as_far_as_they_are_shown(self):
        pulled = []

        class Counting(list):
            def __iter__(self):
                for item in list.__iter__(self):
                    pulled.append(item)
                    yield item

        text = pretty(Counting(range(100000)))
        self.assertLessEqual(len(pulled), 1001)
        self.assertEqual(1001, text.count("\n") + 1)
        self.assertTrue(text.endswith(" 999,\n ...]"))

    def test_a_hundred_thousand_items_print_quickly(self):
        # Generous for a loaded machine: cut at 1000 items, this takes milliseconds.
        started = time.perf_counter()
        pretty(list(range(100000)))
        pretty(set(range(100000)))
        pretty(dict.fromkeys(range(100000)))
        self.assertLess(time.perf_counter() - started, 2.0)

    def test_max_width_and_max_seq_length(self):
        self.assertEqual("[0,\n 1,\n 2]", pretty([0, 1, 2], max_width=5))
        self.assertEqual("[0, 1, ...]", pretty(list(range(10)), max_seq_length=2))
        self.assertEqual(repr(list(range(2000))), pretty(list(range(2000)), max_width=10 ** 6, max_seq_length=0))

    def test_printers_registered_for_a_type_or_by_name(self):
        from jupyterkit_kernel import pretty as module

        class Celsius(float):
            pass

        class Indoor(Celsius):
            pass

        def degrees(obj, p, cycle):
            p.text("%g°" % obj)

        self.assertIsNone(module.for_type(Celsius, degrees))
        self.assertIsNone(module.for_type_by_name(__name__, "Reading", lambda obj, p, cycle: p.text("reading")))
        Reading = type("Reading", (), {"__module__": __name__})
        self.assertEqual("[21.5°, 3°, reading]", pretty([Celsius(21.5), Indoor(3), Reading()]))
        self.assertIs(degrees, module.for_type(Celsius, None))

    def test_importing_it_loads_nothing_new(self):
        probe = ("import sys; sys.path.insert(0, %r); import jupyterkit_kernel.formatting\n"
                 "before = set(sys.modules); import jupyterkit_kernel.pretty\n"
                 "print(sorted(set(sys.modules) - before))" % KERNEL_PYTHON)
        done = subprocess.run([sys.executable, "-S", "-c", probe], capture_output=True, text=True, timeout=60)
        self.assertEqual(0, done.returncode, done.stderr)
        self.assertEqual(["jupyterkit_kernel.pretty"], json.loads(done.stdout.replace("'", '"')))


if __name__ == "__main__":
    unittest.main()
