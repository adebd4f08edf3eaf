"""Package installation: the lock file's index, autoloading a cell's imports, the micropip fallback, %pip.

Loading itself is Pyodide's; here a fake ``load_package`` stands for it and "installs" a package by writing a
module into a temporary folder on ``sys.path``. micropip is the stand-in from ``standins/`` (see its README).
"""

import asyncio
import importlib
import json
import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(__file__)
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel  # noqa: E402
from jupyterkit_kernel import packages  # noqa: E402
from test_kernel import Recorder, request, run_cell  # noqa: E402

LOCK = json.dumps({"info": {}, "packages": {
    "fancylib": {"name": "fancylib", "imports": ["fancylib", "fancy_extras"], "depends": []},
    "Py_Thing": {"name": "Py_Thing", "imports": ["pything"], "depends": []},
    "broken": {"name": "broken", "imports": ["broken"], "depends": []},
    "micropip": {"name": "micropip", "imports": ["micropip"], "depends": []},
}})


BROKEN_URL = "http://127.0.0.1:8000/pyodide/broken-1.0-py3-none-any.whl"
MICROPIP_URL = "http://127.0.0.1:8000/pyodide/micropip-0.6.0-py3-none-any.whl"


class FakeLoader:
    """Pyodide's loadPackage as the worker exposes it: JSON names in, JSON ``{name: reason}`` failures out, each
    reason worded as the worker words it (see FailureWords.java)."""

    def __init__(self, site):
        self.site = site
        self.calls = []
        self.micropip_available = False

    async def __call__(self, names_json):
        names = json.loads(names_json)
        self.calls.append(names)
        failures = {}
        for name in names:
            if name == "broken":
                failures[name] = "could not download %s (HTTP 404 Not Found)" % BROKEN_URL
            elif name == "micropip":
                if self.micropip_available:
                    sys.path.insert(0, os.path.join(HERE, "standins"))
                else:
                    failures[name] = "could not download %s (HTTP 404 Not Found)" % MICROPIP_URL
            else:
                with open(os.path.join(self.site, name.replace("-", "_") + ".py"), "w") as f:
                    f.write("VALUE = %r\n" % name)
        importlib.invalidate_caches()
        return json.dumps(failures)


class PackageIndexTest(unittest.TestCase):
    def test_lock_file_names_packages_and_the_modules_they_provide(self):
        index = packages.PackageIndex.from_lock(LOCK)
        self.assertTrue(index.has_package("py-thing"))
        self.assertTrue(index.has_package("PY.thing"))
        self.assertEqual("fancylib", index.package_for_import("fancy_extras"))
        self.assertIsNone(index.package_for_import("numpy"))

    def test_an_unreadable_lock_is_an_empty_index(self):
        for text in ("not json", "[]", '{"packages": {"x": 3}}'):
            self.assertIsNone(packages.PackageIndex.from_lock(text).package_for_import("x"))

    def test_imports_found_anywhere_in_the_cell_top_level_names_once(self):
        code = "import a.b, c\nfrom d.e import f\nfrom . import g\ndef h():\n    import a\n    from i import j"
        self.assertEqual(["a", "c", "d", "i"], packages.imported_modules(code))
        self.assertEqual([], packages.imported_modules("import (broken"))

    def test_only_modules_not_already_importable_are_autoloaded(self):
        index = packages.PackageIndex({"fancylib"}, {"fancylib": "fancylib", "fancy_extras": "fancylib"})
        missing = packages.missing_modules("import json\nimport fancylib, fancy_extras, unknown_module")
        self.assertEqual(["fancylib", "fancy_extras", "unknown_module"], missing)
        self.assertEqual(["fancylib"], packages.packages_providing(missing, index))


