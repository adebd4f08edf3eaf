"""Real ipywidgets 8 on the kernel's comms, under CPython: the packages are the Debian trixie ones the widgets-comm
build repacks (widgets-comm/target/debian-wheels/site). The page is played by these tests, sending comm messages
as the widget manager does."""

import json
import os
import sys
import unittest

HERE = os.path.dirname(__file__)
SITE = os.path.join(HERE, "..", "..", "..", "..", "..", "widgets-comm", "target", "debian-wheels", "site")
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))
if not os.path.isdir(SITE):
    raise RuntimeError("Build widgets-comm first (mvn install): it fetches ipywidgets into " + SITE)
sys.path.insert(0, SITE)

from jupyterkit_kernel import Kernel  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402


def comm_message(msg_type, content, msg_id="page-1"):
    return json.dumps({"header": {"msg_id": msg_id, "msg_type": msg_type}, "content": content, "metadata": {}})


class WidgetsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.out = Recorder()
        cls.kernel = Kernel(cls.out)

    def run_cell(self, code, msg_id="req-1"):
        run_cell(self.kernel, self.out, code, msg_id)
        errors = self.out.of_type("error")
        self.assertEqual([], errors, errors and "\n".join(errors[0]["content"]["traceback"]))
        return self.out

    def comm_id_of(self, model_name):
        for message in self.out.of_type("comm_open"):
            if message["content"]["data"]["state"].get("_model_name") == model_name:
                return message["content"]["comm_id"]
        raise AssertionError("no %s opened" % model_name)

    def send_update(self, comm_id, state, msg_id="page-1", buffers=None):
        self.out.messages.clear()
        content = {"comm_id": comm_id, "data": {"method": "update", "state": state, "buffer_paths": []}}
        return self.kernel.handle_comm(comm_message("comm_msg", content, msg_id), buffers)

    def test_the_real_package_and_its_comms(self):
        out = self.run_cell("import ipywidgets as w\nw.__version__")
        self.assertEqual("'8.1.5'", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])
        import comm

        self.assertIs(comm.get_comm_manager(), self.kernel.comms.manager)

    def test_a_slider_change_from_the_page_runs_the_python_observer(self):
        out = self.run_cell("import ipywidgets as w\ns = w.IntSlider(3)\nl = w.Label('x')\n"
                            "s.observe(lambda c: setattr(l, 'value', 'got %d' % c['new']), 'value')\ns")
        view = out.of_type("execute_result")[0]["content"]["data"]["application/vnd.jupyter.widget-view+json"]
        slider = view["model_id"]
        self.assertEqual(slider, self.comm_id_of("IntSliderModel"))
        label = self.comm_id_of("LabelModel")
        self.assertIsNone(self.send_update(slider, {"value": 7}))
        updates = [m for m in self.out.of_type("comm_msg") if m["content"]["comm_id"] == label]
        self.assertEqual("got 7", updates[-1]["content"]["data"]["state"]["value"])
        statuses = [m["content"]["execution_state"] for m in self.out.of_type("status")]
        self.assertEqual(["busy", "idle"], statuses)
        self.assertTrue(all(m["parent_header"]["msg_id"] == "page-1" for m in self.out.messages))

    def test_button_clicks_print_into_an_output_widget(self):
        out = self.run_cell("import ipywidgets as w\nb = w.Button(description='go')\no = w.Output()\n"
                            "@o.capture()\ndef clicked(button):\n    print('clicked!')\n"
                            "b.on_click(clicked)\ndisplay(b, o)")
        button = self.comm_id_of("ButtonModel")
        output = self.comm_id_of("OutputModel")
        self.out.messages.clear()
        content = {"comm_id": button, "data": {"method": "custom", "content": {"event": "click"}}}
        self.assertIsNone(self.kernel.handle_comm(comm_message("comm_msg", content, "click-1")))
        states = [m["content"]["data"]["state"] for m in self.out.of_type("comm_msg")
                  if m["content"]["comm_id"] == output]
        outputs = [s["outputs"] for s in states if "outputs" in s]
        self.assertEqual([{"output_type": "stream", "name": "stdout", "text": "clicked!\n"}], list(outputs[-1]))
        self.assertEqual([], self.out.of_type("stream"), "captured output is not sent as a stream too")

    def test_with_output_in_a_cell_and_clear_output(self):
        self.run_cell("import ipywidgets as w\no2 = w.Output()\ndisplay(o2)")
        self.run_cell("with o2:\n    print('a')\n    display(w.HTML('<b>h</b>'))\n    print('b')")
        outputs = self.run_cell("o2.outputs").of_type("execute_result")[0]["content"]["data"]["text/plain"]
        self.assertIn("'a\\n'", outputs)
        self.assertIn("application/vnd.jupyter.widget-view+json", outputs)
        self.run_cell("o2.clear_output()\nwith o2:\n    print('c')")
        result = self.run_cell("o2.outputs").of_type("execute_result")[0]["content"]["data"]["text/plain"]
        self.assertEqual("({'output_type': 'stream', 'name': 'stdout', 'text': 'c\\n'},)", result)

    def test_interact_reruns_its_function_on_change(self):
        out = self.run_cell("import ipywidgets as w\n"
                            "@w.interact(x=(0, 10))\ndef square(x=2):\n    print('square', x * x)")
        self.assertTrue(out.of_type("display_data") or out.of_type("execute_result"))
        slider = self.comm_id_of("IntSliderModel")
        output = self.comm_id_of("OutputModel")
        self.send_update(slider, {"value": 5}, "change-1")
        states = [m["content"]["data"]["state"] for m in self.out.of_type("comm_msg")
                  if m["content"]["comm_id"] == output and "outputs" in m["content"]["data"]["state"]]
        self.assertIn("square 25\n", json.dumps([s["outputs"] for s in states]).replace("\\n", "\n"))

    def test_binary_buffers_cross_both_ways(self):
        self.run_cell("from comm import create_comm\nreceived = []\n"
                      "def opened(c, msg):\n    c.on_msg(lambda m: received.append(bytes(m['buffers'][0])))\n"
                      "    c.send({'hello': 1}, buffers=[memoryview(b'\\x01\\x02')])\n"
                      "import comm\ncomm.get_comm_manager().register_target('bytes-test', opened)")
        self.out.messages.clear()
        opening = comm_message("comm_open", {"comm_id": "c-1", "target_name": "bytes-test", "data": {}})
        self.assertIsNone(self.kernel.handle_comm(opening))
        sent = [m for m in self.out.of_type("comm_msg") if m["content"]["comm_id"] == "c-1"]
        self.assertEqual([b"\x01\x02"], sent[0]["buffers"])
        message = comm_message("comm_msg", {"comm_id": "c-1", "data": {}}, "page-2")
        self.assertIsNone(self.kernel.handle_comm(message, [b"\x03\x04\x05"]))
        self.assertEqual("[b'\\x03\\x04\\x05']",
                         self.run_cell("received").of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_a_message_handled_while_a_cell_sleeps_answers_itself_and_the_cell_keeps_its_output(self):
        self.run_cell("import ipywidgets as w\nslept = w.IntSlider(0)\nseen = []\n"
                      "slept.observe(lambda c: seen.append(c['new']), 'value')")
        slider = self.comm_id_of("IntSliderModel")
        kernel = self.kernel
        update = comm_message("comm_msg", {"comm_id": slider, "data": {"method": "update",
                                                                        "state": {"value": 9}}}, "during")
        import jupyterkit_kernel.kernel as kernel_module

        kernel_module.during_sleep = lambda: kernel.handle_comm(update)
        out = self.run_cell("import jupyterkit_kernel.kernel as k\nprint('before')\nk.during_sleep()\n"
                            "print('after', seen)", msg_id="sleeper")
        streams = [(m["parent_header"]["msg_id"], m["content"]["text"]) for m in out.of_type("stream")]
        self.assertEqual([("sleeper", "before\n"), ("sleeper", "after [9]\n")], streams)
        self.assertEqual("sleeper", out.of_type("execute_reply")[0]["parent_header"]["msg_id"])
        self.assertEqual(["during", "during"], [m["parent_header"]["msg_id"] for m in out.of_type("status")][1:3])

    def test_malformed_messages_are_ignored_with_a_warning(self):
        self.run_cell("import ipywidgets")
        self.assertIn("not JSON", self.kernel.handle_comm("{nope"))
        self.assertIn("without a comm_id", self.kernel.handle_comm(comm_message("comm_msg", {"data": {}})))
        self.assertIn("unknown comm", self.kernel.handle_comm(comm_message("comm_msg", {"comm_id": "zz"})))
        self.out.messages.clear()
        warning = self.kernel.handle_comm(comm_message("comm_open", {"comm_id": "q", "target_name": "nobody"}))
        self.assertIn("no comm target 'nobody'", warning)
        self.assertEqual(["q"], [m["content"]["comm_id"] for m in self.out.of_type("comm_close")])
        self.assertEqual("2", self.run_cell("1 + 1").of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_a_failing_callback_reports_its_traceback_to_the_request(self):
        self.run_cell("import ipywidgets as w\nbad = w.Button()\nbad.on_click(lambda b: 1 / 0)")
        button = self.comm_id_of("ButtonModel")
        self.out.messages.clear()
        content = {"comm_id": button, "data": {"method": "custom", "content": {"event": "click"}}}
        self.kernel.handle_comm(comm_message("comm_msg", content, "click-2"))
        errors = self.out.of_type("error")
        self.assertEqual("ZeroDivisionError", errors[0]["content"]["ename"])
        self.assertEqual("click-2", errors[0]["parent_header"]["msg_id"])


if __name__ == "__main__":
    unittest.main()
