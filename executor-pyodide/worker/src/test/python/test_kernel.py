"""Tests of the kernel under plain CPython: the messages a cell produces, as the page would receive them."""

import ast
import asyncio
import json
import os
import re
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel  # noqa: E402


class Recorder:
    """What the kernel emits, as the page receives it: each message, and how they were grouped (``emits``)."""

    def __init__(self):
        self.messages = []
        self.emits = []

    def __call__(self, text, buffers=None):
        parsed = json.loads(text)
        # Messages the kernel sends together come as one JSON array (never with buffers).
        group = parsed if isinstance(parsed, list) else [parsed]
        if buffers is not None:
            assert len(group) == 1, "buffers belong to one message"
            group[0]["buffers"] = buffers
        self.messages.extend(group)
        self.emits.append([m["header"]["msg_type"] for m in group])

    def of_type(self, msg_type):
        return [m for m in self.messages if m["header"]["msg_type"] == msg_type]

    def types(self):
        return [m["header"]["msg_type"] for m in self.messages]


def plain(lines):
    return re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(lines))


def request(code, msg_id="req-1"):
    return json.dumps({"header": {"msg_id": msg_id, "msg_type": "execute_request"}, "content": {"code": code}})


def run_cell(kernel, recorder, code, msg_id="req-1"):
    """Runs one cell to the end (top-level await included) and returns the recorder with only its messages."""
    recorder.messages.clear()
    recorder.emits.clear()
    pending = kernel.execute(request(code, msg_id))
    if pending is not None:
        asyncio.run(pending)
    return recorder


