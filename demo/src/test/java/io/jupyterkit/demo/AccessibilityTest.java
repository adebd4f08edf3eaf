package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** axe-core (from npm) over the demo notebooks, light and dark: no serious or critical violation. */
class AccessibilityTest extends BrowserTestSupport {
  private static List<String> seriousViolations(String path) {
    open(path);
    return axeViolations();
  }

  private static void open(String path) {
    driver.get(server.url(path));
    await(20, () -> (Long) js("const el = document.querySelector('jupyter-notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n > 0);
    // Let highlighting and math settle, as a reader would see the page.
    await(15, () -> (Long) js("return document.querySelector('jupyter-notebook').shadowRoot"
        + ".querySelectorAll('.hljs').length;"), n -> n > 0);
  }

  private static List<String> axeViolations() {
    return seriousAxeViolations(null);
  }

  @Test
  void theDemoPageHasNoSeriousViolations() {
    assertEquals(List.of(), seriousViolations("/"));
  }

  @Test
  void theRenderingGalleryHasNoSeriousViolations() {
    assertEquals(List.of(), seriousViolations("/test/notebook.html?nb=rendering.ipynb"));
  }

  /** The dark theme over the demo notebook and the gallery (its 256-colour word is lightened to read there). */
  @Test
  void theDarkThemeHasNoSeriousViolations() {
    assertEquals(List.of(), seriousViolations("/test/notebook.html?nb=intro.ipynb&theme=dark"));
    assertEquals(List.of(), seriousViolations("/test/notebook.html?nb=rendering.ipynb&theme=dark"));
  }

  private static final String IPYTHON_TRACEBACK = String.join("\n",
      "import json",
      "from IPython.core.interactiveshell import InteractiveShell",
      "from traitlets.config import Config",
      "config = Config()",
      "config.HistoryManager.enabled = False",
      "shell = InteractiveShell.instance(config=config)",
      "shell.InteractiveTB.set_colors('Linux')",
      "error = {}",
      "shell._showtraceback = lambda etype, value, stb: error.update(ename=etype.__name__, evalue=str(value),"
          + " traceback=stb)",
      "shell.run_cell(\"def f(x):\\n    return x['key'] + len(x) / 0\\n\\nf({'key': 1})\", store_history=True)",
      "print(json.dumps(error))");

  /**
   * A traceback as Debian's IPython 8 writes it (the failing expression on a yellow background, pygments'
   * 256-colour palette for the code), in both themes.
   */
  @Test
  @SuppressWarnings("unchecked")
  void tracebacksOfNewerIPythonReadInBothThemes() throws Exception {
    Process python = new ProcessBuilder("/usr/bin/python3", "-c", IPYTHON_TRACEBACK).start();
    String out = new String(python.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, python.waitFor(), new String(python.getErrorStream().readAllBytes()));
    java.util.Map<String, Object> error = new org.openqa.selenium.json.Json().toType(out, java.util.Map.class);
    assertTrue(String.valueOf(error.get("traceback")).contains("\u001b[38;5;241;43m"), "IPython highlights: " + out);
    for (String theme : new String[] {"light", "dark"}) {
      driver.get(server.url("/test/blank.html"));
      js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('theme', arguments[1]);"
          + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
          + "  execution_count: 1, source: 'f(1)', outputs: [Object.assign({output_type: 'error'}, arguments[0])]}]};"
          + "document.body.appendChild(el);", error, theme);
      await(20, () -> (Long) js("const root = document.getElementById('nb').shadowRoot;"
          + "return root ? root.querySelectorAll('.output.error .ansi-yellow-bg').length : 0;"), n -> n > 5);
      assertTrue((Long) js("return document.getElementById('nb').shadowRoot"
          + ".querySelectorAll('.output.error .ansi-rgb-fg').length;") > 5, "256-colour code");
      assertEquals(List.of(), axeViolations(), theme);
    }
  }

  /** The bar over a restored draft, in the dark theme (its colours are the theme's). */
  @Test
  void theDraftBarHasNoSeriousViolations() {
    String path = "/test/notebook.html?nb=intro.ipynb&theme=dark&storage-key=accessibility-draft";
    driver.get(server.url(path));
    await(20, () -> (Long) js("const el = document.querySelector('jupyter-notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n > 0);
    js("document.querySelector('jupyter-notebook').setCellSource(1, 'print(\"edited\")');");
    await(20, () -> storedDraft("accessibility-draft"), json -> json != null && json.contains("edited"));
    List<String> violations = seriousViolations(path);
    assertEquals(Boolean.TRUE, js("const bar = document.querySelector('jupyter-notebook').shadowRoot"
        + ".querySelector('[part=draft-bar]'); return !!bar && !bar.hidden;"), "the bar is there");
    assertEquals(List.of(), violations);
  }

  /** A code and a markdown cell being edited, with the cell toolbar on the active one, in both themes. */
  @Test
  void openEditorsHaveNoSeriousViolations() {
    for (String theme : new String[] {"light", "dark"}) {
      open("/test/notebook.html?nb=intro.ipynb&theme=" + theme);
      js("const root = document.querySelector('jupyter-notebook').shadowRoot;"
          + "root.querySelector('.markdown-cell').dispatchEvent(new MouseEvent('dblclick', {bubbles: true}));"
          + "root.querySelector('.code-cell .source-box').click();");
      await(30, () -> (Long) js("return document.querySelector('jupyter-notebook').shadowRoot"
          + ".querySelectorAll('.cm-editor').length;"), n -> n == 2);
      assertEquals(List.of(), axeViolations(), theme);
    }
  }

  @Test
  void cellsAreLabelledRegionsAndRunIsAKeyboardButton() {
    driver.get(server.url("/"));
    await(20, () -> (Long) js("const el = document.getElementById('notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n > 0);
    assertEquals("Code cell 2", js("return document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"]').getAttribute('aria-label');"));
    String focused = (String) js("const b = document.getElementById('notebook').shadowRoot.querySelector('button.run');"
        + "b.focus(); return document.activeElement.shadowRoot.activeElement.getAttribute('aria-label');");
    assertEquals("Run cell 2", focused);
    assertTrue((Boolean) js("return document.getElementById('notebook').shadowRoot"
        + ".querySelector('[aria-live]') !== null;"), "running status is announced");
  }
}
