package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;

/**
 * Notebooks with widgets on one page share one widget front end: its scripts are fetched and run once and leave
 * document.head as it was, its CSS is one constructable style sheet every notebook's shadow root adopts (no copies,
 * none of it in the document, CSS html-manager adds later included), and each notebook keeps its own widget models.
 */
class SharedWidgetFrontEndTest extends BrowserTestSupport {
  private static final String[] VENDOR_SCRIPTS = {"require.js", "libembed-amd.js"};
  private static final String WIDGETS_OPTIONS = "{src: '/pyodide/pyodide.js',"
      + " lockFileURL: '/widgets/pyodide-lock.json', packages: ['ipywidgets']}";

  /**
   * Opens the blank page and notes what document.head holds before any widget code runs, and from then on every
   * script element added anywhere in the document (each one runs its script; a second one of the same address may
   * come from the memory cache with neither a request nor a resource entry).
   */
  private static void openBlankPage() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(server.url("/test/blank.html"));
    js("performance.setResourceTimingBufferSize(10000);"
        + "window.headBefore = Array.from(document.head.children);"
        + "window.scriptsAdded = [];"
        + "new MutationObserver((records) => records.forEach((record) => record.addedNodes.forEach((node) => {"
        + "  if (node.localName === 'script') window.scriptsAdded.push(node.src);"
        + "}))).observe(document, {childList: true, subtree: true});");
  }

  private static int vendorRequests(String script) {
    return server.requestCount("/jupyter-kit/vendor/widgets/" + script);
  }

  private static int[] vendorRequests() {
    int[] counts = new int[VENDOR_SCRIPTS.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = vendorRequests(VENDOR_SCRIPTS[i]);
    }
    return counts;
  }

  /** The text of the first {@code selector} match in notebook {@code id}'s cell {@code cell}, or null. */
  private static String text(String id, int cell, String selector) {
    return (String) js("const el = document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"] ' + arguments[2]);"
        + "return el ? el.innerText : null;", id, cell, selector);
  }

  private static void awaitReadout(String id, int cell, String value) {
    await(180, () -> text(id, cell, ".widget-readout"), shown -> value.equals(shown));
  }

  /** Everything the page-wide checks need to hold once both notebooks show their widgets. */
  private static void assertOneSharedFrontEnd(int[] requestsBefore) {
    for (int i = 0; i < VENDOR_SCRIPTS.length; i++) {
      String script = VENDOR_SCRIPTS[i];
      assertEquals(1L, js("return performance.getEntriesByType('resource')"
          + ".filter((entry) => entry.name.endsWith('/vendor/widgets/' + arguments[0])).length;", script),
          script + " is fetched once for the page");
      assertEquals(1, vendorRequests(script) - requestsBefore[i], script + " reaches the server once");
      assertEquals(1L, js("return window.scriptsAdded.filter((src) => src.endsWith('/vendor/widgets/' + arguments[0]))"
          + ".length;", script), script + " runs once");
    }
    assertEquals(List.of(), js("const before = window.headBefore;"
        + "const now = Array.from(document.head.children);"
        + "const added = now.filter((node) => !before.includes(node)).map((node) => node.outerHTML.slice(0, 100));"
        + "const removed = before.filter((node) => !now.includes(node)).map((node) => node.outerHTML.slice(0, 100));"
        + "return added.concat(removed);"), "document.head has the children it had before the widgets loaded");
    assertEquals(0L, js("return document.querySelectorAll('style').length"
        + " - window.headBefore.filter((node) => node.localName === 'style').length;"), "no style in the document");

    @SuppressWarnings("unchecked")
    Map<String, Object> sheets = (Map<String, Object>) js("const first = document.getElementById('first').shadowRoot;"
        + "const second = document.getElementById('second').shadowRoot;"
        + "const widgetSheets = (root) => root.adoptedStyleSheets.filter((sheet) => Array.from(sheet.cssRules)"
        + "    .some((rule) => (rule.selectorText || '').includes('.widget-readout')));"
        + "const shared = widgetSheets(first).filter((sheet) => widgetSheets(second).includes(sheet));"
        + "return {"
        + "  first: widgetSheets(first).length, second: widgetSheets(second).length, shared: shared.length,"
        + "  widgetRules: shared.length === 1,"
        + "  copies: first.querySelectorAll('style[data-widgets]').length"
        + "      + second.querySelectorAll('style[data-widgets]').length"
        + "};");
    assertEquals(Map.of("first", 1L, "second", 1L, "shared", 1L, "widgetRules", true, "copies", 0L), sheets,
        "both shadow roots adopt the one widget style sheet and hold no copy of it");

    for (String id : new String[] {"first", "second"}) {
      @SuppressWarnings("unchecked")
      Map<String, Object> styled = (Map<String, Object>) js(
          "const root = document.getElementById(arguments[0]).shadowRoot;"
          + "const slider = root.querySelector('.widget-slider');"
          + "const readout = root.querySelector('.widget-readout');"
          + "return {"
          + "  sliderDisplay: getComputedStyle(slider).display,"
          + "  readoutHeight: getComputedStyle(readout).height"
          + "};", id);
      // display comes from .widget-inline-hbox; the height from --jp-widgets-inline-height, a theme variable.
      assertEquals(Map.of("sliderDisplay", "flex", "readoutHeight", "28px"), styled,
          id + "'s widgets are styled by the widget CSS");
    }
    assertEquals("", js("return getComputedStyle(document.documentElement)"
        + ".getPropertyValue('--jp-widgets-inline-height');"), "the widget theme stays out of the page");
  }

  @Test
  void twoNotebooksWithSavedWidgetStateShareOneFrontEnd() {
    openBlankPage();
    int[] requestsBefore = vendorRequests();
    js("for (const id of ['first', 'second']) {"
        + "  const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = id;"
        + "  el.setAttribute('src', 'widget-state.ipynb'); document.body.appendChild(el);"
        + "}");
    awaitReadout("first", 1, "42");
    awaitReadout("second", 1, "42");
    assertEquals("bold", text("second", 1, ".widget-html b.safe"));
    assertOneSharedFrontEnd(requestsBefore);
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void aLaterNotebookWithIpywidgets7StateAddsItsCssToTheSameSheet() {
    openBlankPage();
    int[] requestsBefore = vendorRequests();
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'first';"
        + "el.setAttribute('src', 'widget-state.ipynb'); document.body.appendChild(el);");
    awaitReadout("first", 1, "42");
    long rulesBefore = (Long) js("return document.getElementById('first').shadowRoot.adoptedStyleSheets.at(-1)"
        + ".cssRules.length;");
    // The same saved state as ipywidgets 7 wrote it: html-manager loads those controls, and their CSS, only now.
    ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('widget-state.ipynb').then((response) => response.json()).then((notebook) => {"
        + "  const saved = notebook.metadata.widgets['application/vnd.jupyter.widget-state+json'];"
        + "  for (const model of Object.values(saved.state)) {"
        + "    model.model_module_version = model.model_module === '@jupyter-widgets/base' ? '1.2.0' : '1.5.0';"
        + "    if (model.model_name === 'HTMLStyleModel') model.model_name = 'DescriptionStyleModel';"
        + "  }"
        + "  const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'second';"
        + "  el.ipynb = notebook; document.body.appendChild(el); done();"
        + "});");
    awaitReadout("second", 1, "42");
    assertTrue((Long) js("return document.getElementById('second').shadowRoot.adoptedStyleSheets.at(-1)"
        + ".cssRules.length;") > rulesBefore, "the shared sheet gained the ipywidgets 7 controls' rules");
    assertOneSharedFrontEnd(requestsBefore);
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void twoNotebooksWithLiveWidgetsFromTwoKernelsShareOneFrontEndAndKeepTheirOwnModels() {
    openBlankPage();
    int[] requestsBefore = vendorRequests();
    js("for (const [id, value] of [['first', 3], ['second', 7]]) {"
        + "  const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = id;"
        + "  el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + "    outputs: [], execution_count: null, source: 'import ipywidgets as widgets\\n'"
        + "      + 'widgets.IntSlider(value=' + value + ', description=\"' + id + '\")'}]};"
        + "  el.executor = jupyterkit.createPyodideExecutor(" + WIDGETS_OPTIONS + ");"
        + "  document.body.appendChild(el);"
        + "}");
    for (String id : new String[] {"first", "second"}) {
      await(30, () -> text(id, 0, ".input"), source -> source != null);
      js("document.getElementById(arguments[0]).runCell(0);", id);
    }
    awaitReadout("first", 0, "3");
    awaitReadout("second", 0, "7");
    assertOneSharedFrontEnd(requestsBefore);

    WebElement handle = driver.findElement(By.id("first")).getShadowRoot().findElement(By.cssSelector(".noUi-handle"));
    handle.sendKeys(Keys.ARROW_RIGHT);
    awaitReadout("first", 0, "4");
    assertEquals("7", text("second", 0, ".widget-readout"), "the other notebook's slider did not move");

    String savedSliders = "const saved = document.getElementById(arguments[0]).toJSON().metadata.widgets;"
        + "const state = saved && saved['application/vnd.jupyter.widget-state+json'];"
        + "return state ? Object.values(state.state).filter((model) => model.model_name === 'IntSliderModel')"
        + "    .map((model) => model.state.description + '=' + model.state.value) : [];";
    assertEquals(List.of("first=4"), await(30, () -> js(savedSliders, "first"), List.of("first=4")::equals),
        "the first notebook saves only its own slider");
    assertEquals(List.of("second=7"), await(30, () -> js(savedSliders, "second"), List.of("second=7")::equals),
        "the second notebook saves only its own slider");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void twoNotebooksOnOneKernelBothShowItsWidgetsAsThePythonSideChangesThem() {
    openBlankPage();
    js("const executor = jupyterkit.createPyodideExecutor(" + WIDGETS_OPTIONS + ");"
        + "const cells = (...sources) => sources.map((source) => ({cell_type: 'code', metadata: {}, outputs: [],"
        + "  execution_count: null, source}));"
        + "for (const [id, sources] of [['first', ['import ipywidgets as widgets\\nlabel = widgets.Label()\\n'"
        + "      + 'label.value = \"set after creation\"\\nlabel', 'label.value = \"changed later\"']],"
        + "    ['second', ['label']]]) {"
        + "  const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = id;"
        + "  el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: cells(...sources)};"
        + "  el.executor = executor;"
        + "  document.body.appendChild(el);"
        + "}");
    String label = ".outputs div.widget-label";
    await(30, () -> text("second", 0, ".input"), source -> source != null);
    js("document.getElementById('first').runCell(0);");
    await(180, () -> text("first", 0, label), "set after creation"::equals);
    js("document.getElementById('second').runCell(0);");
    await(60, () -> text("second", 0, label), "set after creation"::equals);
    js("document.getElementById('first').runCell(1);");
    await(60, () -> text("first", 0, label), "changed later"::equals);
    await(60, () -> text("second", 0, label), "changed later"::equals);
    assertEquals(List.of(), consoleErrors());
  }
}
