"""matplotlib figures captured at the end of a cell and by ``plt.show()``.

With Debian's real matplotlib, under CPython: the kernel runs in a /usr/bin/python3 subprocess (see
real_matplotlib_cells.py; these tests themselves see no site-packages). What only the kernel's own choice of
backend decides is also checked here against the matplotlib STAND-IN in standins/, the one the browser tests
install into Pyodide (the real wasm package cannot be had offline; see standins/README.md).
"""

import base64
import json
import os
import subprocess
import sys
import unittest
import zlib

HERE = os.path.dirname(__file__)
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))
sys.path.insert(0, os.path.join(HERE, "standins"))

from jupyterkit_kernel import Kernel  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402


SYSTEM_PYTHON = "/usr/bin/python3"
RUNNER = os.path.join(HERE, "real_matplotlib_cells.py")


def run_with_real_matplotlib(formats, cells):
    """Each cell's messages, the cells run in one kernel under CPython with Debian's matplotlib."""
    result = subprocess.run([SYSTEM_PYTHON, RUNNER], input=json.dumps({"formats": formats, "cells": cells}),
                            capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise AssertionError("the kernel could not run with the real matplotlib:\n" + result.stderr)
    return json.loads(result.stdout)


def of_type(messages, msg_type):
    return [m["content"] for m in messages if m["type"] == msg_type]


def png_size(data):
    raw = base64.b64decode(data)
    assert raw.startswith(b"\x89PNG\r\n\x1a\n"), raw[:8]
    return int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")


class RealMatplotlibTest(unittest.TestCase):
    """The capture path with the real matplotlib: real SVG (glyphs as <use> of <defs>) and real PNG figures."""

    def test_open_figures_are_shown_after_the_cell_and_closed(self):
        backend, drawn, after = run_with_real_matplotlib(["svg"], [
            "import matplotlib\nmatplotlib.get_backend()",
            "import matplotlib.pyplot as plt\nplt.plot([1, 4, 9])\nplt.title('Squares')",
            "plt.get_fignums()"])
        self.assertEqual("'module://jupyterkit_kernel.matplotlib_backend'",
                         of_type(backend, "execute_result")[0]["data"]["text/plain"])
        self.assertEqual(["execute_result", "display_data"],
                         [m["type"] for m in drawn if m["type"] in ("execute_result", "display_data")])
        self.assertEqual("Text(0.5, 1.0, 'Squares')", of_type(drawn, "execute_result")[0]["data"]["text/plain"])
        data = of_type(drawn, "display_data")[0]["data"]
        self.assertEqual({"text/plain", "image/svg+xml"}, set(data))
        self.assertEqual("<Figure size 640x480 with 1 Axes>", data["text/plain"])
        svg = data["image/svg+xml"]
        self.assertTrue(svg.lstrip().startswith("<?xml"), svg[:80])
        self.assertIn("<!-- Squares -->", svg)
        self.assertIn('<path id="DejaVuSans-53"', svg, "the S of the title, defined once")
        self.assertIn('<use xlink:href="#DejaVuSans-53"', svg, "and drawn as a <use>")
        self.assertEqual("[]", of_type(after, "execute_result")[0]["data"]["text/plain"])
        self.assertEqual([], of_type(after, "display_data"))

    def test_show_displays_png_and_svg_at_once(self):
        (shown,) = run_with_real_matplotlib(["png", "svg"], [
            "import matplotlib.pyplot as plt\nfig = plt.figure(figsize=(3, 2))\nplt.plot([1, 2])\nplt.show()\n"
            "print('after', plt.get_fignums())"])
        self.assertEqual(["display_data", "stream"], [m["type"] for m in shown if m["type"] in ("display_data", "stream")],
                         "show() displays before later output")
        self.assertEqual("after []\n", of_type(shown, "stream")[0]["text"])
        data = of_type(shown, "display_data")[0]["data"]
        width, height = png_size(data["image/png"])
        # 3 x 2 inches at 100 dpi, less what bbox_inches='tight' trims.
        self.assertTrue(150 < width <= 300 and 100 < height <= 200, (width, height))
        self.assertIn("<svg", data["image/svg+xml"])
        self.assertEqual("<Figure size 300x200 with 1 Axes>", data["text/plain"])

    def test_figures_of_a_failing_cell_are_shown_before_its_error(self):
        (failed,) = run_with_real_matplotlib(["png"], ["import matplotlib.pyplot as plt\nplt.plot([3])\n1/0"])
        self.assertEqual(["display_data", "error"], [m["type"] for m in failed if m["type"] in ("display_data", "error")])
        self.assertIn("image/png", of_type(failed, "display_data")[0]["data"])

    def test_several_figures_each_get_their_own_output(self):
        (both,) = run_with_real_matplotlib(["svg"], [
            "import matplotlib.pyplot as plt\nplt.figure()\nplt.plot([1])\nplt.figure()\nplt.bar([1], [2])\nNone"])
        svgs = [o["data"]["image/svg+xml"] for o in of_type(both, "display_data")]
        self.assertEqual(2, len(svgs))
        self.assertNotIn('style="fill: #1f77b4"', svgs[0], "a line, no bar")
        self.assertIn('style="fill: #1f77b4"', svgs[1], "the bar")


class StandInTest(unittest.TestCase):
    """The matplotlib STAND-IN the browser tests install into Pyodide must be captured as the real one is."""

    CELLS = ["import matplotlib.pyplot as plt\nplt.plot([1, 4, 9])",
             "plt.plot([1, 2])\nplt.show()\nprint('after')",
             "plt.plot([3])\n1/0",
             "plt.get_fignums()"]

    def kernel(self, formats):
        for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
            del sys.modules[name]
        self.out = Recorder()
        return Kernel(self.out, options_json=json.dumps({"figure_formats": formats}))

    @staticmethod
    def shape(messages):
        """Message types in order, with each display's MIME types and text, what the browser tests rely on."""
        return [(m["type"], sorted(m["content"]["data"]) if m["type"] == "display_data" else None,
                 m["content"]["data"]["text/plain"] if m["type"] == "display_data" else None)
                for m in messages if m["type"] in ("display_data", "execute_result", "stream", "error")]

    def test_the_stand_in_is_captured_as_the_real_matplotlib_is(self):
        real = run_with_real_matplotlib(["png", "svg"], self.CELLS)
        kernel = self.kernel(["png", "svg"])
        self.assertTrue(__import__("matplotlib").STAND_IN)
        stand_in = []
        for cell in self.CELLS:
            out = run_cell(kernel, self.out, cell)
            stand_in.append([{"type": m["header"]["msg_type"], "content": m["content"]} for m in out.messages])
        self.assertEqual([self.shape(c) for c in real][1:], [self.shape(c) for c in stand_in][1:])
        self.assertEqual(["display_data"], [m["type"] for m in stand_in[0] if m["type"] == "display_data"])

    def test_the_result_goes_out_before_the_figures_are_drawn(self):
        kernel = self.kernel(["svg"])
        run_cell(kernel, self.out, "import matplotlib.pyplot as plt\nplt.plot([1, 2])\n'result'")
        self.assertEqual([["status", "execute_input"], ["execute_result"], ["display_data", "execute_reply", "status"]],
                         self.out.emits)

    def test_the_backend_is_chosen_before_matplotlib_is_imported(self):
        self.kernel(["svg"])
        self.assertEqual("module://jupyterkit_kernel.matplotlib_backend", os.environ["MPLBACKEND"])


if __name__ == "__main__":
    unittest.main()
