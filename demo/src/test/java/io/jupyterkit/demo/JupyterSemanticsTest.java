package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** display(), update_display() across cells and clear_output(wait=True), with real Pyodide. */
class JupyterSemanticsTest extends BrowserTestSupport {
  @Test
  void displaysUpdateAcrossCellsAndClearOutputWaits() {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "const code = (source) => ({cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  code('from IPython.display import HTML\\nprint(\"before\")\\ndisplay(HTML(\"<b>first</b>\"), display_id=\"d\")"
        + "\\nprint(\"after\")'),"
        + "  code('from IPython.display import HTML, update_display\\nupdate_display(HTML(\"<i>second</i>\"), display_id=\"d\")'),"
        + "  code('from IPython.display import clear_output\\nprint(\"x\")\\nclear_output(wait=True)\\nprint(\"y\")')]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
    runAndWait("nb", 0, 60);
    awaitSanitised("nb", 0, 20);
    assertEquals("<b>first</b>", js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"0\"] .output.html').shadowRoot.querySelector('b').outerHTML;"));
    String first = outputText("nb", 0);
    assertTrue(first.indexOf("before") < first.indexOf("after"), first);
    runAndWait("nb", 1, 30);
    awaitSanitised("nb", 0, 20);
    assertEquals("<i>second</i>", js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"0\"] .output.html').shadowRoot.querySelector('i').outerHTML;"),
        "the display in the first cell was replaced in place");
    assertEquals("", outputText("nb", 1).trim(), "update_display shows nothing in its own cell");
    runAndWait("nb", 2, 30);
    assertEquals("y", outputText("nb", 2).trim());
  }

  @Test
  void onStatusReportsBootOnceThenEachRun() {
    driver.get(server.url("/test/blank.html"));
    js("window.statuses = [];"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('boot', 'eager');"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', source: '1', metadata: {}, outputs: [], execution_count: null}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0,"
        + "  onStatus: (status, detail) => window.statuses.push(status)});"
        + "document.body.appendChild(el);");
    await(60, () -> (java.util.List<?>) js("return window.statuses;"), list -> list.contains("idle"));
    runAndWait("nb", 0, 30);
    runAndWait("nb", 0, 30);
    assertEquals(java.util.List.of("loading", "ready", "idle", "running", "idle", "running", "idle"),
        js("return window.statuses;"), "booting is reported once, when the element and executor met (boot=eager)");
  }

  @Test
  void magicsAreHonouredOrRefusedClearly() {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "const code = (source) => ({cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  code('%matplotlib inline\\n6 * 7'), code('!ls'), code('%pip install no-such-package')]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
    assertTrue(runAndWait("nb", 0, 60).contains("42"));
    String shell = runAndWait("nb", 1, 30);
    assertTrue(shell.contains("Cell In[2], line 1") && shell.contains("!ls") && shell.contains("no shell"), shell);
    String pip = runAndWait("nb", 2, 60);
    assertTrue(pip.contains("Could not install no-such-package"), pip);
  }

  /**
   * IPython's shell in the real kernel: %timeit reports in IPython's words, a trailing ';' hides the result and keeps
   * it out of Out, and the saved notebook carries the kernel's language_info (with this Pyodide's Python version)
   * and kernelspec, valid nbformat.
   */
  @Test
  void timeitSemicolonAndOutHistoryAndTheKernelsLanguageInfoIsSaved() throws Exception {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('storage', 'none');"
        + "const code = (source) => ({cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  code('%timeit -r 3 sum(range(100))'), code('x = 1\\nx;  # hidden'), code('x + 1'), code('Out'),"
        + "  code('import platform\\nplatform.python_version()'), code('%time sum(range(10 ** 5))')]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
    String timeit = runAndWait("nb", 0, 90).trim();
    assertTrue(timeit.matches("[0-9.]+ (ns|\u00b5s|ms|s) \u00b1 [0-9.]+ (ns|\u00b5s|ms|s) per loop "
        + "\\(mean \u00b1 std\\. dev\\. of 3 runs, [0-9,]+ loops? each\\)"), timeit);
    assertEquals("", runAndWait("nb", 1, 30).trim(), "a cell ending in ';' shows no result");
    assertTrue(runAndWait("nb", 2, 30).contains("2"));
    assertTrue(runAndWait("nb", 3, 30).contains("{3: 2}"), "Out holds only the result shown");
    String version = runAndWait("nb", 4, 30).replaceAll("^[^']*'|'[^']*$", "");
    assertTrue(version.matches("3\\.\\d+\\.\\d+"), version);
    String timed = runAndWait("nb", 5, 30);
    assertTrue(timed.startsWith("CPU times: ") && timed.contains("\nWall time: ") && timed.contains("4999950000"),
        timed);
    String saved = await(30, () -> (String) js("const nb = document.getElementById('nb').toJSON();"
        + "return nb.metadata.language_info ? JSON.stringify(nb) : null;"), json -> json != null);
    assertEquals(version, js("return JSON.parse(arguments[0]).metadata.language_info.version;", saved));
    assertEquals("{\"codemirror_mode\":{\"name\":\"ipython\",\"version\":3},\"file_extension\":\".py\","
        + "\"mimetype\":\"text/x-python\",\"name\":\"python\",\"nbconvert_exporter\":\"python\","
        + "\"pygments_lexer\":\"ipython3\",\"version\":\"" + version + "\"}|{\"display_name\":\"Python (Pyodide)\","
        + "\"language\":\"python\",\"name\":\"python\"}",
        js("const m = JSON.parse(arguments[0]).metadata; const sorted = o => JSON.stringify(o, Object.keys(o).sort());"
            + "return sorted(m.language_info) + '|' + sorted(m.kernelspec);", saved));
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("jupyterkit.root", ".."))
        .resolve("demo/target/schema-test");
    java.nio.file.Files.createDirectories(dir);
    String verdict = NotebookSchemaTest.validate(saved, dir.resolve("kernel-info.ipynb"));
    assertTrue(verdict.startsWith("0 valid"), verdict);
  }

  /**
   * SystemExit ends its cell as in IPython (the error, then IPython's warning on stderr) and keeps the variables;
   * exit() restarts Python, as Jupyter restarts a kernel that exits, and says so.
   */
  @Test
  void systemExitKeepsTheStateAndExitRestartsPython() {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('storage', 'none');"
        + "const code = (source) => ({cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  code('kept = 5\\nraise SystemExit(2)'), code('kept'), code('exit()'), code('kept')]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
    String exited = runAndWait("nb", 0, 60);
    assertTrue(exited.contains("An exception has occurred, use %tb to see the full traceback.")
        && exited.contains("SystemExit: 2") && exited.contains("UserWarning: To exit: use 'exit', 'quit', or Ctrl-D."),
        exited);
    assertTrue(exited.indexOf("SystemExit: 2") < exited.indexOf("UserWarning"), exited);
    assertTrue(runAndWait("nb", 1, 30).contains("5"), "SystemExit keeps the variables");
    String restarting = runAndWait("nb", 2, 30);
    assertTrue(restarting.contains("Python was asked to exit, so it restarts"), restarting);
    String after = runAndWait("nb", 3, 90);
    assertTrue(after.contains("NameError") && after.contains("kept"), after);
  }

  @Test
  void resultsReadAsIPythonPrintsThem() {
    openCells("{src: '/pyodide/pyodide.js'}",
        "{'name': 'jupyter-kit', 'tags': ['notebook', 'pyodide', 'kernel'],\n"
            + " 'sizes': {'small': [1, 2, 3], 'large': list(range(18))}}",
        "def f(a, b=1, *, c='m'):\n    pass\n[f, int, {3, 1, 2}]");
    // IPython 8.5's text/plain of the same values, as its pretty printer breaks them at 79 columns.
    assertEquals("{'name': 'jupyter-kit',\n"
        + " 'tags': ['notebook', 'pyodide', 'kernel'],\n"
        + " 'sizes': {'small': [1, 2, 3],\n"
        + "  'large': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]}}",
        resultText(0, 60));
    assertEquals("[<function __main__.f(a, b=1, *, c='m')>, int, {1, 2, 3}]", resultText(1, 30));
  }

  /**
   * A failing _repr_html_ shows its traceback and still the text result; an object that displays itself shows its
   * display and no Out prompt; a blank cell is not sent to Python, as in JupyterLab: running it clears its saved
   * output and its number, and the next cell is numbered on from the last one that ran.
   */
  @Test
  void failingFormattersSelfDisplayingObjectsAndBlankCells() {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('storage', 'none');"
        + "const code = (source) => ({cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  code('class Bad:\\n    def _repr_html_(self):\\n        raise ValueError(\\'no html\\')\\n"
        + "    def __repr__(self):\\n        return \\'Bad()\\'\\nBad()'),"
        + "  code('from IPython.display import display, HTML\\nclass Shows:\\n    def _ipython_display_(self):\\n"
        + "        display(HTML(\\'<i>itself</i>\\'))\\nShows()'),"
        + "  {cell_type: 'code', source: '  \\n', metadata: {}, execution_count: 9,"
        + "   outputs: [{output_type: 'stream', name: 'stdout', text: 'saved output'}]},"
        + "  code('len(Out)')]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
    String bad = runAndWait("nb", 0, 60);
    assertTrue(bad.contains("raise ValueError('no html')") && bad.contains("ValueError: no html")
        && bad.indexOf("ValueError: no html") < bad.indexOf("Out [1]:"), bad);
    assertTrue(bad.trim().endsWith("Bad()"), bad);
    String shows = runAndWait("nb", 1, 30);
    awaitSanitised("nb", 1, 20);
    assertEquals("<i>itself</i>", js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .output.html').shadowRoot.querySelector('i').outerHTML;"));
    assertTrue(!shows.contains("Out ["), shows);
    assertEquals("saved output", outputText("nb", 2).trim());
    assertEquals("In [9]:", inputPrompt("nb", 2));
    clickRun("nb", 2);
    await(10, () -> inputPrompt("nb", 2), prompt -> prompt.equals("In [ ]:"));
    assertEquals("", outputText("nb", 2).trim(), "running a blank cell clears what it showed");
    assertTrue(runAndWait("nb", 3, 30).contains("2"), "both results are kept in Out, the blank cell ran nothing");
    assertEquals("In [3]:", inputPrompt("nb", 3));
  }

  /** Runs cell {@code index} and returns the text of its result, without the prompt. */
  private static String resultText(int index, int seconds) {
    runAndWait("nb", index, seconds);
    return (String) js("return document.getElementById('nb').shadowRoot.querySelector("
        + "'.cell[data-index=\"' + arguments[0] + '\"] .output-row > :last-child').innerText;", index);
  }

  @Test
  void aQueuedCellCanBeCancelledAndTheOthersStillRunInOrder() {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "const code = (source) => ({cell_type: 'code', source, metadata: {}, outputs: [], execution_count: null});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  code('import time\\ntime.sleep(1.5)\\nprint(\"first\")'), code('print(\"second\")'),"
        + "  code('print(\"third\")')]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
    runAndWait("nb", 2, 60);
    clickRun("nb", 0);
    clickRun("nb", 1);
    clickRun("nb", 2);
    assertEquals("Cancel queued cell 2", js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] button.run').getAttribute('aria-label');"));
    clickRun("nb", 1);
    await(30, () -> outputText("nb", 2), text -> text != null && text.contains("third") && !text.isEmpty()
        && !(Boolean) js("return document.getElementById('nb').shadowRoot"
            + ".querySelector('.cell[data-index=\"2\"]').classList.contains('running');"));
    assertTrue(outputText("nb", 0).contains("first"));
    assertEquals("Not run: it was cancelled.", cellNote("nb", 1));
    assertTrue(!outputText("nb", 1).contains("second"), outputText("nb", 1));
    assertEquals("Run", js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] button.run').textContent;"));
  }
  /** What a reader sees of IPython.display's players and progress bar, made by the kernel's own IPython.display. */
  @Test
  void audioAndProgressBarsRenderAndEmbeddedPagesWaitForTheReader() {
    // The demo server's other name is another origin: no request to it may leave before the reader asks.
    String otherOrigin = "http://localhost:" + server.port();
    openCells("{src: '/pyodide/pyodide.js'}",
        "from IPython.display import Audio\nAudio([0.0, 0.5, -0.5, 0.25] * 200, rate=8000)",
        "from IPython.display import ProgressBar\nfor step in ProgressBar(3):\n    pass",
        "from IPython.display import IFrame\nIFrame('" + otherOrigin + "/embedded/page.html', width=300, height=200)",
        "from IPython.display import YouTubeVideo\nYouTubeVideo('dQw4w9WgXcQ')");
    runAndWait("nb", 0, 90);
    awaitSanitised("nb", 0, 20);
    String audio = "const html = document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"0\"] .output.html').shadowRoot;"
        + "const audio = html.querySelector('audio[controls]');";
    assertEquals("audio/wav data:audio/wav;base64,UklGR", js(audio
        + "const source = audio.querySelector('source');"
        + "return source.type + ' ' + source.src.substring(0, 27);"));
    // The browser decodes the WAV the kernel wrote: 800 samples at 8 kHz last 0.1 s.
    double seconds = await(30, () -> ((Number) js(audio + "return audio.readyState >= 1 ? audio.duration : -1;"))
        .doubleValue(), duration -> duration >= 0);
    assertEquals(0.1, seconds, 0.01);

    runAndWait("nb", 1, 30);
    awaitSanitised("nb", 1, 20);
    assertEquals(1L, js("return document.getElementById('nb').shadowRoot"
        + ".querySelectorAll('.cell[data-index=\"1\"] .output').length;"), "one output, updated at each step");
    assertEquals("3 of 3", js("const bar = document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .output.html').shadowRoot.querySelector('progress');"
        + "return bar.value + ' of ' + bar.max;"));

    // An IFrame or YouTubeVideo shows a placeholder of its size naming the host, until the reader presses Show.
    String html = "const html = document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"] .output.html').shadowRoot;"
        + "const placeholder = html.querySelector('[role=group]');";
    String[] hosts = {"localhost:" + server.port(), "www.youtube.com"};
    String[] sources = {otherOrigin + "/embedded/page.html", "https://www.youtube.com/embed/dQw4w9WgXcQ"};
    String[] sizes = {"300 200", "400 300"};
    for (int index = 2; index <= 3; index++) {
      runAndWait("nb", index, 30);
      awaitSanitised("nb", index, 20);
      assertEquals("0 Embedded page from " + hosts[index - 2] + " | Show | " + sizes[index - 2],
          js(html + "const size = placeholder.getBoundingClientRect();"
          + "return html.querySelectorAll('iframe').length + ' ' + placeholder.shadowRoot.querySelector('p').textContent"
          + "  + ' | ' + placeholder.shadowRoot.querySelector('button').textContent"
          + "  + ' | ' + Math.round(size.width) + ' ' + Math.round(size.height);", index));
    }
    assertEquals(List.of(), seriousAxeViolations(null), "the placeholders are accessible");
    assertEquals(0, server.requestCount("/embedded/page.html"), "the page was fetched before the reader asked");

    for (int index = 2; index <= 3; index++) {
      js(html + "placeholder.scrollIntoView(); placeholder.shadowRoot.querySelector('button').click();", index);
      assertEquals(List.of("allow-scripts allow-popups allow-presentation allow-forms allow-same-origin",
              "no-referrer", "lazy", sizes[index - 2], "", sources[index - 2], "frameborder null"),
          js(html + "const frame = html.querySelector('iframe');"
              + "return [frame.getAttribute('sandbox'), frame.getAttribute('referrerpolicy'),"
              + "  frame.getAttribute('loading'), frame.getAttribute('width') + ' ' + frame.getAttribute('height'),"
              + "  frame.getAttribute('allowfullscreen'), frame.src,"
              + "  'frameborder ' + frame.getAttribute('frameborder')];", index));
    }
    await(30, () -> server.requestCount("/embedded/page.html"), requests -> requests > 0);
  }

}
