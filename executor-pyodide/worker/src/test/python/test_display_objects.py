"""The IPython.display objects of the kernel's fallback against the real IPython 8.5 (Debian's python3-ipython).

Every cell of CORPUS runs under IPython, in a /usr/bin/python3 subprocess (display_oracle.py: these tests see no
site-packages), and under the kernel, each in a fresh namespace after SETUP, in a directory of fixture files; what
each shows must be equal: every display_data and update_display_data (data of every MIME type, metadata,
transient), clear_output, the execute_result's data and metadata, or the type of the exception raised. Normalised,
because they cannot be equal: display ids drawn at random (ProgressBar's, ``display_id=True``), renamed in order of
appearance, and object addresses in text/plain. Code's HTML is Pygments' own: the kernel is given Debian's Pygments
(only that package) for the corpus, as a cell gets Pyodide's when it imports pygments; without it, Code shows an
escaped <pre> (NoPygmentsTest).
"""

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unittest
import wave
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "main", "python"))

from jupyterkit_kernel import Kernel, figures  # noqa: E402
from test_kernel import Recorder, run_cell  # noqa: E402

ORACLE = os.path.join(HERE, "display_oracle.py")
SYSTEM_PYTHON = "/usr/bin/python3"
SYSTEM_PYGMENTS = "/usr/lib/python3/dist-packages/pygments"

SETUP = """from IPython.display import *
PNG = open('tiny.png', 'rb').read()
JPEG = open('tiny.jpg', 'rb').read()
CIRCLE = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle r="4"/></svg>'
"""

