"""matplotlib figures captured at the end of a cell, against the matplotlib STAND-IN in standins/ (the real
package cannot be installed offline; see standins/README.md)."""

import base64
import json
import os
import sys
import unittest

HERE = os.path.dirname(__file__)
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))
sys.path.insert(0, os.path.join(HERE, "standins"))

from jupyterkit_kernel import Kernel  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402


class FigureCaptureTest(unittest.TestCase):
    def kernel(self, formats):
        for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
            del sys.modules[name]
        self.out = Recorder()
        return Kernel(self.out, options_json=json.dumps({"figure_formats": formats}))

    def run_cell(self, kernel, code):
        return run_cell(kernel, self.out, code)

    def test_open_figures_are_shown_after_the_result_and_closed(self):
        kernel = self.kernel(["svg"])
        self.assertTrue(__import__("matplotlib").STAND_IN)
        out = self.run_cell(kernel, "import matplotlib.pyplot as plt\nplt.plot([1, 4, 9])")
        self.assertEqual(["execute_result", "display_data"],
                         [t for t in out.types() if t in ("execute_result", "display_data")])
        data = out.of_type("display_data")[0]["content"]["data"]
        self.assertIn('points="0,1 1,4 2,9"', data["image/svg+xml"])
        self.assertEqual("<Figure size 640x480 with 1 Axes>", data["text/plain"])
        self.assertNotIn("image/png", data)
        out = self.run_cell(kernel, "plt.get_fignums()")
        self.assertEqual("[]", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])
        self.assertEqual([], out.of_type("display_data"))

    def test_png_and_svg_together_and_show_displays_at_once(self):
        kernel = self.kernel(["png", "svg"])
        out = self.run_cell(kernel, "import matplotlib.pyplot as plt\nplt.plot([1, 2])\nplt.show()\nprint('after')")
        types = [t for t in out.types() if t in ("display_data", "stream")]
        self.assertEqual(["display_data", "stream"], types, "show() displays before later output")
        data = out.of_type("display_data")[0]["content"]["data"]
        self.assertTrue(base64.b64decode(data["image/png"]).startswith(b"\x89PNG"))
        self.assertIn("<svg", data["image/svg+xml"])

    def test_figures_of_a_failing_cell_are_shown_before_its_error(self):
        kernel = self.kernel(["svg"])
        out = self.run_cell(kernel, "import matplotlib.pyplot as plt\nplt.plot([3])\n1/0")
        self.assertEqual(["display_data", "error"], [t for t in out.types() if t in ("display_data", "error")])

    def test_the_backend_is_chosen_before_matplotlib_is_imported(self):
        self.kernel(["svg"])
        self.assertEqual("module://jupyterkit_kernel.matplotlib_backend", os.environ["MPLBACKEND"])


if __name__ == "__main__":
    unittest.main()
