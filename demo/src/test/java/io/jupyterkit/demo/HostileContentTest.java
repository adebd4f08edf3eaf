package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * More than a hundred hostile payloads from the public sanitiser cheat sheets, each placed in markdown, HTML, SVG,
 * markdown output, stream text, traceback, attachment name, notebook metadata and the filename attribute. The page
 * proves no script ran, and the DOM proves no handler, no javascript: URL, no form or text input, no remote fetch
 * and nothing drawn outside the notebook's box.
 */
class HostileContentTest extends BrowserTestSupport {
  static List<String> payloads() throws IOException {
    try (InputStream in = HostileContentTest.class.getResourceAsStream("/xss-payloads.txt")) {
      List<String> payloads = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          payloads.add(line);
        }
      }
      return payloads;
    }
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static String hostileNotebook(List<String> payloads, String remote) {
    List<Object> cells = new ArrayList<>();
    for (int i = 0; i < payloads.size(); i++) {
      String payload = payloads.get(i).replace("PROBE", "__xss(" + i + ")").replace("REMOTE", remote);
      cells.add(map("cell_type", "markdown", "metadata", map("tags", List.of(payload)),
          "attachments", map(payload, map("image/png", "iVBORw0KGgo=")),
          "source", "Payload " + i + ":\n\n" + payload + "\n\n![attached](attachment:" + payload + ")"));
      List<Object> outputs = List.of(
          map("output_type", "display_data", "metadata", map(), "data", map("text/html", payload, "text/plain", "x")),
          map("output_type", "display_data", "metadata", map(), "data", map("image/svg+xml", payload)),
          map("output_type", "display_data", "metadata", map(), "data", map("text/markdown", payload)),
          map("output_type", "stream", "name", "stdout", "text", payload + "\n"),
          map("output_type", "error", "ename", payload, "evalue", payload, "traceback", List.of(payload)));
      cells.add(map("cell_type", "code", "metadata", map(), "execution_count", i, "source", payload,
          "outputs", outputs));
    }
    cells.add(map("cell_type", "markdown", "metadata", map(),
        "source", "$\\href{javascript:__xss('tex')}{click}$ $$\\url{javascript:__xss('url')}$$"));
    String first = payloads.get(0).replace("PROBE", "__xss('meta')");
    Map<String, Object> notebook = map("nbformat", 4, "nbformat_minor", 5,
        "metadata", map("kernelspec", map("display_name", first, "language", first, "name", first)),
        "cells", cells);
    return new Json().toJson(notebook);
  }

  /**
   * Walks the element's shadow tree, nested shadow roots included, for anything that could run or take input. The
   * element's own controls are allowed where it puts them, never inside what a notebook renders.
   */
  private static final String OPAQUE_SANDBOX = "allow-scripts allow-popups allow-presentation allow-forms";
  private static final String SCAN = ""
        + "const SANDBOXES = ['" + OPAQUE_SANDBOX + "', '" + OPAQUE_SANDBOX + " allow-same-origin'];"
        + "const found = {handlers: [], scriptUrls: [], forbidden: [], inputs: [], outsideRefs: [], frames: [],"
        + "  elements: 0};"
        + "const visit = (root) => { for (const el of root.querySelectorAll('*')) {"
        + "  found.elements++;"
        + "  if (el.localName === 'iframe') found.frames.push({sandbox: el.getAttribute('sandbox'), src: el.src,"
        + "    srcdoc: el.hasAttribute('srcdoc'), attributes: [...el.attributes].map(a => a.name).sort().join(' ')});"
        + "  for (const attr of el.attributes) {"
        + "    const name = attr.name.toLowerCase();"
        + "    if (el.localName === 'iframe' && !name.startsWith('on')) continue;"
        + "    const value = attr.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();"
        + "    if (name.startsWith('on')) found.handlers.push(el.localName + '[' + name + ']');"
        + "    if (/^(javascript|vbscript|data:text\\/html)/.test(value) || value.startsWith('javascript:'))"
        + "      found.scriptUrls.push(el.localName + '[' + name + '=' + attr.value + ']');"
        + "  }"
        + "  const tag = el.localName;"
        + "  if (['script','iframe','frame','frameset','object','embed','form','base','meta','textarea','select',"
        + "       'button','portal','isindex','keygen'].includes(tag)"
        + "      || (tag === 'link' && !el.hasAttribute('data-katex')))"
        + "    if (!(el.matches('.input > button.run, .toolbar button, .cell-toolbar button, .cell-toolbar select,"
        + "        .add-cells button, .draft-bar button, .trust-prompt button')"
        + "        && !el.closest('.outputs, .markdown, .raw'))"
        // An embedded page's placeholder has its own shadow root (a notebook cannot make one) with a Show button;
        // the page it shows is sandboxed (the frames are checked on their own).
        + "        && !(tag === 'button' && root.host && root.host.getAttribute('role') === 'group')"
        + "        && !(tag === 'iframe' && SANDBOXES.includes(el.getAttribute('sandbox'))))"
        + "    found.forbidden.push(tag);"
        // Inside an SVG, references (<use>, gradients, url() in any attribute) may only name that SVG's own ids.
        + "  const svg = el.closest('svg');"
        + "  if (svg) { let outer = svg; while (outer.parentElement && outer.parentElement.closest('svg'))"
        + "      outer = outer.parentElement.closest('svg');"
        + "    const own = (ref) => { const t = root.getElementById(ref); return t !== null && outer.contains(t); };"
        + "    for (const attr of el.attributes) {"
        + "      const refs = attr.value.match(/url\\([^)]*\\)?/gi) || [];"
        + "      if (/href$/.test(attr.name) && !['a', 'image', 'feImage'].includes(tag)) refs.push(attr.value);"
        + "      for (const ref of refs) { const id = ref.replace(/^url\\(\\s*['\"]?|['\"]?\\s*\\)$/gi, '');"
        + "        if (!id.startsWith('#') || !own(id.slice(1))) found.outsideRefs.push(tag + '[' + attr.name + '=' + ref + ']'); }"
        + "    }"
        + "    if (tag === 'style' && /url\\(\\s*['\"]?[^#'\"\\s]/i.test(el.textContent)) found.outsideRefs.push('style: ' + el.textContent); }"
        + "  if (tag === 'input' && !(el.type === 'checkbox' && el.disabled)) found.inputs.push(el.outerHTML);"
        + "  if (el.shadowRoot) visit(el.shadowRoot);"
        + "} };"
        + "visit(document.getElementById('nb').shadowRoot);"
        + "return found;";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> scan() {
    return (Map<String, Object>) js(SCAN);
  }

  @Test
  void theChecksCatchWhatAnUnsafeFilterLetsThrough() throws Exception {
    List<String> payloads = new ArrayList<>(payloads().subList(0, 6));
    // What this lets through may fetch: not from the probes the other test counts.
    payloads.addAll(payloads().stream().filter(p -> p.contains("<use") && !p.contains("/remote-probe/")).toList());
    driver.get(server.url("/test/xss.html"));
    js("const el = document.getElementById('nb'); el.htmlFilter = (html) => html; el.ipynb = arguments[0];",
        hostileNotebook(payloads, "http://localhost:" + server.port() + "/unsafe-probe"));
    await(10, () -> (Long) js("return window.__xssHits.length;"), hits -> hits > 0);
    Map<String, Object> found = scan();
    assertTrue(!((List<?>) found.get("handlers")).isEmpty(), "handlers found when nothing sanitises");
    await(10, () -> {
      js("const cells = document.getElementById('nb').shadowRoot.querySelectorAll('.cell');"
          + "cells[cells.length - 1].scrollIntoView();");
      return (List<?>) scan().get("outsideRefs");
    }, refs -> !refs.isEmpty());
  }

  @Test
  void noPayloadRunsEscapesOrFetches() throws Exception {
    List<String> payloads = payloads();
    assertTrue(payloads.size() >= 100, "at least 100 payloads");
    String remote = "http://localhost:" + server.port() + "/remote-probe";
    int framesFetchedBefore = embeddedPageRequests();
    driver.get(server.url("/test/xss.html"));
    js("const el = document.getElementById('nb');"
        + "el.setAttribute('filename', arguments[1]);"
        + "el.ipynb = arguments[0];", hostileNotebook(payloads, remote), payloads.get(1).replace("PROBE", "__xss('f')"));
    await(20, () -> (Long) js("return document.getElementById('nb').shadowRoot.querySelectorAll('.cell').length;"),
        n -> n == payloads.size() * 2L + 1);
    renderEveryCell();
    await(15, () -> (Long) js("return document.getElementById('nb').shadowRoot.querySelectorAll('.katex').length;"),
        n -> n >= 2);
    // Give timers, image errors, animations and autofocus a chance to fire anything that slipped through.
    Thread.sleep(2000);

    assertEquals(List.of(), js("return window.__xssHits;"), "script ran");
    Map<String, Object> found = scan();
    assertTrue(((Long) found.get("elements")) > 2000, "the notebook rendered: " + found.get("elements"));
    assertEquals(List.of(), found.get("handlers"), "event handler attributes");
    assertEquals(List.of(), found.get("scriptUrls"), "script URLs");
    assertEquals(List.of(), found.get("forbidden"), "forbidden elements");
    assertEquals(List.of(), found.get("inputs"), "inputs that could take data");
    assertEquals(List.of(), found.get("outsideRefs"), "SVG references to anything but the SVG's own ids");
    assertTrue((Long) js("const visit = (root) => [...root.querySelectorAll('*')].reduce((n, el) =>"
        + "  n + (el.localName === 'use' && el.getAttribute('href') !== null) + (el.shadowRoot ? visit(el.shadowRoot) : 0), 0);"
        + "return visit(document.getElementById('nb').shadowRoot);") > 0, "an SVG's reference to its own glyph stays");

    assertEquals(List.of(), List.of("pixel.png", "srcset.png", "bg.png", "css.png", "svgimg.png", "sprite.svg",
            "poster.png", "prefetch", "sprite-xlink.svg", "local-sprite.svg", "fill.svg", "local-stroke.svg", "clip.svg",
            "mask.svg", "filter.svg", "style-fill.svg", "style-clip.svg", "sheet-filter.svg", "gradient.svg").stream()
        .filter(name -> server.requestCount("/remote-probe/" + name) > 0).toList(), "remote resources were fetched");
    assertEquals(List.of(), found.get("frames"), "embedded pages load only when the reader asks");
    assertEquals(framesFetchedBefore, embeddedPageRequests(), "an embedded page was fetched before the reader asked");

    // Nothing the notebook draws may cover the page around it, wherever the page is scrolled.
    js("window.scrollTo(0, 0);");
    assertEquals(List.of("above", "above"), js("const a = document.getElementById('above').getBoundingClientRect();"
        + "return [document.elementFromPoint(a.left + 5, a.top + 5).id,"
        + "        document.elementFromPoint(a.right - 5, a.bottom - 5).id];"));
    js("document.getElementById('below').scrollIntoView();");
    assertEquals("below", js("const b = document.getElementById('below').getBoundingClientRect();"
        + "return document.elementFromPoint(b.left + 5, b.top + 5).id;"));
    String text = (String) js("return document.getElementById('nb').shadowRoot.querySelector('.notebook').textContent;");
    assertTrue(text.contains("<script>__xss(0)</script>"), "stream text shows the payload as text");
    assertEquals(List.of(), js("return window.__xssHits;"), "script ran after scrolling");
  }

  /**
   * The same payloads as outputs that sandboxed Python displays (HTML, SVG, markdown, stream, error): what a
   * sandboxed kernel sends is rendered by the same filter, and nothing runs, escapes or fetches either.
   */
  @Test
  void noPayloadThatSandboxedPythonDisplaysRunsEscapesOrFetches() throws Exception {
    List<String> payloads = new ArrayList<>();
    String remote = "http://localhost:" + server.port() + "/remote-probe-sandboxed";
    for (int i = 0; i < payloads().size(); i++) {
      payloads.add(payloads().get(i).replace("PROBE", "__xss('s" + i + "')").replace("REMOTE", remote));
    }
    driver.get(server.url("/test/xss.html"));
    String code = "import json\nfrom IPython.display import display\npayloads = json.loads("
        // A JavaScript string literal of these escapes is a Python one too.
        + jsString(new Json().toJson(payloads)) + ")\nfor p in payloads:\n"
        + "    display({'text/html': p, 'text/plain': 'x'}, raw=True)\n"
        + "    display({'image/svg+xml': p, 'text/plain': 'x'}, raw=True)\n"
        + "    display({'text/markdown': p, 'text/plain': 'x'}, raw=True)\n"
        + "    print(p)\n"
        + "raise ValueError(payloads[0])";
    js("const el = document.getElementById('nb');"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', sandbox: true, timeoutMs: 0});"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + " outputs: [], execution_count: null, source: arguments[0]}]};", code);
    String output = runAndWait("nb", 0, 180);
    assertTrue(output.contains("ValueError"), "the cell ran to its end: "
        + output.substring(0, Math.min(300, output.length())));
    renderEveryCell();
    assertEquals(List.of(), js("return window.__xssHits;"), "script ran");
    Map<String, Object> found = scan();
    assertTrue(((Long) found.get("elements")) > 1000, "the outputs rendered: " + found.get("elements"));
    assertEquals(List.of(), found.get("handlers"), "event handler attributes");
    assertEquals(List.of(), found.get("scriptUrls"), "script URLs");
    assertEquals(List.of(), found.get("forbidden"), "forbidden elements");
    assertEquals(List.of(), found.get("inputs"), "inputs that could take data");
    assertEquals(List.of(), found.get("frames"), "embedded pages load only when the reader asks");
    assertEquals(List.of(), List.of("pixel.png", "srcset.png", "bg.png", "css.png", "svgimg.png", "poster.png")
        .stream().filter(name -> server.requestCount("/remote-probe-sandboxed/" + name) > 0).toList(),
        "remote resources were fetched");
  }

  /** Beyond the first screen, markdown, HTML and SVG render as they near the screen: scrolls past every cell. */
  private static void renderEveryCell() {
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
    assertEquals(List.of(), driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "const root = document.getElementById('nb').shadowRoot;"
        + "(async () => { for (const cell of root.querySelectorAll('.cell')) { cell.scrollIntoView();"
        + "  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))); }"
        + "  for (let i = 0; i < 50 && root.querySelector('.pending'); i++) await new Promise((r) => setTimeout(r, 40));"
        + "  done([...root.querySelectorAll('.pending')].map(p => p.closest('.cell').dataset.index + ':' + p.className"
        + "    + ':' + p.textContent.slice(0, 80))); })();"), "markdown still waiting to render");
  }

  /** Requests so far for the pages the hostile notebook embeds (the test server counts across the class's tests). */
  private static int embeddedPageRequests() {
    return server.requestCount("/remote-probe/frame.html") + server.requestCount("/test/xss-frame.html");
  }

  /** Every embedded-page placeholder of the notebook, nested shadow roots included: its label, and its button. */
  private static final String PLACEHOLDERS = ""
      + "const found = [];"
      + "const visit = (root) => { for (const el of root.querySelectorAll('*')) {"
      + "  if (el.getAttribute('role') === 'group' && el.shadowRoot) found.push(el);"
      + "  if (el.shadowRoot) visit(el.shadowRoot); } };"
      + "visit(document.getElementById('nb').shadowRoot);";

  @Test
  void embeddedPagesWaitForTheReaderAndCannotScriptThePageOnceShown() throws Exception {
    List<String> payloads = payloads().stream().filter(p -> p.contains("<iframe")).toList();
    String remote = "http://localhost:" + server.port() + "/remote-probe";
    int framesFetchedBefore = embeddedPageRequests();
    int remoteFetchedBefore = server.requestCount("/remote-probe/frame.html");
    driver.get(server.url("/test/xss.html"));
    js("window.__embedsRan = 0;"
        + "addEventListener('message', (e) => { if (e.data === 'embed-ran') window.__embedsRan++; });"
        + "document.getElementById('nb').ipynb = arguments[0];", hostileNotebook(payloads, remote));
    await(20, () -> (Long) js("return document.getElementById('nb').shadowRoot.querySelectorAll('.cell').length;"),
        n -> n == payloads.size() * 2L + 1);
    renderEveryCell();

    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) js(PLACEHOLDERS + "return found.map(p => p.shadowRoot.querySelector('p').textContent"
        + "  + (p.shadowRoot.querySelector('button') ? ' [Show]' : ''));");
    String page = "127.0.0.1:" + server.port();
    assertEquals(Map.of(
            // The one inside an SVG's <foreignObject> goes with it.
            "Embedded page blocked: javascript: addresses are not loaded", 3L,
            "Embedded page blocked: blob: addresses are not loaded", 1L,
            "Embedded document [Show]", 5L,
            "Embedded page from " + page + " [Show]", 1L,
            "Embedded page from localhost:" + server.port() + " [Show]", 1L),
        labels.stream().collect(
            java.util.stream.Collectors.groupingBy(label -> label, java.util.stream.Collectors.counting())),
        "one placeholder per iframe of an HTML output, naming what it would show (the blocked ones without Show)");
    assertEquals(List.of(), scan().get("frames"), "nothing loads before the reader asks");
    assertEquals(framesFetchedBefore, embeddedPageRequests(), "an embedded page was fetched before the reader asked");

    js(PLACEHOLDERS + "for (const p of found) { const show = p.shadowRoot.querySelector('button');"
        + " if (show) { p.scrollIntoView(); show.click(); } }");
    // Each page that can run script says so first: then it has tried to reach the page, and failed.
    await(30, () -> (Long) js("return window.__embedsRan;"), ran -> ran == 4);
    await(30, () -> server.requestCount("/remote-probe/frame.html"), n -> n > remoteFetchedBefore);
    assertEquals(List.of(), js("return window.__xssHits;"), "an embedded page scripted the notebook's page");

    Map<String, Object> found = scan();
    assertEquals(List.of(), found.get("handlers"), "event handler attributes");
    assertEquals(List.of(), found.get("forbidden"), "forbidden elements");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> frames = (List<Map<String, Object>>) found.get("frames");
    assertEquals(7, frames.size(), "the pages shown: " + frames);
    for (Map<String, Object> frame : frames) {
      boolean otherOrigin = String.valueOf(frame.get("src")).startsWith(remote);
      assertEquals(otherOrigin ? OPAQUE_SANDBOX + " allow-same-origin" : OPAQUE_SANDBOX, frame.get("sandbox"),
          "only a page of another origin keeps its origin: " + frame);
      assertTrue(String.valueOf(frame.get("attributes")).matches(
          "(allow )?(height )?loading referrerpolicy sandbox (src|srcdoc)( width)?"), "kept attributes: " + frame);
    }
    assertEquals(0L, js(PLACEHOLDERS + "return found.filter(p => p.shadowRoot.querySelector('button')).length;"),
        "every page that may load was shown");
  }

  @Test
  void withRemoteResourcesAllowedOnlyPagesOfAnotherOriginLoadAtOnce() throws Exception {
    List<String> payloads = payloads().stream().filter(p -> p.contains("<iframe")).toList();
    String remote = "http://localhost:" + server.port() + "/remote-probe";
    int sameOriginFetchedBefore = server.requestCount("/test/xss-frame.html");
    driver.get(server.url("/test/xss.html"));
    js("const el = document.getElementById('nb'); el.setAttribute('allow-remote-resources', '');"
        + "el.ipynb = arguments[0];", hostileNotebook(payloads, remote));
    await(20, () -> (Long) js("return document.getElementById('nb').shadowRoot.querySelectorAll('.cell').length;"),
        n -> n == payloads.size() * 2L + 1);
    renderEveryCell();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> frames = (List<Map<String, Object>>) scan().get("frames");
    assertEquals(List.of(remote + "/frame.html " + OPAQUE_SANDBOX + " allow-same-origin"),
        frames.stream().map(frame -> frame.get("src") + " " + frame.get("sandbox")).toList(),
        "as images of other origins are, and sandboxed all the same");
    assertEquals(10L, js(PLACEHOLDERS + "return found.length;"), "the others wait for the reader");
    assertEquals(sameOriginFetchedBefore, server.requestCount("/test/xss-frame.html"),
        "a same-origin page loaded unasked");
  }
}