CORPUS = [
    # HTML, Markdown, Latex, Math
    "HTML('<b>bold</b>')",
    "HTML('<p>x</p>', metadata={'isolated': True})",
    "HTML(filename='page.html')",
    "HTML('page.html')",
    "HTML(b'<b>x</b>')",
    "HTML('<iframe src=\"https://example.org\"></iframe>')",
    "Markdown('# Title\\n*it*')",
    "Markdown('x', metadata={'a': 1})",
    "Latex(r'$\\alpha$')",
    "Math(r'\\int_0^1 x\\,dx')",
    "Math('$$x^2$$')",
    "Math(' $x$ ', metadata={'k': 'v'})",
    "Math(5)",
    "Pretty('some\\ntext')",
    # SVG: the <svg> element of a document
    "SVG(CIRCLE)",
    "SVG(filename='drawing.svg')",
    "SVG(b'<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>')",
    "SVG('<g><svg width=\"2\"/><svg width=\"3\"/></g>')",
    "SVG('<notsvg/>')",
    "SVG('<svg')",
    "SVG(CIRCLE, metadata={'isolated': True})",
    # JSON
    "JSON({'a': [1, 2, {'b': None}]})",
    "JSON([1, 2], expanded=True, root='data')",
    "JSON({'a': 1}, metadata={'x': 1}, extra='y')",
    "JSON('{\"k\": [1, 2]}')",
    "JSON(filename='data.json')",
    "JSON(5)",
    "display(GeoJSON({'type': 'Point', 'coordinates': [1, 2]}))",
    # Javascript
    "Javascript('console.log(1)')",
    "Javascript('f()', lib='https://example.org/lib.js', css=['https://example.org/a.css', 'https://example.org/b.css'])",
    "Javascript('g()', lib=['https://example.org/a.js', 'https://example.org/b.js'])",
    "Javascript('x', lib=5)",
    "Javascript('x', css=5)",
    "Javascript(filename='script.js')",
    # Image
    "Image(PNG)",
    "Image(PNG, width=100, height=50)",
    "Image(PNG, retina=True)",
    "Image(filename='tiny.png', unconfined=True, alt='A dot')",
    "Image('tiny.jpg')",
    "Image(JPEG, retina=True)",
    "Image(filename='tiny.gif', retina=True)",
    "Image(url='https://example.org/pic.png')",
    "Image(url='https://example.org/pic.png', width=30, height=20, unconfined=True, alt='a <b>')",
    "Image()",
    "Image(PNG, format='bmp')",
    "Image(filename='noextension')",
    "Image(PNG, metadata={'width': 7, 'extra': 'x'})",
    "Image(PNG, format='jpg')",
    "Image(url='https://example.org/pic', embed=False)",
    # Video
    "Video('https://example.org/v.mp4')",
    "Video('clip.mp4')",
    "Video('clip.mp4', embed=True)",
    "Video(b'\\x00\\x01', embed=True, mimetype='video/webm', width=320, height=200, html_attributes='controls muted')",
    "Video(b'\\x00\\x01')",
    # Audio: samples as WAV, bytes, files, URLs
    "Audio([0.0, 0.5, -1.0, 0.25], rate=8000)",
    "Audio([3, -7, 11, 0.5, 2], rate=44100)",
    "Audio([1, 2, 3], rate=8000, normalize=False)",
    "Audio([0.1, -0.2], rate=8000, normalize=False)",
    "Audio([[0.1, 0.2, 0.3], [-0.3, 0.0, 0.9]], rate=22050)",
    "Audio([0, 0, 0], rate=8000)",
    "Audio(filename='beep.wav', autoplay=True, element_id='beep')",
    "Audio('beep.wav')",
    "Audio(url='https://example.org/a.ogg')",
    "Audio(url='https://example.org/a.flac', autoplay=True)",
    "Audio(filename='beep.opus')",
    "Video('clip.webm', embed=True, width=100)",
    "Audio(b'RIFF-bytes')",
    "Audio()",
    "Audio([0.1], embed=False)",
    "Audio([0.5, 0.1])",
    "Audio([[1, 2], [3]], rate=8000)",
    "Audio([[[1]]], rate=8000)",
    # IFrame and the players
    "IFrame('https://example.org/', width=500, height=300)",
    "IFrame('https://example.org/p', 400, 200, extras=['loading=\"lazy\"'], a=1, b='x y')",
    "YouTubeVideo('dQw4w9WgXcQ')",
    "YouTubeVideo('abc', width=640, height=360, start=30, allow_autoplay=True)",
    "VimeoVideo('123')",
    "ScribdDocument(71048089, start_page=3, view_mode='book')",
    # FileLink, FileLinks
    "FileLink('notes.txt')",
    "FileLink('missing.txt')",
    "FileLink('a&b.txt', url_prefix='files/', result_html_prefix='<i>', result_html_suffix='</i>')",
    "FileLink('folder')",
    "FileLinks('folder')",
    "FileLinks('folder/', included_suffixes=['.txt'], recursive=False)",
    "FileLinks('notes.txt')",
    # Code
    "Code('def f(x):\\n    return x < 1', language='python')",
    "Code(filename='code.py')",
    "Code('<b>&amp;</b>', language='html')",
    "Code(b'x')",
    # ProgressBar: its display and updates share one display id
    "ProgressBar(10)",
    "p = ProgressBar(4)\np.progress = 3\np",
    "for i in ProgressBar(3):\n    pass",
    "p = ProgressBar(5)\np.display()\np.progress = 5",
    # display_* functions
    "display_html('<b>raw</b>', raw=True)",
    "display_html(HTML('<i>x</i>'), Markdown('no html'))",
    "display_markdown('*m*', raw=True, metadata={'k': 1})",
    "display_markdown(Markdown('*m*', metadata={'a': 1}), metadata={'b': 2})",
    "display_json({'a': 1}, raw=True)",
    "display_json(JSON([1], expanded=True))",
    "display_latex(Math('x'))",
    "display_javascript('alert(1)', raw=True)",
    "display_svg(SVG(CIRCLE))",
    "display_png(Image(PNG, width=3))",
    "display_jpeg(Image(JPEG))",
    "display_png(Image(JPEG))",
    "display_pretty('text', raw=True)",
    "display_png(PNG, raw=True, metadata={'width': 3})",
    "display_pdf(b'%PDF-1.4', raw=True)",
    "display_pretty(Pretty('p'))",
    # display() and its options
    "display(HTML('<b>a</b>'), metadata={'text/html': {'isolated': True}})",
    "display(Image(PNG, width=4), metadata={'image/png': {'height': 9}})",
    "h = display(display_id='slot')\nh.update(HTML('x'))",
    "display({'text/plain': 'raw', 'text/html': '<b>raw</b>'}, raw=True, metadata={'a': 1})",
    "display(HTML('x'), Latex('$y$'), include=['text/plain'])",
    "display(HTML('x'), exclude=['text/html'])",
    "update_display(HTML('y'), display_id=None)",
    "display(HTML('a'), display_id=True)",
    "display(Markdown('x'), clear=True)",
    "h = DisplayHandle('hid')\nh.display(Markdown('a'))\nh.update(Markdown('b'))",
    # Paths, files and less common arguments
    "import pathlib\nImage(pathlib.Path('tiny.png'), width=2)",
    "import pathlib\nJSON(pathlib.Path('data.json'))",
    "import pathlib\nVideo(pathlib.Path('clip.mp4'), width=64)",
    "Markdown(filename='notes.txt', metadata={'m': 1})",
    "Latex(r'\\begin{equation}x\\end{equation}', metadata={'n': 2})",
    "HTML('<b>x</b>').__html__()",
    "HTML(None)",
    "p = ProgressBar(2)\np.html_width = '20em'\np.text_width = 10\np._progress = 1\np",
    "Audio([0.5, -0.5], rate=16000, element_id='sound')",
    "FileLinks('folder', notebook_display_formatter=lambda d, f, s: [d + ':' + ','.join(sorted(f))])",
    "display_latex('$x$', '$y$', raw=True)",
    "display_html(FileLink('notes.txt'))",
    "display(IFrame('https://example.org', 10, 20), YouTubeVideo('id1', start=5))",
    # Formatters that fail: their MIME type left out, the rest shown; objects that display themselves.
    "ProgressBar(0)",
    "display(ProgressBar(0))",
    "Image('missing.png')",
    "display(Image('missing.png'), HTML('<b>after</b>'))",
    "GeoJSON({'type': 'Point', 'coordinates': [1, 2]})",
    "class Shows:\n    def _ipython_display_(self):\n        display(HTML('<i>itself</i>'))\nShows()",
]

