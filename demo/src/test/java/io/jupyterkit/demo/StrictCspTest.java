package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/** The demo pages served with a Content-Security-Policy, every response (page and worker script) with the same one. */
class StrictCspTest extends BrowserTestSupport {
  private static final String NO_WORKERS = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"
      + " worker-src 'none'; connect-src 'self'; style-src 'self'";
  private static final String NO_WEBASSEMBLY = "default-src 'self'; script-src 'self'; worker-src 'self';"
      + " connect-src 'self'; style-src 'self'";

  /** Every securitypolicyviolation a page hears, recorded by a script the browser runs before the page's own. */
  @BeforeAll
  static void recordViolations() {
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.cspViolations = []; document.addEventListener('securitypolicyviolation', (e) =>"
        + " window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' from ' + e.sourceFile + ':'"
        + " + e.lineNumber + ':' + e.columnNumber));"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> violations() {
    return (List<String>) js("return window.cspViolations;");
  }

  private static String text(int cell, String selector) {
    return (String) js("const el = document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"] ' + arguments[1]);"
        + "return el ? el.innerText : null;", cell, selector);
  }

  private static String awaitText(int cell, String selector, String expected) {
    return await(120, () -> text(cell, selector), shown -> shown != null && shown.contains(expected));
  }

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  @Test
  void aNotebookRendersMarkdownMathCodeAndHtmlUnderTheStrictPolicy() {
    driver.get(server.url(DemoServer.STRICT_CSP + "test/notebook.html?nb=intro.ipynb"));
    await(20, () -> js("const nb = document.getElementById('nb'); return !!(nb.shadowRoot"
        + " && nb.shadowRoot.querySelector('.cell'));"), Boolean.TRUE::equals);
    // WebDriver's scripts are not the page's, so the policy lets them set the notebook.
    js("document.getElementById('nb').ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {language_info: {name:"
        + " 'python'}}, cells: [{cell_type: 'markdown', metadata: {}, source: '# Strict\\n\\n| a | b |\\n|---|---|\\n"
        + "| 1 | 2 |\\n\\nInline $e^{i\\\\pi} + 1 = 0$ and\\n\\n$$\\\\int_0^1 x\\\\,dx$$'},"
        + "{cell_type: 'code', metadata: {}, execution_count: 1, source: 'def double(x):\\n    return 2 * x',"
        + " outputs: [{output_type: 'display_data', metadata: {}, data: {'text/html':"
        + " '<table><tr><th>name</th></tr><tr><td>an HTML output</td></tr></table>', 'text/plain': 'table'}}]}]};");
    await(20, () -> (Long) inShadow("cell(0).querySelectorAll('.katex').length"), n -> n >= 2);
    assertEquals("Strict", inShadow("cell(0).querySelector('h1').textContent"));
    assertEquals(Boolean.TRUE, inShadow("cell(0).querySelector('.math.display .katex-display') !== null"));
    assertEquals("2", inShadow("cell(0).querySelector('table td:last-child').textContent"));
    await(20, () -> (Long) inShadow("cell(1).querySelectorAll('.hljs-keyword').length"), n -> n > 0);
    assertEquals("def", inShadow("cell(1).querySelector('.hljs-keyword').textContent"));
    awaitSanitised("nb", 1, 20);
    assertEquals("an HTML output", inShadow("cell(1).querySelector('.output.html').shadowRoot"
        + ".querySelector('td').textContent"));
    assertEquals(List.of(), violations(), "nothing the policy refuses");
  }

  @Test
  void pythonRunsAndTheEditorTypesUnderTheStrictPolicy() {
    openWithoutDrafts(DemoServer.STRICT_CSP + "index.html");
    await(30, () -> text(1, ".input"), source -> source != null);
    js("document.getElementById('notebook').shadowRoot.querySelector('.cell[data-index=\"1\"]').focus();");
    keys(Keys.ENTER);
    await(20, () -> js("return !!document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .cm-editor');"), Boolean.TRUE::equals);
    keys(Keys.END, "; print('typed here')");
    await(10, () -> text(1, ".cm-content"), shown -> shown != null && shown.endsWith("print('typed here')"));
    keys(Keys.ESCAPE);
    String output = runAndWait("notebook", 1, 120);
    assertTrue(output.contains("hi") && output.contains("typed here"), output);
    assertEquals(List.of(), violations(), "nothing the policy refuses");
  }

  @Test
  void aSliderMovedUnderTheStrictPolicyUpdatesItsPythonObserversLabel() {
    openWithoutDrafts(DemoServer.STRICT_CSP + "widgets.html");
    await(30, () -> text(4, ".input"), source -> source != null);
    js("document.getElementById('run-all').click();");
    awaitText(3, ".widget-output", "3 doubled is 6");
    awaitText(4, ".widget-html", "green");
    SearchContext root = driver.findElement(By.id("notebook")).getShadowRoot();
    WebElement handle = root.findElement(By.cssSelector(".cell[data-index=\"1\"] .noUi-handle"));
    handle.sendKeys(Keys.ARROW_RIGHT);
    awaitText(1, ".outputs", "n squared is 36");
    assertEquals("flex", js("const label = document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .widget-slider');"
        + "return label && getComputedStyle(label).display;"), "the widget CSS applies");
    assertEquals("url(\"" + server.url(DemoServer.STRICT_CSP + "jupyter-kit/vendor/widgets/dropdown-arrow.svg") + "\")",
        js("return getComputedStyle(document.getElementById('notebook').shadowRoot"
            + ".querySelector('.cell[data-index=\"4\"] select')).backgroundImage;"),
        "the dropdown's arrow is a file beside the front end");
    assertEquals(List.of(), violations(), "nothing the policy refuses");
    js("const style = document.createElement('style'); style.textContent = 'body { color: rgb(1, 2, 3); }';"
        + "document.head.append(style);");
    assertEquals(List.of("style-src-elem"), await(10, () -> violations().stream().map(v -> v.split(" ")[0])
        .toList(), found -> !found.isEmpty()), "the policy is in force, and its refusals are heard");
  }

  @Test
  void sandboxedPythonRunsUnderTheStrictPolicy() {
    driver.get(server.url(DemoServer.STRICT_CSP + "test/notebook.html?nb=intro.ipynb"));
    await(20, () -> js("return !!document.getElementById('nb').shadowRoot.querySelector('.cell');"),
        Boolean.TRUE::equals);
    js("const el = document.getElementById('nb');"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + " outputs: [], execution_count: null, source: 'import js\\nprint(\\'sandboxed in\\', js.self.origin)'}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '" + DemoServer.STRICT_CSP + "pyodide/pyodide.js',"
        + " sandbox: true, timeoutMs: 0});");
    assertEquals("sandboxed in null", runAndWait("nb", 0, 120).trim());
    assertEquals(List.of(), violations(), "nothing the policy refuses");
  }

  /** A site-wide policy on the sandbox document too: it refuses the frame's worker, and the cell says why. */
  @Test
  void aSandboxDocumentUnderTheSitesPolicyIsNamedInTheCell() {
    server.addPolicyEverywhere("/sandbox-strict-everywhere/", DemoServer.STRICT_POLICY);
    driver.get(server.url("/test/notebook.html"));
    js("const el = document.getElementById('nb');"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + " outputs: [], execution_count: null, source: '1 + 1'}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', sandbox: true, timeoutMs: 0,"
        + " workerUrl: '/sandbox-strict-everywhere/jupyter-kit/jupyter-kit-worker.js'});");
    String output = runAndWait("nb", 0, 60);
    assertTrue(output.contains("the Content-Security-Policy of " + server.url("/sandbox-strict-everywhere/jupyter-kit/"
        + "jupyter-kit-sandbox.html") + " does not allow its worker (worker-src): serve it without the site's policy"),
        output);
  }

  @Test
  void aPolicyWithoutWasmUnsafeEvalIsNamedInTheCell() {
    server.addPolicy("/no-webassembly/", NO_WEBASSEMBLY);
    openWithoutDrafts("/no-webassembly/index.html");
    await(30, () -> text(1, ".input"), source -> source != null);
    String output = runAndWait("notebook", 1, 60);
    assertTrue(output.contains("the Content-Security-Policy does not allow WebAssembly")
        && output.contains("'wasm-unsafe-eval'"), output);
  }

  @Test
  void aPolicyThatRefusesTheWorkerIsNamedInTheCell() {
    server.addPolicy("/no-workers/", NO_WORKERS);
    openWithoutDrafts("/no-workers/index.html");
    await(30, () -> text(1, ".input"), source -> source != null);
    String output = runAndWait("notebook", 1, 60);
    assertTrue(output.contains("the page's Content-Security-Policy does not allow it to start a worker from "
        + server.url("/no-workers/jupyter-kit/jupyter-kit-worker.js") + " (worker-src)"), output);
  }
}
