package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** display(), update_display() across cells and clear_output(wait=True), with real Pyodide. */
class JupyterSemanticsTest extends BrowserTestSupport {
  @Test
  void displaysUpdateAcrossCellsAndClearOutputWaits() {
    driver.get(server.url("/test/blank.html"));
    js("const el = document.createElement('jupyter-notebook'); el.id = 'nb';"
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
        + "const el = document.createElement('jupyter-notebook'); el.id = 'nb'; el.setAttribute('boot', 'eager');"
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
    js("const el = document.createElement('jupyter-notebook'); el.id = 'nb';"
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

  /** Runs cell {@code index} and returns the text of its result, without the prompt. */
  private static String resultText(int index, int seconds) {
    runAndWait("nb", index, seconds);
    return (String) js("return document.getElementById('nb').shadowRoot.querySelector("
        + "'.cell[data-index=\"' + arguments[0] + '\"] .output-row > :last-child').innerText;", index);
  }

  @Test
  void aQueuedCellCanBeCancelledAndTheOthersStillRunInOrder() {
    driver.get(server.url("/test/blank.html"));
    js("const el = document.createElement('jupyter-notebook'); el.id = 'nb';"
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
  void audioAndProgressBarsRenderAndEmbeddedPagesAreHeldBack() {
    openCells("{src: '/pyodide/pyodide.js'}",
        "from IPython.display import Audio\nAudio([0.0, 0.5, -0.5, 0.25] * 200, rate=8000)",
        "from IPython.display import ProgressBar\nfor step in ProgressBar(3):\n    pass",
        "from IPython.display import IFrame\nIFrame('https://example.org/', width=300, height=200)",
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

    // The element's sanitiser keeps iframes out of outputs: an IFrame or YouTubeVideo shows an empty output.
    for (int index = 2; index <= 3; index++) {
      runAndWait("nb", index, 30);
      awaitSanitised("nb", index, 20);
      assertEquals("0 ", js("const html = document.getElementById('nb').shadowRoot"
          + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"] .output.html').shadowRoot;"
          + "const walker = document.createTreeWalker(html, NodeFilter.SHOW_TEXT); let text = '';"
          + "while (walker.nextNode()) { if (walker.currentNode.parentNode.nodeName !== 'STYLE') {"
          + "  text += walker.currentNode.data; } }"
          + "return html.querySelectorAll('iframe').length + ' ' + text.trim();", index));
    }
  }
}
