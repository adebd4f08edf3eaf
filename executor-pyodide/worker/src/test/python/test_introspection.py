"""complete_request and inspect_request under plain CPython: the messages the kernel answers with, and what they say.

The standard library's completer is the one checked here (jedi is compared with IPython in
test_introspection_oracle); the kernel's own messages are checked with whichever it uses.
"""

import json
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel  # noqa: E402
from jupyterkit_kernel import completion, inspection  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402


def shell_request(msg_type, content, msg_id="shell-1"):
    return json.dumps({"header": {"msg_id": msg_id, "msg_type": msg_type}, "content": content})


class IntrospectionTest(unittest.TestCase):
    def setUp(self):
        self.out = Recorder()
        self.kernel = Kernel(self.out)
        run_cell(self.kernel, self.out, "my_variable = 1\nimport collections\n"
                 "def greet(name):\n    '''Say hello to name.\n\n    Politely.'''\n    return 'hi ' + name\n"
                 "class Lazy:\n    def __getattr__(self, name):\n        raise SystemExit('__getattr__ ran')\n"
                 "    @property\n    def value(self):\n        raise SystemExit('a property ran')\n"
                 "lazy = Lazy()")
        self.assertEqual([], self.out.of_type("error"))

    def complete(self, code, cursor_pos=None):
        if cursor_pos is None:
            cursor_pos = len(code)
        return completion.complete(code, cursor_pos, self.kernel.namespace, use_jedi=False)

    def test_a_complete_request_is_answered_busy_reply_idle_to_its_parent(self):
        self.out.messages.clear()
        self.kernel.shell_request(shell_request("complete_request", {"code": "my_v", "cursor_pos": 4}))
        self.assertEqual(["status", "complete_reply", "status"], self.out.types())
        self.assertEqual(["shell-1"] * 3, [m["parent_header"]["msg_id"] for m in self.out.messages])
        self.assertEqual(["busy", "idle"], [m["content"]["execution_state"] for m in self.out.of_type("status")])
        reply = self.out.of_type("complete_reply")[0]["content"]
        self.assertEqual("ok", reply["status"])
        self.assertIn("my_variable", reply["matches"])
        self.assertEqual((0, 4), (reply["cursor_start"], reply["cursor_end"]))

    def test_an_inspect_request_is_answered_with_the_docstring(self):
        self.out.messages.clear()
        self.kernel.shell_request(shell_request("inspect_request", {"code": "greet", "cursor_pos": 5,
                                                                    "detail_level": 0}))
        self.assertEqual(["status", "inspect_reply", "status"], self.out.types())
        reply = self.out.of_type("inspect_reply")[0]["content"]
        self.assertEqual({"status": "ok", "found": True, "metadata": {}},
                         {k: v for k, v in reply.items() if k != "data"})
        self.assertEqual("Signature: greet(name)\nDocstring:\nSay hello to name.\n\nPolitely.\nFile:      Cell In[1]\n"
                         "Type:      function\n", reply["data"]["text/plain"])

    def test_another_request_gets_an_error_reply(self):
        self.out.messages.clear()
        self.kernel.shell_request(shell_request("history_request", {}))
        self.assertEqual(["status", "history_reply", "status"], self.out.types())
        reply = self.out.of_type("history_reply")[0]["content"]
        self.assertEqual(("error", "UnsupportedRequest"), (reply["status"], reply["ename"]))

    def test_a_request_during_an_async_cell_leaves_the_cell_its_parent(self):
        self.kernel._parent = {"msg_id": "cell"}
        self.kernel.shell_request(shell_request("complete_request", {"code": "x", "cursor_pos": 1}))
        self.assertEqual({"msg_id": "cell"}, self.kernel._parent)

    def test_names_from_the_namespace_builtins_and_keywords(self):
        self.assertEqual(["my_variable"], self.complete("my_v")["matches"])
        self.assertEqual(["len"], self.complete("le")["matches"])
        reply = self.complete("x = 1 if my_variable el")
        self.assertEqual(["elif", "else"], reply["matches"])
        self.assertEqual("keyword", reply["metadata"]["_jupyter_types_experimental"][0]["type"])

    def test_attributes_of_objects_and_modules(self):
        reply = self.complete("collections.Ordered")
        self.assertEqual(["OrderedDict"], reply["matches"])
        self.assertEqual((12, 19), (reply["cursor_start"], reply["cursor_end"]))
        item = self.complete("greet.__na")["metadata"]["_jupyter_types_experimental"][0]
        self.assertEqual({"start": 6, "end": 10, "text": "__name__", "type": "instance", "signature": ""}, item)
        self.assertEqual([], self.complete("my_variable.nothing_like_this")["matches"])

    def test_module_names_after_import(self):
        self.assertIn("collections", self.complete("import colle")["matches"])
        self.assertIn("json", self.complete("from js")["matches"])
        self.assertEqual(["abc"], self.complete("from collections import ab")["matches"])
        self.assertIn("path", self.complete("import os.pa")["matches"])

    def test_the_cursor_counts_code_points_after_an_emoji(self):
        code = "label = '😀'; my_v"
        self.assertEqual(17, len(code))
        reply = self.complete(code, 17)
        self.assertEqual(["my_variable"], reply["matches"])
        self.assertEqual((13, 17), (reply["cursor_start"], reply["cursor_end"]))
        # The cursor in the middle: what is before it counts.
        reply = self.complete(code + "\nprint()", 17)
        self.assertEqual(["my_variable"], reply["matches"])

    def test_nothing_inside_strings_and_comments(self):
        self.assertEqual([], self.complete("'my_v")["matches"])
        self.assertEqual([], self.complete('x = """\nmy_v')["matches"])
        self.assertEqual([], self.complete("x = 1  # my_v")["matches"])
        self.assertEqual(["my_variable"], self.complete("x = '#' + my_v")["matches"])

    def test_completion_runs_no_property_nor_getattr(self):
        reply = self.complete("lazy.")
        self.assertEqual(["value"], reply["matches"])
        self.assertEqual("property", reply["metadata"]["_jupyter_types_experimental"][0]["type"])
        self.assertEqual([], self.complete("lazy.value.")["matches"])
        self.assertEqual([], self.complete("lazy.anything.")["matches"])
        self.assertEqual([], self.complete("greet('x').")["matches"], "calls are not evaluated")

    def test_bad_positions_and_code_are_survived(self):
        self.assertEqual("ok", self.complete("my_v", 99)["status"])
        self.assertEqual(["my_variable"], completion.complete("my_v", None, self.kernel.namespace,
                                                             use_jedi=False)["matches"])
        reply = completion.complete(None, 3, self.kernel.namespace, use_jedi=False)
        self.assertEqual(("ok", 0, 0), (reply["status"], reply["cursor_start"], reply["cursor_end"]))

    def test_jedi_is_used_once_a_cell_installs_it(self):
        saved_path, saved_module = list(sys.path), sys.modules.pop("jedi", None)
        sys.path[:] = [entry for entry in sys.path if not os.path.isdir(os.path.join(entry or ".", "jedi"))]
        try:
            self.assertFalse(completion.jedi_available())
            sys.modules["jedi"] = type(sys)("jedi")  # what a cell that installed and imported it leaves
            self.assertTrue(completion.jedi_available())
        finally:
            sys.path[:] = saved_path
            sys.modules.pop("jedi", None)
            if saved_module is not None:
                sys.modules["jedi"] = saved_module

    def test_a_jedi_that_fails_gives_way_to_the_standard_library_for_good(self):
        calls = []

        class UnsupportedInterpreter:
            def __init__(self, code, namespaces):
                calls.append(code)
                # What jedi 0.19.1 raises under Python 3.14 (parso has no grammar for it).
                raise NotImplementedError("Python version 3.14 is currently not supported.")

        fake = type(sys)("jedi")
        fake.settings = type(sys)("jedi.settings")
        fake.Interpreter = UnsupportedInterpreter
        saved_module, saved_state = sys.modules.get("jedi"), dict(completion._jedi_state)
        sys.modules["jedi"] = fake
        completion._jedi_state["failed"] = False
        try:
            for _ in range(2):
                reply = completion.complete("my_v", 4, self.kernel.namespace)
                self.assertEqual(["my_variable"], reply["matches"])
            self.assertEqual(["my_v"], calls, "jedi is not tried again once it failed")
            self.assertFalse(completion.jedi_available())
        finally:
            completion._jedi_state.update(saved_state)
            if saved_module is None:
                del sys.modules["jedi"]
            else:
                sys.modules["jedi"] = saved_module

    def test_inspecting_a_function_at_both_levels(self):
        reply = inspection.inspect_reply("greet", 2, 1, self.kernel.namespace)
        text = reply["data"]["text/plain"]
        self.assertIn("Source:", text)
        self.assertIn("def greet(name):", text)
        self.assertNotIn("Docstring:", text, "the docstring is in the source")

    def test_inspecting_the_call_the_cursor_is_in(self):
        self.assertEqual("len", inspection.token_at_cursor("len(", 4))
        self.assertEqual("greet", inspection.token_at_cursor("x = greet('a', ", 15))
        self.assertEqual("collections.OrderedDict",
                         inspection.token_at_cursor("collections.OrderedDict(a=1)", 14))
        self.assertEqual("my_variable", inspection.token_at_cursor("len(my_variable)", 6))
        reply = inspection.inspect_reply("len(", 4, 0, self.kernel.namespace)
        self.assertTrue(reply["data"]["text/plain"].startswith(
            "Signature: len(obj, /)\nDocstring: Return the number of items in a container.\n"),
            reply["data"]["text/plain"])

    def test_inspecting_after_an_emoji(self):
        code = "s = '😀😀'; greet("
        self.assertEqual("greet", inspection.token_at_cursor(code, len(code)))

    def test_a_name_that_is_not_there_is_not_found(self):
        self.assertEqual({"status": "ok", "found": False, "data": {}, "metadata": {}},
                         inspection.inspect_reply("no_such_name", 5, 0, self.kernel.namespace))
        self.assertFalse(inspection.inspect_reply("", 0, 0, self.kernel.namespace)["found"])
        self.assertFalse(inspection.inspect_reply("lazy.anything", 13, 0, self.kernel.namespace)["found"])

    def test_an_object_that_fails_to_be_shown_gets_an_error_reply_and_the_kernel_goes_on(self):
        run_cell(self.kernel, self.out, "class Hostile:\n    def __str__(self):\n        raise SystemExit('no')\n"
                 "hostile = Hostile()")
        text = inspection.inspect_reply("lazy", 4, 0, self.kernel.namespace)["data"]["text/plain"]
        self.assertTrue(text.startswith("Type:        Lazy\n"), text)
        self.out.messages.clear()
        self.kernel.shell_request(shell_request("inspect_request", {"code": "hostile", "cursor_pos": 7}))
        reply = self.out.of_type("inspect_reply")[0]["content"]
        self.assertEqual(("error", "SystemExit"), (reply["status"], reply["ename"]))
        self.assertEqual("idle", self.out.messages[-1]["content"]["execution_state"])
        self.out.messages.clear()
        self.kernel.shell_request(shell_request("complete_request", {"code": "hosti", "cursor_pos": 5}))
        self.assertEqual(["hostile"], self.out.of_type("complete_reply")[0]["content"]["matches"])

    def test_inspecting_a_property_does_not_run_it(self):
        text = inspection.inspect_reply("lazy.value", 10, 0, self.kernel.namespace)["data"]["text/plain"]
        self.assertTrue(text.startswith("Type:        property\n"), text)


if __name__ == "__main__":
    unittest.main()
