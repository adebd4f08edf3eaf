"""Magics and shell escapes: what the browser can honour runs, the rest fails with a clear message."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel  # noqa: E402
from test_kernel import Recorder, plain, run_cell  # noqa: E402


class MagicsTest(unittest.TestCase):
    def setUp(self):
        self.out = Recorder()
        self.kernel = Kernel(self.out)

    def run_cell(self, code):
        return run_cell(self.kernel, self.out, code)

    def test_plain_python_with_percent_signs_in_strings_is_untouched(self):
        out = self.run_cell('s = """\n%pip install x\n!ls\n"""\nlen(s.splitlines())')
        self.assertEqual("3", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_matplotlib_inline_is_accepted(self):
        out = self.run_cell("%matplotlib inline\n1 + 1")
        self.assertEqual("2", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])

    def test_shell_and_unknown_magics_fail_clearly(self):
        out = self.run_cell("!ls -la")
        self.assertIn("no shell", out.of_type("error")[0]["content"]["evalue"])
        out = self.run_cell("%prun 1")
        self.assertIn("%prun is not supported", out.of_type("error")[0]["content"]["evalue"])
        out = self.run_cell("%%bash\nls")
        self.assertIn("%%bash is not supported", out.of_type("error")[0]["content"]["evalue"])

    def test_shell_output_assigned_to_a_name_is_refused_as_a_shell_command_is(self):
        out = self.run_cell("files = !ls -l")
        self.assertEqual("Shell commands (!ls) cannot run here: Python runs in the browser, where there is no shell.",
                         out.of_type("error")[0]["content"]["evalue"])
        self.assertEqual("files = get_ipython().getoutput('ls -l')", self.kernel.namespace["In"][-1])

    def test_load_ext_is_refused_with_the_reason(self):
        out = self.run_cell("%load_ext autoreload")
        evalue = out.of_type("error")[0]["content"]["evalue"]
        self.assertIn("%load_ext autoreload: IPython extensions cannot be loaded here", evalue)

    def test_magic_lines_inside_a_string_stay_text(self):
        out = self.run_cell('%time y = 2\ns = """\n%who\n!ls\n"""\nprint(repr(s))')
        streams = "".join(m["content"]["text"] for m in out.of_type("stream"))
        self.assertIn("'\\n%who\\n!ls\\n'", streams)
        self.assertIn("Wall time:", streams)

    def test_svg_cell_magic_displays_the_svg(self):
        out = self.run_cell('%%svg\n<svg xmlns="http://www.w3.org/2000/svg"></svg>')
        self.assertIn("<svg", out.of_type("display_data")[0]["content"]["data"]["image/svg+xml"])

    def test_an_error_inside_captured_code_shows_that_codes_line(self):
        out = self.run_cell("%%capture\nx = 1\n1 / 0")
        error = out.of_type("error")[0]["content"]
        self.assertEqual("ZeroDivisionError", error["ename"])
        self.assertIn("Cell In[1], line 2", plain(error["traceback"]))
        self.assertIn("1 / 0", plain(error["traceback"]))
        self.assertEqual("ok", out.of_type("execute_reply")[0]["content"]["status"])

    def test_time_says_so_when_the_cpu_clock_does_not_advance_as_in_pyodide(self):
        import time
        from jupyterkit_kernel import timing

        real = timing._cpu_times
        timing._cpu_times = lambda: (0.0, 0.0)
        try:
            out = self.run_cell("import time\n%time time.sleep(0.01)")
        finally:
            timing._cpu_times = real
        streams = "".join(m["content"]["text"] for m in out.of_type("stream"))
        self.assertTrue(streams.startswith("CPU times: not measured (this Python has no CPU clock)\nWall time: "),
                        streams)
        out = self.run_cell("%time sum(range(10 ** 6))")
        streams = "".join(m["content"]["text"] for m in out.of_type("stream"))
        self.assertTrue(streams.startswith("CPU times: user "), streams)

    def test_pip_without_a_package_loader_says_so(self):
        out = self.run_cell("%pip install requests")
        self.assertIn("Could not install requests: packages cannot be installed here",
                      out.of_type("error")[0]["content"]["evalue"])


if __name__ == "__main__":
    unittest.main()
