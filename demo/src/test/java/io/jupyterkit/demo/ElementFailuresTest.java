package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The element from plain JavaScript, and what a person sees when a notebook or Pyodide cannot be loaded. */
class ElementFailuresTest extends BrowserTestSupport {
  private void openBlank() {
    driver.get(server.url("/test/blank.html"));
  }

  private static void addNotebook(String id, String src) {
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = arguments[0];"
        + "el.setAttribute('src', arguments[1]); document.body.appendChild(el);", id, src);
  }

  @Test
  void createPyodideExecutorIsReachableFromPlainJavaScript() {
    openBlank();
    assertEquals("object function", js("return window.apiAtLoad;"), "ready for the very next script");
    assertEquals(List.of("jupyterkit"), js("return window.globalsAdded.sort();"),
        "the bundle adds no other globals a page could collide with");
    assertEquals("function", js("return typeof jupyterkit.createPyodideExecutor;"));
    assertEquals(Boolean.TRUE, js("return customElements.get('jupyter-notebook') !== undefined;"));
    assertEquals("object", js("return typeof jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"));
    for (String name : List.of("ipynb", "executor")) {
      assertEquals(Boolean.TRUE, js("const d = Object.getOwnPropertyDescriptor("
          + "customElements.get('jupyter-notebook').prototype, arguments[0]); return !!(d && d.get && d.set);", name),
          name + " is an accessor on the element, not a plain field");
    }
    for (String name : List.of("runCell", "runAll", "toJSON")) {
      assertEquals("function", js("return typeof customElements.get('jupyter-notebook').prototype[arguments[0]];",
          name), name);
    }
    assertEquals(Boolean.TRUE, js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true});"
        + "const ex = jupyterkit.createPyodideExecutor({});"
        + "el.executor = ex; return el.executor === ex;"));
    assertEquals("function function function not-started Python not started", js(
        "const ex = jupyterkit.createPyodideExecutor({});"
        + "return [typeof ex.onStateChange, typeof ex.prefetch, typeof ex.start, ex.state.phase, ex.state.label]"
        + "  .join(' ');"), "the kernel state API keeps its names in the compiled bundle");
  }

  @Test
  void theEsModuleEntryExportsTheApiAndFindsItsWorker() {
    driver.get(server.url("/test/esm.html"));
    await(10, () -> js("return window.esmVersion || null;"), version -> version != null);
    assertEquals("function", js("return window.esmClearStoredDrafts;"));
    String output = runAndWait("nb", 0, 60);
    assertTrue(output.contains("from a module"), output);
  }

  @Test
  void aMissingNotebookShowsAMessageAndFiresError() {
    openBlank();
    addNotebook("missing", "/notebooks/missing.ipynb");
    String text = await(10, () -> shadowText("missing"), t -> t != null && t.contains("HTTP 404"));
    assertTrue(text.contains("Could not load the notebook from /notebooks/missing.ipynb: the server answered HTTP 404"),
        text);
    assertTrue(!text.contains("$") && !text.contains("Exception") && !text.contains("obf"), "written for a person: " + text);
    List<Map<String, Object>> events = recordedEvents();
    assertTrue(events.stream().anyMatch(e -> "jupyter-error".equals(e.get("type")) && "missing".equals(e.get("id"))),
        events.toString());
    assertEquals(Boolean.TRUE, js("return document.querySelector('#missing').shadowRoot"
        + ".querySelector('[role=alert]') !== null;"), "the message is announced as an alert");
  }

  @Test
  void aFileThatIsNotJsonShowsAMessage() {
    openBlank();
    addNotebook("broken", "/notebooks/broken.json");
    String text = await(10, () -> shadowText("broken"), t -> t != null && t.contains("could not be read"));
    assertTrue(text.contains("/notebooks/broken.json"), text);
    assertTrue(recordedEvents().stream().anyMatch(e -> "jupyter-error".equals(e.get("type"))));
  }

  @Test
  void aValidNotebookAfterAFailureRendersAndFiresLoad() {
    openBlank();
    addNotebook("later", "/notebooks/missing.ipynb");
    await(10, () -> shadowText("later"), t -> t != null && t.contains("HTTP 404"));
    js("document.getElementById('later').setAttribute('src', '/notebooks/intro.ipynb');");
    String text = await(10, () -> shadowText("later"), t -> t != null && t.contains("jupyter-kit"));
    assertTrue(!text.contains("HTTP 404"), text);
    assertTrue(recordedEvents().stream().anyMatch(e -> "jupyter-load".equals(e.get("type"))));
  }

  @Test
  void aCandidateThatHangsTimesOutAndTheNextOneRunsTheCell() {
    java.util.concurrent.atomic.AtomicInteger hangs = new java.util.concurrent.atomic.AtomicInteger();
    server.addHandler("/test/hang/", exchange -> {
      hangs.incrementAndGet();
      try {
        Thread.sleep(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    openBlank();
    // Booting at once, with no prefetch: only the boot asks the hanging server.
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('boot', 'eager');"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', source: '6 * 7', metadata: {}, outputs: [], execution_count: null}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({"
        + "  src: ['/test/hang/pyodide.js', '/pyodide/pyodide.js'], timeoutMs: 6000});"
        + "document.body.appendChild(el);");
    long start = System.nanoTime();
    String output = runAndWait("nb", 0, 60);
    assertTrue(output.contains("42"), output);
    assertEquals(1, hangs.get(), "the hanging candidate was tried first");
    assertTrue(System.nanoTime() - start < 18_000_000_000L, "gave up on the hanging candidate well before it answered");
  }

  @Test
  void pyodideThatCannotLoadIsReportedPerCandidateAndRetriedOnTheNextRun() {
    openBlank();
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', source: '1 + 1', metadata: {}, outputs: [], execution_count: null}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({"
        + "  src: ['/missing-a/pyodide.js', '/notebooks/intro.ipynb'], timeoutMs: 20000});"
        + "document.body.appendChild(el);");
    clickRun("nb", 0);
    String output = await(30, () -> outputText("nb", 0), t -> t != null && t.contains("PyodideLoadError"));
    assertTrue(output.contains("/missing-a/pyodide.js: could not load the script (HTTP 404 Not Found)"), output);
    assertTrue(output.contains("/notebooks/intro.ipynb: could not load the script (the server sent it as "
        + "application/x-ipynb+json, which browsers do not run as a script)"), output);
    int attempts = server.requestCount("/missing-a/pyodide.js");
    clickRun("nb", 0);
    await(30, () -> server.requestCount("/missing-a/pyodide.js"), count -> count > attempts);
    await(30, () -> outputText("nb", 0), t -> t != null && t.contains("PyodideLoadError"));
  }

  @Test
  void aWorkerScriptThatCannotBeLoadedIsNamedInWords() {
    openBlank();
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', source: '1', metadata: {}, outputs: [], execution_count: null}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js',"
        + "  workerUrl: '/missing/jupyter-kit-worker.js'});"
        + "document.body.appendChild(el);");
    clickRun("nb", 0);
    String output = await(30, () -> outputText("nb", 0), t -> t != null && t.contains("PyodideLoadError"));
    assertTrue(output.contains("/missing/jupyter-kit-worker.js could not be loaded") && !output.contains("null"),
        output);
  }

  @Test
  void aNotebookInAnotherLanguageIsNotRunAsPython() {
    openBlank();
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {kernelspec: {name: 'ir', language: 'R'}}, cells: ["
        + "  {cell_type: 'code', source: 'x <- c(1, 2)', metadata: {}, outputs: [], execution_count: null}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
    clickRun("nb", 0);
    String note = cellNote("nb", 0);
    assertEquals("Not run: this notebook's code is r and its executor runs python.", note);
  }

  @Test
  void withoutTheSanitiserHtmlAndMarkdownAreShownAsTextAndNothingRuns() {
    // The same package and pages under /no-purify/, where vendor/dompurify/ answers 404.
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("jupyterkit.root", ".."));
    server.addThrottledFolder("/no-purify/jupyter-kit/", root.resolve("npm/target/package"), 1 << 20, 0);
    server.addThrottledFolder("/no-purify/", root.resolve("demo/src/main/webapp"), 1 << 20, 0);
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    server.addHandler("/no-purify/jupyter-kit/vendor/dompurify/", exchange -> {
      asked.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    driver.get(server.url("/no-purify/test/blank.html"));
    String python = """
        html = '<b id="bold">bold</b><script>window.ran = 1</script><img src="data:," onerror="window.ran = 2">'
        display({'text/html': html, 'text/plain': 'the plain form'}, raw=True)
        display({'image/svg+xml': '<svg xmlns="http://www.w3.org/2000/svg" onload="window.ran = 3"><text>svg</text></svg>'},
                raw=True)
        """;
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'markdown', metadata: {}, source: arguments[0]},"
        + "  {cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source: arguments[1]}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);", "# Title\n<img src=\"data:,\" onerror=\"window.ran = 4\">", python);
    String markdown = await(20, () -> (String) js("const cell = document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"0\"] .markdown'); return cell ? cell.innerText : null;"),
        t -> t != null && t.contains("could not be loaded"));
    assertTrue(markdown.contains("This markdown is shown as text: the HTML sanitiser could not be loaded"), markdown);
    assertTrue(markdown.contains("<img src=\"data:,\""), "the source, as text: " + markdown);
    String output = runAndWait("nb", 1, 60);
    output = await(20, () -> outputText("nb", 1), t -> t != null && t.contains("SVG output is shown as text"));
    assertTrue(output.contains("This HTML output is shown as text: the HTML sanitiser could not be loaded"), output);
    assertTrue(output.contains("the plain form"), output);
    assertTrue(output.contains("onload=\"window.ran = 3\""), "an SVG without a text form shows its source as text: " + output);
    assertEquals(2L, js("return document.getElementById('nb').shadowRoot.querySelectorAll('.unsanitised').length;"));
    assertEquals(0L, js("const root = document.getElementById('nb').shadowRoot;"
        + "return root.querySelectorAll(['b', 'img', 'svg', 'script'].map(t => '.outputs ' + t + ', .markdown ' + t)"
        + "  .join(', ')).length + [...root.querySelectorAll('.output')].filter(o => o.shadowRoot).length;"),
        "no notebook HTML entered the page, in the notebook or in a shadow root of an output");
    assertEquals(null, js("return window.ran === undefined ? null : String(window.ran);"), "nothing ran");
    assertTrue(driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
        .anyMatch(entry -> entry.getMessage().contains("the HTML sanitiser (DOMPurify) could not be loaded")),
        "a console warning says why");
    assertEquals(1, asked.get(), "DOMPurify was asked for once");
    assertTrue(!readString(root.resolve("npm/target/package/jupyter-kit.js")).contains("@license DOMPurify"),
        "the bundle holds no copy of DOMPurify: it loads on demand");
  }

  /** The same package and pages under /no-extras/, where the extras bundle answers 404. */
  private static void openWithoutExtras() {
    java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("jupyterkit.root", ".."));
    server.addThrottledFolder("/no-extras/jupyter-kit/", root.resolve("npm/target/package"), 1 << 20, 0);
    server.addThrottledFolder("/no-extras/", root.resolve("demo/src/main/webapp"), 1 << 20, 0);
    server.addHandler("/no-extras/jupyter-kit/jupyter-kit-extras.mjs", exchange -> {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    driver.get(server.url("/no-extras/test/blank.html"));
  }

  @Test
  void withoutTheExtrasBundleAnSvgIsShownAsTextAndOtherHtmlAsHtml() {
    openWithoutExtras();
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><defs><path id=\"g\" d=\"M0 0h9\"/>"
        + "</defs><use href=\"#g\"/></svg>";
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "const out = (data) => ({output_type: 'display_data', metadata: {}, data});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', id: 'a', metadata: {}, execution_count: 1, source: 'f()', outputs: ["
        + "    out({'image/svg+xml': arguments[0], 'text/plain': '<Figure size 40x20>'}),"
        + "    out({'text/html': '<div>a chart: ' + arguments[0] + '</div>', 'text/plain': 'the chart as text'}),"
        + "    out({'text/html': '<b>plain bold</b>', 'text/plain': 'bold'})]},"
        + "  {cell_type: 'markdown', id: 'b', metadata: {}, source: 'Inline ' + arguments[0]}]};"
        + "document.body.appendChild(el);", svg);
    String output = await(20, () -> outputText("nb", 0), t -> t != null && t.contains("HTML output is shown as text"));
    assertTrue(output.contains("This SVG output is shown as text: the code that keeps an SVG's references to itself"
        + " (jupyter-kit-extras.mjs) could not be loaded"), output);
    assertTrue(output.contains("<Figure size 40x20>") && output.contains("the chart as text"), output);
    String markdown = await(20, () -> (String) js("const cell = document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .markdown'); return cell ? cell.innerText : null;"),
        t -> t != null && t.contains("could not be loaded"));
    assertTrue(markdown.contains("This markdown is shown as text: the code that keeps an SVG's references"), markdown);
    assertEquals("plain bold", await(20, () -> (String) js("const outputs = [...document.getElementById('nb').shadowRoot"
        + ".querySelectorAll('.output')].filter(o => o.shadowRoot && o.shadowRoot.querySelector('b'));"
        + "return outputs.length ? outputs[0].shadowRoot.querySelector('b').textContent : null;"), t -> t != null),
        "HTML without an SVG needs no extras bundle");
    assertEquals(0L, js("const root = document.getElementById('nb').shadowRoot;"
        + "return root.querySelectorAll('.outputs svg, .markdown svg').length + [...root.querySelectorAll('.output')]"
        + "  .filter(o => o.shadowRoot && o.shadowRoot.querySelector('svg')).length;"),
        "no SVG entered the page unscoped");
  }

  @Test
  void withoutTheExtrasBundleAnEmbeddedPageIsShownAsText() {
    openWithoutExtras();
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "const out = (data) => ({output_type: 'display_data', metadata: {}, data});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', id: 'a', metadata: {}, execution_count: 1, source: 'f()', outputs: ["
        + "    out({'text/html': '<iframe src=\"https://example.org/\" width=\"300\"></iframe>',"
        + "      'text/plain': '<IPython.display.IFrame>'})]}]};"
        + "document.body.appendChild(el);");
    String output = await(20, () -> outputText("nb", 0), t -> t != null && t.contains("shown as text"));
    assertTrue(output.contains("This HTML output is shown as text: the code that shows embedded pages"
        + " (jupyter-kit-extras.mjs) could not be loaded"), output);
    assertTrue(output.contains("<IPython.display.IFrame>"), output);
    assertEquals(0L, js("const root = document.getElementById('nb').shadowRoot;"
        + "return root.querySelectorAll('iframe, .embed-placeholder').length + [...root.querySelectorAll('.output')]"
        + "  .filter(o => o.shadowRoot && o.shadowRoot.querySelector('iframe, .embed-placeholder')).length;"),
        "no embedded page entered the page");
  }

  @Test
  void withoutTheExtrasBundleMathStaysTexUnderANotice() {
    openWithoutExtras();
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'markdown', id: 'a', metadata: {}, source: 'Euler $e^{i\\\\pi}+1=0$ and'"
        + "    + ' $$\\\\begin{equation}x\\\\end{equation}$$'},"
        + "  {cell_type: 'code', id: 'b', metadata: {}, execution_count: 1, source: 'f()', outputs: ["
        + "    {output_type: 'display_data', metadata: {}, data: {'text/latex': '$\\\\alpha$'}}]}]};"
        + "document.body.appendChild(el);");
    String markdown = await(20, () -> (String) js("const cell = document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"0\"] .markdown'); return cell ? cell.innerText : null;"),
        t -> t != null && t.contains("shown as TeX"));
    assertTrue(markdown.contains("e^{i\\pi}+1=0") && markdown.contains("\\begin{equation}x\\end{equation}"),
        "the TeX stays readable: " + markdown);
    assertTrue(markdown.contains("The math here is shown as TeX: the code that numbers and draws equations"
        + " (jupyter-kit-extras.mjs) could not be loaded"), markdown);
    String output = await(20, () -> outputText("nb", 1), t -> t != null && t.contains("shown as TeX"));
    assertTrue(output.contains("\\alpha") && output.contains("(jupyter-kit-extras.mjs) could not be loaded"), output);
    assertEquals(0L, js("return document.getElementById('nb').shadowRoot.querySelectorAll('.katex').length;"),
        "no math is drawn without the extras bundle");
  }

  @Test
  void anOldNotebookWithoutItsConverterSaysSo() {
    openWithoutExtras();
    js("window.events = []; document.addEventListener('jupyter-error', e => window.events.push(e.type), true);"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'old';"
        + "el.ipynb = {nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [{cells: ["
        + "  {cell_type: 'markdown', metadata: {}, source: 'old'}]}]};"
        + "document.body.appendChild(el);"
        + "const v4 = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); v4.id = 'v4';"
        + "v4.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'markdown', id: 'a', metadata: {}, source: 'current'}]};"
        + "document.body.appendChild(v4);");
    String text = await(20, () -> shadowText("old"), t -> t != null && t.contains("could not be converted"));
    assertTrue(text.contains("is of an old format (nbformat 1 to 3) and could not be converted: the converter"
        + " (jupyter-kit-extras.mjs) could not be loaded"), text);
    assertTrue(await(20, () -> shadowText("v4"), t -> t != null && t.contains("current")).contains("current"),
        "a current notebook on the same page is shown");
    assertEquals(1L, js("return window.events.length;"), "the old notebook fires error");
  }

  private static String readString(java.nio.file.Path file) {
    try {
      return java.nio.file.Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String ONE_CELL_NOTEBOOK = "{nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
      + "{cell_type: 'code', metadata: {}, execution_count: 1, source: 'print(\\'styled\\')',"
      + " outputs: [{output_type: 'stream', name: 'stdout', text: 'a readable output\\n'}]}]}";

  /** A page at {@code prefix}page.html that shows a one-cell notebook, with the bundle at {@code bundleUrl}. */
  private static String notebookPage(String bundleUrl) {
    return "<!doctype html><html lang=en><head><meta charset=utf-8><title>styles</title>"
        + "<link rel=icon href='data:,'><script src='" + bundleUrl + "'></script></head><body>"
        + "<jupyter-notebook trusted id=nb></jupyter-notebook><script>window.violations = [];"
        + "document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));"
        + "window.loaded = false; nb.addEventListener('jupyter-load', () => { window.loaded = true;"
        + " window.promptFontAtLoad = getComputedStyle(nb.shadowRoot.querySelector('.prompt')).fontFamily; });"
        + "nb.ipynb = " + ONE_CELL_NOTEBOOK + ";</script></body></html>";
  }

  private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String type, byte[] body,
      String csp) throws java.io.IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", type);
      if (csp != null) {
        exchange.getResponseHeaders().set("Content-Security-Policy", csp);
      }
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  @Test
  void aStyleSheetThatCannotBeLoadedLeavesTheNotebookReadableUnderANotice() {
    // The bundle alone, without the style sheets beside it.
    server.addHandler("/styles-missing/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/styles-missing/page.html")) {
        send(exchange, 200, "text/html; charset=utf-8",
            notebookPage("/styles-missing/jupyter-kit.js").getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
      } else if (path.equals("/styles-missing/jupyter-kit.js")) {
        send(exchange, 200, "text/javascript", java.nio.file.Files.readAllBytes(
            server.resolve("/jupyter-kit/jupyter-kit.js")), null);
      } else {
        send(exchange, 404, "text/plain", "not found".getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
      }
    });
    driver.get(server.url("/styles-missing/page.html"));
    await(20, () -> js("return window.loaded;"), Boolean.TRUE::equals);
    String notice = (String) js("const n = nb.shadowRoot.querySelector('[role=alert]'); return n && n.innerText;");
    assertTrue(notice != null && notice.contains("styles could not be loaded")
        && notice.contains("/styles-missing/jupyter-kit.css") && notice.contains("HTTP 404"), String.valueOf(notice));
    String text = shadowText("nb");
    assertTrue(text.contains("print('styled')") && text.contains("a readable output"),
        "the cell and its output are shown: " + text);
    assertEquals(Boolean.FALSE, js("return /monospace/.test(window.promptFontAtLoad);"),
        "no styles apply (the test would otherwise prove nothing)");
  }

  @Test
  void aPageWithAStrictStyleCspShowsTheNotebookStyled() {
    server.addHandler("/style-src-self/", exchange -> send(exchange, 200, "text/html; charset=utf-8",
        notebookPage("/jupyter-kit/jupyter-kit.js").getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "style-src 'self'"));
    driver.get(server.url("/style-src-self/page.html"));
    await(20, () -> js("return window.loaded;"), Boolean.TRUE::equals);
    String font = (String) js("return window.promptFontAtLoad;");
    assertTrue(font.contains("monospace"), "the prompt is styled when load fires: " + font);
    assertEquals("rgb(48, 63, 159)", js("return getComputedStyle(nb.shadowRoot.querySelector('.input-prompt')).color;"));
    assertEquals("flex", js("return getComputedStyle(nb.shadowRoot.querySelector('.toolbar')).display;"));
    // An embedded page's placeholder: its sheet adopted, its size (the iframe's) set through the CSSOM.
    js("nb.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + " execution_count: 1, source: 'x', outputs: [{output_type: 'display_data', metadata: {}, data: {'text/html':"
        + " '<iframe srcdoc=\"<p>page</p>\" width=\"200\" height=\"90\"></iframe>'}}]}]};");
    assertEquals(List.of("inline-flex", "200px", "90px"), await(20, () -> js(
        "const out = nb.shadowRoot.querySelector('.output.html');"
        + "const p = out && out.shadowRoot && out.shadowRoot.querySelector('[role=group]');"
        + "if (!p) return null; const s = getComputedStyle(p); return [s.display, s.width, s.height];"),
        found -> found != null && ((List<?>) found).get(0).equals("inline-flex")));
    assertEquals(List.of(), js("return window.violations;"), "nothing the page's CSP refuses");
    assertEquals(Boolean.FALSE, js("return !!nb.shadowRoot.querySelector('[role=alert]');"));
  }
}