class KernelPackagesTest(unittest.TestCase):
    def setUp(self):
        self.site = tempfile.mkdtemp()
        sys.path.insert(0, self.site)
        self.loader = FakeLoader(self.site)
        self.out = Recorder()
        self.kernel = Kernel(self.out, load_package=self.loader, options_json=json.dumps({"autoload_imports": True}))
        self.kernel.use_lock_file(LOCK)

    def tearDown(self):
        sys.path.remove(self.site)
        shutil.rmtree(self.site)
        for name in ("fancylib", "py_thing", "tinylib", "micropip"):
            sys.modules.pop(name, None)
        sys.path[:] = [p for p in sys.path if not p.endswith("standins")]

    def run_cell(self, code):
        return run_cell(self.kernel, self.out, code)

    def stderr(self):
        return "".join(m["content"]["text"] for m in self.out.of_type("stream") if m["content"]["name"] == "stderr")

    def test_a_cells_imports_are_installed_before_it_runs(self):
        out = self.run_cell("import fancylib\nfancylib.VALUE")
        self.assertEqual([["fancylib"]], self.loader.calls)
        states = [m["content"]["state"] for m in out.of_type("install_status")]
        self.assertEqual(["installing", "done"], states)
        self.assertEqual(["fancylib"], out.of_type("install_status")[0]["content"]["packages"])
        self.assertEqual("'fancylib'", out.of_type("execute_result")[0]["content"]["data"]["text/plain"])
        self.run_cell("import fancylib")
        self.assertEqual(1, len(self.loader.calls), "an importable module is not installed again")

    def test_a_failed_autoload_is_shown_in_the_cell_and_the_cell_still_runs(self):
        out = self.run_cell("import broken")
        self.assertEqual("Could not install broken: could not download %s (HTTP 404 Not Found)\n" % BROKEN_URL,
                         self.stderr())
        self.assertEqual({"broken": "could not download %s (HTTP 404 Not Found)" % BROKEN_URL},
                         out.of_type("install_status")[1]["content"]["failures"])
        self.assertEqual("ModuleNotFoundError", out.of_type("error")[0]["content"]["ename"])

    def test_autoload_can_be_turned_off(self):
        kernel = Kernel(self.out, load_package=self.loader, options_json=json.dumps({"autoload_imports": False}))
        kernel.use_lock_file(LOCK)
        self.out.messages.clear()
        kernel.execute(request("import fancylib"))
        self.assertEqual([], self.loader.calls)
        self.assertEqual("ModuleNotFoundError", self.out.of_type("error")[0]["content"]["ename"])

    def test_preload_uses_the_lock_then_micropip_and_reports_each_failure(self):
        failures = json.loads(asyncio.run(self.kernel.preload(json.dumps(["Py_Thing", "broken", "tinylib"]))))
        self.assertEqual([["Py_Thing", "broken"], ["micropip"]], self.loader.calls)
        self.assertIn(BROKEN_URL + " (HTTP 404 Not Found)", failures["broken"])
        self.assertIn("micropip, which would look elsewhere, could not be installed", failures["tinylib"])
        self.assertIn(MICROPIP_URL + " (HTTP 404 Not Found)", failures["tinylib"])
        self.assertEqual(["broken", "tinylib"], sorted(failures))

    def test_micropip_installs_what_the_lock_does_not_have(self):
        self.loader.micropip_available = True
        failures = json.loads(asyncio.run(self.kernel.preload(json.dumps(["tinylib", "missing-thing"]))))
        self.assertEqual(["missing-thing"], list(failures))
        # micropip's hint and link lines are left out: the one line says what is wrong.
        self.assertEqual("micropip: Can't find a pure Python 3 wheel for: 'missing-thing'", failures["missing-thing"])
        self.assertEqual("micropip stand-in", importlib.import_module("tinylib").INSTALLED_BY)

    def test_a_download_micropip_could_not_make_is_named_with_its_status(self):
        self.loader.micropip_available = True
        index_url = "http://127.0.0.1:8000/simple/missing-index/"
        downloads = iter([{}, {index_url: "HTTP 503 Service Unavailable"}])
        kernel = Kernel(self.out, load_package=self.loader, failed_downloads=lambda: json.dumps(next(downloads)))
        kernel.use_lock_file(LOCK)
        failures = json.loads(asyncio.run(kernel.preload(json.dumps(["missing-index"]))))
        self.assertEqual({"missing-index": "micropip could not download %s (HTTP 503 Service Unavailable)" % index_url},
                         failures)

    def test_pip_magic_installs_and_fails_visibly(self):
        out = self.run_cell("%pip install fancylib")
        self.assertIn("Installed fancylib", "".join(m["content"]["text"] for m in out.of_type("stream")))
        out = self.run_cell("%pip install broken")
        self.assertIn("Could not install broken", out.of_type("error")[0]["content"]["evalue"])


class ShortenTest(unittest.TestCase):
    def test_a_traceback_becomes_its_exception_line(self):
        text = ("Traceback (most recent call last):\n  File \"/lib/python3.12/site-packages/micropip/_x.py\", "
                "line 3, in install\n    raise ValueError(...)\nValueError: Requested 'x', but 1.0 is installed\n")
        self.assertEqual("ValueError: Requested 'x', but 1.0 is installed", packages.shorten(text))

    def test_hints_after_the_first_line_are_dropped_and_long_lines_cut(self):
        self.assertEqual("Can't find it.", packages.shorten("Can't find it.\nSee: a link\nYou can use keep_going"))
        cut = packages.shorten("word " * 200)
        self.assertLessEqual(len(cut), 240)
        self.assertTrue(cut.endswith("\u2026"))

    def test_each_failure_is_one_line(self):
        text = packages.describe_failures({"a": "first\nsecond", "b": "HTTP 404"})
        self.assertEqual("Could not install a: first\nCould not install b: HTTP 404", text)


if __name__ == "__main__":
    unittest.main()