class KernelTest(unittest.TestCase):
    def setUp(self):
        self.out = Recorder()
        self.kernel = Kernel(self.out)

    def run_cell(self, code, msg_id="req-1"):
        return run_cell(self.kernel, self.out, code, msg_id)

    def test_print_and_last_expression(self):
        out = self.run_cell('import sys; print("hi"); sys.version_info[:2]')
        self.assertEqual(["status", "execute_input", "stream", "execute_result", "execute_reply", "status"],
                         out.types())
        self.assertEqual("hi\n", "".join(m["content"]["text"] for m in out.of_type("stream")))
        result = out.of_type("execute_result")[0]["content"]
        self.assertEqual(repr(sys.version_info[:2]), result["data"]["text/plain"])
        self.assertEqual(1, result["execution_count"])

    def test_every_message_answers_the_request(self):
        out = self.run_cell("1+1", msg_id="abc")
        self.assertTrue(all(m["parent_header"]["msg_id"] == "abc" for m in out.messages))
        self.assertTrue(all("metadata" in m and m["header"]["version"] == "5.3" for m in out.messages))

    def test_none_result_shows_nothing_and_counts_go_up(self):
        self.run_cell("x = 1")
        out = self.run_cell("None")
        self.assertEqual([], out.of_type("execute_result"))
        self.assertEqual(2, out.of_type("execute_reply")[0]["content"]["execution_count"])

    def test_state_is_shared_between_cells(self):
        self.run_cell("x = 41")
        out = self.run_cell("x + 1")
        self.assertEqual("42", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_stderr_is_its_own_stream(self):
        out = self.run_cell("import sys; sys.stderr.write('oops\\n')")
        self.assertEqual(["stderr"], [m["content"]["name"] for m in out.of_type("stream")])

    def test_error_traceback_names_the_cell_and_hides_kernel_frames(self):
        out = self.run_cell("x = 1\n1/0")
        error = out.of_type("error")[0]["content"]
        self.assertEqual("ZeroDivisionError", error["ename"])
        text = plain(error["traceback"])
        self.assertIn("Cell In[1], line 2", text)
        self.assertIn("1/0", text)
        self.assertNotIn("jupyterkit_kernel", text)
        self.assertEqual("error", out.of_type("execute_reply")[0]["content"]["status"])

    def test_syntax_error_has_a_caret_and_no_helper_frames(self):
        out = self.run_cell("1 +")
        error = out.of_type("error")[0]["content"]
        self.assertEqual("SyntaxError", error["ename"])
        text = plain(error["traceback"])
        self.assertIn("Cell In[1], line 1", text)
        self.assertIn("^", text)
        self.assertNotIn("execution.py", text)

    def test_top_level_await(self):
        out = self.run_cell("import asyncio\nawait asyncio.sleep(0)\n6 * 7")
        self.assertEqual("42", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_an_awaited_expression_alone_is_the_result(self):
        self.run_cell("import asyncio")
        out = self.run_cell("await asyncio.sleep(0, result=5)")
        self.assertEqual("5", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_a_cell_of_only_a_comment_runs_and_shows_nothing(self):
        out = self.run_cell("# nothing to run")
        self.assertEqual(["status", "execute_input", "execute_reply", "status"], out.types())
        self.assertEqual("ok", out.of_type("execute_reply")[0]["content"]["status"])

    def test_rich_repr(self):
        out = self.run_cell("class H:\n    def _repr_html_(self):\n        return '<b>x</b>'\nH()")
        data = out.of_type("execute_result")[0]["content"]["data"]
        self.assertEqual("<b>x</b>", data["text/html"])
        self.assertIn("text/plain", data)

    def test_streams_are_restored_after_the_cell(self):
        before = sys.stdout
        self.run_cell("print('a')")
        self.run_cell("1/0")
        self.assertIs(before, sys.stdout)

    def test_interleaved_streams_keep_their_order(self):
        out = self.run_cell("import sys\nprint('a')\nsys.stderr.write('b\\n')\nprint('c')")
        self.assertEqual([("stdout", "a\n"), ("stderr", "b\n"), ("stdout", "c\n")],
                         [(m["content"]["name"], m["content"]["text"]) for m in out.of_type("stream")])


class HeldMessagesTest(unittest.TestCase):
    """What the kernel sends around a cell's code goes out together; what the code shows goes out as it comes."""

    def setUp(self):
        self.out = Recorder()
        self.kernel = Kernel(self.out)

    def test_a_quick_cell_is_emitted_in_two_groups(self):
        run_cell(self.kernel, self.out, "1 + 1")
        self.assertEqual([["status", "execute_input"], ["execute_result", "execute_reply", "status"]],
                         self.out.emits)
        run_cell(self.kernel, self.out, "x = 1")
        self.assertEqual([["status", "execute_input"], ["execute_reply", "status"]], self.out.emits)
        run_cell(self.kernel, self.out, "1 / 0")
        self.assertEqual([["status", "execute_input"], ["error", "execute_reply", "status"]], self.out.emits)
        run_cell(self.kernel, self.out, "  ")
        self.assertEqual([["status", "execute_input", "execute_reply", "status"]], self.out.emits)

    def test_what_the_running_code_shows_is_emitted_before_the_code_goes_on(self):
        seen = []
        self.kernel.namespace["probe"] = lambda: seen.append([list(group) for group in self.out.emits])
        run_cell(self.kernel, self.out, "print('a')\ndisplay('b')\nprobe()\nimport sys\nprint('c', file=sys.stderr)"
                                        "\nprobe()\n'd'")
        self.assertEqual([["status", "execute_input"], ["stream"], ["display_data"]], seen[0])
        # The stream waits in its own buffer until the next message, the result, as before.
        self.assertEqual(seen[0], seen[1])
        self.assertEqual(seen[0] + [["stream", "execute_result", "execute_reply", "status"]], self.out.emits)

    def test_an_async_cell_shows_its_output_while_it_awaits_and_its_reply_goes_out_together(self):
        run_cell(self.kernel, self.out, "import asyncio\ndisplay(1)\nawait asyncio.sleep(0)\n2")
        self.assertEqual([["status", "execute_input"], ["display_data"], ["execute_result", "execute_reply", "status"]],
                         self.out.emits)

    def test_held_messages_go_out_before_the_kernel_fails_or_asks_for_input(self):
        from jupyterkit_kernel import magics

        def broken(code, autocalls=()):
            raise RuntimeError("broken")

        real = magics.transform_parsed
        magics.transform_parsed = broken
        try:
            with self.assertRaises(RuntimeError):
                self.kernel.execute(request("x = 1"))
        finally:
            magics.transform_parsed = real
        self.assertEqual([["status", "execute_input"]], self.out.emits)
        answered = []
        kernel = Kernel(self.out, read_input=lambda prompt, password: answered.append(list(self.out.emits)) or "a")
        # A result's formatter runs while the reply is held: what it printed is shown before the question.
        run_cell(kernel, self.out, "class Asks:\n    def __repr__(self):\n        print('asking')\n"
                                   "        return input('? ')\nAsks()")
        self.assertEqual([[["status", "execute_input"], ["stream"]]], answered)
        self.assertEqual("asking\n", self.out.of_type("stream")[0]["content"]["text"])
        self.assertEqual("a", self.out.of_type("execute_result")[0]["content"]["data"]["text/plain"])


class ParseOnceTest(unittest.TestCase):
    """A cell of plain Python is parsed once: the magics' check hands its tree to the compiler."""

    def test_plain_python_keeps_its_tree_and_magics_or_autocalls_do_not(self):
        from jupyterkit_kernel import magics

        source, tree = magics.transform_parsed("x = 1\nx + 1")
        self.assertEqual("x = 1\nx + 1", source)
        self.assertEqual(ast.dump(ast.parse(source)), ast.dump(tree))
        self.assertEqual(("get_ipython().run_line_magic('who', '')", None), magics.transform_parsed("%who"))
        self.assertEqual(("exit()", None), magics.transform_parsed("exit", ("exit",)))

    def test_compiling_leaves_the_tree_unchanged_and_an_expression_alone_has_no_body(self):
        from jupyterkit_kernel import execution

        for source, has_body in (("x = 2\nx * 3", True), ("2 * 3", False), ("x = 2", True)):
            with self.subTest(source=source):
                tree = ast.parse(source)
                before = ast.dump(tree)
                cell = execution.CompiledCell(source, "<cell-1>", tree)
                self.assertEqual(before, ast.dump(tree))
                self.assertEqual(has_body, cell.body is not None)
                self.assertEqual(6 if "*" in source else None, execution.run_sync(cell, {}))


class _HideRealIPython:
    """A finder that makes the real IPython unimportable, as it is in a stock Pyodide."""

    def find_spec(self, fullname, path=None, target=None):
        if fullname == "IPython" or fullname.startswith("IPython."):
            for finder in sys.meta_path:
                if type(finder).__name__ == "_FallbackIPython":
                    return finder.find_spec(fullname, path, target)
        return None


class DisplayTest(unittest.TestCase):
    def setUp(self):
        self.out = Recorder()
        self.kernel = Kernel(self.out)
        self.saved = {name: module for name, module in sys.modules.items() if name.split(".")[0] == "IPython"}
        for name in self.saved:
            del sys.modules[name]
        self.hider = _HideRealIPython()
        sys.meta_path.insert(0, self.hider)

    def tearDown(self):
        sys.meta_path.remove(self.hider)
        for name in [n for n in sys.modules if n.split(".")[0] == "IPython"]:
            del sys.modules[name]
        sys.modules.update(self.saved)

    def run_cell(self, code):
        self.out.messages.clear()
        self.kernel.execute(request(code))
        return self.out

    def test_display_is_a_builtin_and_keeps_order_with_prints(self):
        out = self.run_cell("print('a')\ndisplay({'k': 1})\nprint('b')")
        self.assertEqual(["stream", "display_data", "stream"],
                         [t for t in out.types() if t in ("stream", "display_data")])
        self.assertEqual("{'k': 1}", out.of_type("display_data")[0]["content"]["data"]["text/plain"])

    def test_ipython_display_objects_work_without_ipython(self):
        out = self.run_cell("from IPython.display import HTML, Markdown, Latex, SVG, JSON, Image, display\n"
                            "display(HTML('<b>h</b>'), Markdown('*m*'), Latex('$x$'), SVG('<svg/>'), JSON({'a': 1}))\n"
                            "display(Image(b'\\x89PNG....', width=20))")
        datas = [m["content"]["data"] for m in out.of_type("display_data")]
        self.assertEqual("<b>h</b>", datas[0]["text/html"])
        self.assertEqual("*m*", datas[1]["text/markdown"])
        self.assertEqual("$x$", datas[2]["text/latex"])
        self.assertEqual("<svg/>", datas[3]["image/svg+xml"])
        self.assertEqual({"a": 1}, datas[4]["application/json"])
        self.assertIn("image/png", datas[5])
        self.assertEqual({"width": 20}, out.of_type("display_data")[5]["content"]["metadata"]["image/png"])

    def test_display_ids_updates_and_clear_output(self):
        out = self.run_cell("h = display('one', display_id='d1')\nh.update('two')\n"
                            "from IPython.display import clear_output, update_display\n"
                            "update_display('three', display_id='d1')\nclear_output(wait=True)")
        self.assertEqual("d1", out.of_type("display_data")[0]["content"]["transient"]["display_id"])
        updates = out.of_type("update_display_data")
        self.assertEqual(["'two'", "'three'"], [u["content"]["data"]["text/plain"] for u in updates])
        self.assertEqual({"wait": True}, out.of_type("clear_output")[0]["content"])

    def test_a_later_cell_can_update_an_earlier_display(self):
        self.run_cell("display('first', display_id='x')")
        out = self.run_cell("update_display = __import__('IPython.display', fromlist=['x']).update_display\n"
                            "update_display('second', display_id='x')")
        self.assertEqual("x", out.of_type("update_display_data")[0]["content"]["transient"]["display_id"])


class InterruptibleSleepTest(unittest.TestCase):
    def setUp(self):
        import time

        self.real_sleep = time.sleep

    def tearDown(self):
        import time

        time.sleep = self.real_sleep

    def test_sleep_waits_in_short_steps_until_done(self):
        import time

        from jupyterkit_kernel.kernel import install_interruptible_sleep

        now = [0.0]
        waits = []

        def wait(seconds):
            waits.append(seconds)
            now[0] += seconds
            return False

        install_interruptible_sleep(wait, clock=lambda: now[0])
        time.sleep(1.0)
        self.assertAlmostEqual(1.0, sum(waits))
        self.assertTrue(all(w <= 0.25 for w in waits))

    def test_an_interrupt_raises_keyboard_interrupt_in_the_cell(self):
        from jupyterkit_kernel import Kernel

        calls = []

        def wait(seconds):
            calls.append(seconds)
            return len(calls) == 3

        out = Recorder()
        kernel = Kernel(out, wait=wait)
        kernel.execute(request("import time\nx = 1\ntime.sleep(30)"))
        error = out.of_type("error")[0]["content"]
        self.assertEqual("KeyboardInterrupt", error["ename"])
        self.assertEqual(3, len(calls))
        kernel.execute(request("x + 1"))
        self.assertEqual("2", out.of_type("execute_result")[-1]["content"]["data"]["text/plain"])

    def test_an_interrupt_before_the_code_begins_ends_the_cell_with_keyboard_interrupt(self):
        from jupyterkit_kernel import magics

        def interrupted(code, autocalls=()):
            raise KeyboardInterrupt()

        out = Recorder()
        kernel = Kernel(out)
        real = magics.transform_parsed
        magics.transform_parsed = interrupted
        try:
            run_cell(kernel, out, "x = 1")
        finally:
            magics.transform_parsed = real
        self.assertEqual("KeyboardInterrupt", out.of_type("error")[0]["content"]["ename"])
        self.assertEqual("error", out.of_type("execute_reply")[0]["content"]["status"])


class InputTest(unittest.TestCase):
    def setUp(self):
        import builtins

        self.real_input = builtins.input

    def tearDown(self):
        import builtins

        builtins.input = self.real_input

    def test_input_asks_the_page_and_echoes_the_answer(self):
        asked = []
        out = Recorder()
        kernel = Kernel(out, read_input=lambda prompt, password: asked.append((prompt, password)) or "Ada")
        kernel.execute(request("print('before')\nname = input('Name? ')\nname.upper()"))
        self.assertEqual([("Name? ", False)], asked)
        self.assertEqual("before\nName? Ada\n", "".join(m["content"]["text"] for m in out.of_type("stream")))
        self.assertEqual("'ADA'", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_passwords_are_masked_and_an_interrupt_stops_the_cell(self):
        answers = iter(["secret", None])
        out = Recorder()
        kernel = Kernel(out, read_input=lambda prompt, password: next(answers))
        kernel.execute(request("import getpass\np = getpass.getpass()\ninput('again: ')"))
        self.assertIn("Password: ······", "".join(m["content"]["text"] for m in out.of_type("stream")))
        self.assertEqual("KeyboardInterrupt", out.of_type("error")[0]["content"]["ename"])

    def test_without_isolation_input_says_what_to_do(self):
        out = Recorder()
        Kernel(out).execute(request("input()"))
        self.assertIn("Cross-Origin-Opener-Policy", out.of_type("error")[0]["content"]["evalue"])


class StreamPairTest(unittest.TestCase):
    def test_writes_are_batched_until_the_interval_passes(self):
        from jupyterkit_kernel.streams import StreamPair

        now = [0.0]
        sent = []
        pair = StreamPair(lambda name, text: sent.append((name, text)), interval=0.05, clock=lambda: now[0])
        pair.stdout.write("a")
        pair.stdout.write("b")
        self.assertEqual([], sent)
        now[0] = 0.06
        pair.stdout.write("c")
        self.assertEqual([("stdout", "abc")], sent)
        pair.stdout.write("d")
        pair.flush()
        self.assertEqual([("stdout", "abc"), ("stdout", "d")], sent)


if __name__ == "__main__":
    unittest.main()