RANDOM_ID = re.compile(r"^[0-9a-f]{16}([0-9a-f]{16})?$")
ADDRESS = re.compile(r" at 0x[0-9a-f]+")
HANDLE = re.compile(r"display_id=([0-9a-f]+)")


def write_fixtures(directory):
    def path(name):
        return os.path.join(directory, name)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    # A 6x4 grey PNG, a JPEG header of 10x8 and a GIF header of 12x6: enough for their sizes to be read.
    rows = b"".join(b"\x00" + b"\x80" * 6 for _ in range(4))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 6, 4, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    jpeg = (b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 10, 1) + b"\x01\x11\x00\xff\xd9")
    gif = b"GIF89a" + struct.pack("<HH", 12, 6) + b"\x00\x00\x00;"
    files = {"tiny.png": png, "tiny.jpg": jpeg, "tiny.gif": gif, "noextension": png, "clip.mp4": b"\x00\x00\x00\x18ftyp",
             "clip.webm": b"\x1a\x45\xdf\xa3", "beep.opus": b"OggS",
             "page.html": "<h1>From a file</h1>\n".encode(), "script.js": b"console.log('file');\n",
             "data.json": b'{"from": "file", "n": [1, 2]}', "code.py": b"import os\nprint(os.getcwd())\n",
             "drawing.svg": b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n'
                            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><path d="M0 0L4 4"/></svg>\n',
             "notes.txt": b"notes", "a&b.txt": b"ab"}
    for name, content in files.items():
        with open(path(name), "wb") as f:
            f.write(content)
    os.makedirs(path("folder/sub"))
    for name in ("folder/a.txt", "folder/b.csv", "folder/sub/c.txt"):
        with open(path(name), "w") as f:
            f.write(name)
    with wave.open(path("beep.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(struct.pack("<4h", 0, 1000, -1000, 0))


def oracle(directory):
    request = json.dumps({"setup": SETUP, "cells": CORPUS})
    done = subprocess.run([SYSTEM_PYTHON, ORACLE], input=request, capture_output=True, text=True, timeout=300,
                          cwd=directory)
    if done.returncode != 0:
        raise AssertionError("the IPython oracle failed (is Debian's python3-ipython installed?):\n" + done.stderr)
    return json.loads(done.stdout)


KINDS = {"display_data": "display", "update_display_data": "update"}


def kernel_shows(source):
    """What the kernel shows for one cell after SETUP, as the oracle records it."""
    out = Recorder()
    kernel = Kernel(out)
    setup = run_cell(kernel, out, SETUP)
    if setup.of_type("error"):
        raise AssertionError("SETUP failed in the kernel: %s" % setup.of_type("error")[0]["content"])
    shown = []
    for message in run_cell(kernel, out, source).messages:
        msg_type, content = message["header"]["msg_type"], message["content"]
        if msg_type in KINDS:
            shown.append([KINDS[msg_type], content["data"], content["metadata"], content["transient"]])
        elif msg_type == "clear_output":
            shown.append(["clear", content["wait"]])
        elif msg_type == "execute_result":
            shown.append(["result", content["data"], content["metadata"]])
        elif msg_type == "error":
            shown.append(["error", content["ename"]])
    return shown


def comparable(shown):
    """``shown`` with random display ids (also in a DisplayHandle's text) renamed in order of appearance, addresses blanked."""
    names = {}

    def rename(display_id):
        if not RANDOM_ID.match(display_id):
            return display_id
        return names.setdefault(display_id, "random-id-%d" % (len(names) + 1))

    result = []
    for item in shown:
        item = json.loads(json.dumps(item))
        if item[0] in ("display", "update", "result") and "text/plain" in item[1]:
            text = ADDRESS.sub(" at 0x…", item[1]["text/plain"])
            item[1]["text/plain"] = HANDLE.sub(lambda m: "display_id=" + rename(m.group(1)), text)
        if item[0] in ("display", "update") and "display_id" in item[3]:
            item[3]["display_id"] = rename(item[3]["display_id"])
        result.append(item)
    return result


class Fixtures:
    """A directory of fixture files that the cells run in."""

    @classmethod
    def enter_fixtures(cls):
        cls.directory = tempfile.mkdtemp(prefix="display-objects-")
        write_fixtures(cls.directory)
        cls.previous_directory = os.getcwd()
        os.chdir(cls.directory)

    @classmethod
    def leave_fixtures(cls):
        os.chdir(cls.previous_directory)
        shutil.rmtree(cls.directory)


def forget_pygments():
    for name in [n for n in sys.modules if n == "pygments" or n.startswith("pygments.")]:
        del sys.modules[name]


class OracleTest(Fixtures, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.enter_fixtures()
        cls.expected = oracle(cls.directory)
        # Only Pygments, not the rest of Debian's site-packages, for Code's HTML.
        cls.pygments_path = tempfile.mkdtemp(prefix="pygments-only-")
        os.symlink(SYSTEM_PYGMENTS, os.path.join(cls.pygments_path, "pygments"))
        sys.path.insert(0, cls.pygments_path)

    @classmethod
    def tearDownClass(cls):
        sys.path.remove(cls.pygments_path)
        forget_pygments()
        shutil.rmtree(cls.pygments_path)
        cls.leave_fixtures()

    def test_the_corpus_shows_what_ipython_shows(self):
        self.assertGreaterEqual(len(CORPUS), 40)
        passed, failures = 0, []
        for source, expected in zip(CORPUS, self.expected):
            actual = comparable(kernel_shows(source))
            if actual == comparable(expected):
                passed += 1
            else:
                failures.append("%s\n  IPython: %s\n  kernel:  %s" % (source, json.dumps(comparable(expected))[:1500],
                                                                     json.dumps(actual)[:1500]))
        print("\nIPython.display differential corpus: %d cases, %d equal to IPython 8.5" % (len(CORPUS), passed),
              file=sys.stderr)
        self.assertEqual([], failures, "\n\n".join(failures))

    def test_the_oracle_answers_with_what_a_notebook_shows(self):
        # A check on the oracle itself: a known case, as JupyterLab would receive it.
        first = self.expected[CORPUS.index("HTML('<b>bold</b>')")]
        self.assertEqual([["result", {"text/plain": "<IPython.core.display.HTML object>", "text/html": "<b>bold</b>"},
                           {}]], first)


class NoPygmentsTest(Fixtures, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        forget_pygments()
        cls.enter_fixtures()

    @classmethod
    def tearDownClass(cls):
        cls.leave_fixtures()

    def test_code_without_pygments_is_escaped_preformatted_text(self):
        shown = kernel_shows("Code('if a < b:\\n    print(\"&\")', language='python')")
        self.assertEqual([["result", {"text/plain": 'if a < b:\n    print("&")',
                                      "text/html": "<pre>if a &lt; b:\n    print(&quot;&amp;&quot;)</pre>"}, {}]],
                         shown)


class MatplotlibFormatsTest(Fixtures, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.enter_fixtures()

    @classmethod
    def tearDownClass(cls):
        cls.leave_fixtures()

    def tearDown(self):
        figures.configure(["svg"])

    def test_set_matplotlib_formats_chooses_the_figure_formats_and_warns_as_ipython(self):
        shown = kernel_shows("import warnings\nwith warnings.catch_warnings(record=True) as caught:\n"
                             "    warnings.simplefilter('always')\n    set_matplotlib_formats('retina', 'svg')\n"
                             "caught[0].category.__name__")
        self.assertEqual([["result", {"text/plain": "'DeprecationWarning'"}, {}]], shown)
        self.assertEqual(["png", "svg"], figures._formats)
        self.assertEqual([["error", "ValueError"]], kernel_shows("set_matplotlib_formats('gif')"))


if __name__ == "__main__":
    unittest.main()
