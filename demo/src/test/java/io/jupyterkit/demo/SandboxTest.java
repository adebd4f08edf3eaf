package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;

/**
 * Sandboxed execution: Python in a worker of an opaque origin, owned by a sandboxed frame. Hostile cells find nothing
 * of the page (its storage, its credentials, its code, other origins), a normal notebook keeps everything (streams,
 * errors, input(), interrupt, widgets), the network policy lets through only what the page allowed, and a notebook
 * from another origin is sandboxed by default.
 */
class SandboxTest extends BrowserTestSupport {
  private static final String WIDGETS = "lockFileURL: '/widgets/pyodide-lock.json'";
  /** Another origin (the same files on another port), which the network policy may allow or not. */
  private static DemoServer other;

  @BeforeAll
  static void startOtherOrigin() throws IOException {
    other = DemoServer.start(0, DemoServer.repositoryMounts(Path.of(System.getProperty("jupyterkit.root", ".."))));
    Path notebook = Files.createTempFile("foreign", ".ipynb");
    Files.writeString(notebook, "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {\"language_info\":"
        + " {\"name\": \"python\"}}, \"cells\": [{\"cell_type\": \"code\", \"metadata\": {}, \"execution_count\": null,"
        + " \"outputs\": [], \"source\": \"import js\\nprint('origin', js.self.origin)\"}]}");
    // Under a path served readable by any origin, as a notebook a page of another site may show.
    other.addFile("/jupyter-kit/foreign.ipynb", notebook);
    server.addFile("/jupyter-kit/same-origin.ipynb", notebook);
  }

  @AfterAll
  static void stopOtherOrigin() {
    if (other != null) {
      other.close();
    }
  }

  /** Python that tries {@code url} with fetch and prints what came of it, for the test to read. */
  private static String tryFetch(String label, String url, String credentials) {
    return "try:\n"
        + "    r = await js.fetch(" + jsString(url) + ", to_js({'credentials': '" + credentials + "'},"
        + " dict_converter=js.Object.fromEntries))\n"
        + "    print('" + label + "', r.status)\n"
        + "except Exception as e:\n"
        + "    print('" + label + " refused', type(e).__name__)\n";
  }

  private static String output(int cell) {
    return runAndWait("nb", cell, 120);
  }

  @Test
  void hostileCellsReachNothingOfThePageNorOtherOrigins() {
    String page = server.url("/test/blank.html");
    String elsewhere = other.url("/jupyter-kit/package.json");
    openCells("{src: '/pyodide/pyodide.js', sandbox: true}",
        "import js\nfrom pyodide.ffi import to_js\nprint('origin', js.self.origin)\n"
            + "print('document' in dir(js), 'localStorage' in dir(js))",
        "try:\n    js.indexedDB.open('jupyter-kit-test')\n    print('indexedDB opened')\n"
            + "except Exception as e:\n    print('indexedDB refused', e)\n"
            + "try:\n    await js.caches.open('jupyter-kit-test')\n    print('caches opened')\n"
            + "except Exception as e:\n    print('caches refused', type(e).__name__)",
        tryFetch("page with credentials", page, "include") + tryFetch("page", page, "omit")
            + tryFetch("elsewhere", elsewhere, "omit"),
        "import asyncio\nfrom pyodide.ffi import create_proxy\nended = asyncio.Future()\n"
            + "def end(what):\n    if not ended.done():\n        ended.set_result(what)\n"
            + "try:\n    socket = js.WebSocket.new('" + other.url("/socket").replace("http:", "ws:") + "')\n"
            + "    socket.onerror = create_proxy(lambda e: end('error'))\n"
            + "    socket.onclose = create_proxy(lambda e: end('closed'))\n"
            + "    socket.onopen = create_proxy(lambda e: end('open'))\n"
            + "    print('socket', await ended)\n"
            + "except Exception as e:\n    print('socket refused', e)",
        "js.BroadcastChannel.new('jupyter-kit-test').postMessage('from Python')\n"
            + "js.postMessage(to_js({'from': 'Python'}, dict_converter=js.Object.fromEntries))\nprint('posted')");
    js("window.heard = []; new BroadcastChannel('jupyter-kit-test').onmessage = (e) => window.heard.push('channel '"
        + " + e.data); addEventListener('message', (e) => window.heard.push('window ' + JSON.stringify(e.data)));"
        + "localStorage.setItem('secret', 'page'); document.cookie = 'secret=page; path=/';");
    assertEquals("origin null\nFalse False", output(0).trim(), "an opaque origin, no document, no storage");
    String storage = output(1);
    assertTrue(storage.contains("indexedDB refused SecurityError"), storage);
    assertTrue(storage.contains("caches refused"), storage);
    String fetches = output(2);
    assertTrue(fetches.contains("page with credentials refused"), fetches);
    assertTrue(fetches.contains("page refused"), "network 'none' by default: " + fetches);
    assertTrue(fetches.contains("elsewhere refused"), fetches);
    String socket = output(3);
    assertTrue(socket.contains("socket error") || socket.contains("socket refused"), socket);
    assertEquals(0, other.requestCount("/jupyter-kit/package.json"), "no request left for the other origin");
    assertEquals(0, other.requestCount("/socket"), "no WebSocket handshake reached the other origin");
    assertEquals("posted", output(4).trim());
    // The page's own channel on the same name, as a control: once its message is heard, Python's would have been.
    js("new BroadcastChannel('jupyter-kit-test').postMessage('from the page');"
        + "const probe = new BroadcastChannel('jupyter-kit-test'); probe.postMessage('control'); probe.close();");
    List<?> heard = await(20, () -> (List<?>) js("return window.heard;"), h -> h.contains("channel control"));
    assertEquals(List.of("channel from the page", "channel control"), heard, "nothing of Python's reached the page");
  }

  @Test
  void theNetworkPolicyAllowsWhatThePageNamesAndNothingElse() {
    String sameOrigin = server.url("/jupyter-kit/package.json");
    String allowed = other.url("/jupyter-kit/package.json?allowed");
    openCells("{src: '/pyodide/pyodide.js', sandbox: true, network: ['same-origin', '" + other.url("") + "']}",
        "import js\nfrom pyodide.ffi import to_js\n" + tryFetch("same origin", sameOrigin, "omit")
            + tryFetch("same origin with credentials", server.url("/test/blank.html"), "include")
            + tryFetch("allowed origin", allowed, "omit")
            + tryFetch("another origin", "http://localhost:" + other.port() + "/jupyter-kit/package.json", "omit"));
    String fetches = output(0);
    assertTrue(fetches.contains("same origin 200"), fetches);
    assertTrue(fetches.contains("same origin with credentials refused"), "a sandbox has no credentials to send: "
        + fetches);
    assertTrue(fetches.contains("allowed origin 200"), fetches);
    assertTrue(fetches.contains("another origin refused"), fetches);
  }

  @Test
  void aNormalNotebookKeepsStreamsErrorsInputInterruptAndWidgets() {
    openCells("{src: '/pyodide/pyodide.js', sandbox: true, " + WIDGETS + "}",
        "import js\nprint('sandboxed in', js.self.origin)\nx = 41",
        "1 / 0",
        "name = input('Name? ')\nprint('Hello', name)",
        "while True:\n    pass",
        "x + 1",
        "import ipywidgets as widgets\nseen = []\ns = widgets.IntSlider(0)\n"
            + "s.observe(lambda c: seen.append(c['new']), 'value')\n"
            + "s.observe(lambda c: print('observed', c['new']), 'value')\ns",
        "answer = input('Go on? ')\nprint('while waiting:', seen)");
    assertEquals(Boolean.TRUE, js("return window.crossOriginIsolated;"));
    assertEquals("sandboxed in null", output(0).trim());
    assertTrue(output(1).contains("ZeroDivisionError"));
    clickRun("nb", 2);
    answer(2, "Name?", "Ada");
    String greeted = await(30, () -> outputText("nb", 2), text -> text != null && text.contains("Hello Ada"));
    assertTrue(greeted.contains("Name? Ada"), greeted);
    clickRun("nb", 3);
    awaitStarted("nb", 3, 30);
    js("document.getElementById('nb').interrupt();");
    String interrupted = await(30, () -> outputText("nb", 3),
        text -> text != null && text.contains("KeyboardInterrupt"));
    assertTrue(!interrupted.contains("restart"), "interrupted in place: " + interrupted);
    assertTrue(output(4).contains("42"), "x survived the interrupt");
    runAndWait("nb", 5, 120);
    WebElement handle = await(60, () -> driver.findElement(By.id("nb")).getShadowRoot()
        .findElements(By.cssSelector(".cell[data-index=\"5\"] .noUi-handle")), found -> !found.isEmpty()).get(0);
    clickRun("nb", 6);
    WebElement field = inputField(6);
    for (int i = 0; i < 3; i++) {
      handle.sendKeys(Keys.ARROW_RIGHT);
    }
    // The slider's changes reach Python through the frame's shared inbox while the cell waits for input: what the
    // observer prints has no cell to go to and reaches the console.
    StringBuilder console = new StringBuilder();
    await(30, () -> {
      driver.manage().logs().get(LogType.BROWSER).getAll().forEach(entry -> console.append(entry.getMessage()));
      return console.toString();
    }, text -> text.contains("observed 3"));
    field.sendKeys("yes" + Keys.ENTER);
    String waited = await(30, () -> outputText("nb", 6), text -> text != null && text.contains("while waiting"));
    assertTrue(waited.matches("(?s).*while waiting: \\[.*3\\].*"), waited);
  }

  /** Pyodide 314 needs a module worker, which Chromium starts in an opaque origin only from a data: URL. */
  @Test
  void pyodide314RunsSandboxedInAModuleWorkerAndIsInterrupted() {
    openCells("{src: '/pyodide-314/pyodide.mjs', sandbox: true}",
        "import js, sys\nprint('origin', js.self.origin, sys.version_info[:2])\nx = 1",
        "while True:\n    pass",
        "x + 1");
    assertEquals("origin null (3, 14)", output(0).trim());
    clickRun("nb", 1);
    awaitStarted("nb", 1, 30);
    js("document.getElementById('nb').interrupt();");
    String interrupted = await(30, () -> outputText("nb", 1),
        text -> text != null && text.contains("KeyboardInterrupt"));
    assertTrue(!interrupted.contains("restart"), "interrupted in place: " + interrupted);
    assertTrue(output(2).contains("2"), "x survived the interrupt");
  }

  @Test
  void aNotebookFromAnotherOriginIsSandboxedByDefaultOneOfThePagesOwnIsNot() {
    driver.get(server.url("/test/blank.html"));
    js("const python = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "for (const [id, src] of [['own', arguments[0]], ['nb', arguments[1]]]) {"
        + "  const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true, id});"
        + "  el.setAttribute('src', src); el.executor = python; document.body.appendChild(el); }",
        server.url("/jupyter-kit/same-origin.ipynb"), other.url("/jupyter-kit/foreign.ipynb"));
    await(30, () -> js("return !!document.getElementById('own').shadowRoot.querySelector('.cell');"),
        Boolean.TRUE::equals);
    // Python starts in the page's origin for the page's own notebook...
    assertTrue(runAndWait("own", 0, 120).contains("origin " + server.url("").replaceAll("/$", "")));
    // ...and restarts in a sandbox when a notebook of another origin asks it to run code.
    await(30, () -> js("return !!document.getElementById('nb').shadowRoot.querySelector('.cell');"),
        Boolean.TRUE::equals);
    assertEquals("origin null", runAndWait("nb", 0, 120).trim());
  }

  /** A sandbox document that is not served: the frame never answers, and the boot's watch says what it waited for. */
  @Test
  void aMissingSandboxDocumentIsNamedInTheCellAndTheNextRunTriesAgain() {
    server.addFile("/lonely/jupyter-kit-worker.js",
        Path.of(System.getProperty("jupyterkit.root", "..")).resolve("npm/target/package/jupyter-kit-worker.js"));
    // This test is of the watch: it sets its own time.
    openCells("{src: '/pyodide/pyodide.js', sandbox: true, timeoutMs: 3000,"
        + " workerUrl: '/lonely/jupyter-kit-worker.js'}", "1 + 1");
    String output = output(0);
    assertTrue(output.contains("Python could not be started") && output.contains("(waiting for "
        + server.url("/lonely/jupyter-kit-sandbox.html") + ")"), output);
    assertTrue(output(0).contains("(waiting for " + server.url("/lonely/jupyter-kit-sandbox.html") + ")"),
        "the next run tried again");
  }

  private static WebElement inputField(int cell) {
    return await(30, () -> driver.findElement(By.id("nb")).getShadowRoot()
        .findElements(By.cssSelector(".cell[data-index=\"" + cell + "\"] .input-request input")),
        found -> !found.isEmpty()).get(0);
  }

  private static void answer(int cell, String label, String value) {
    WebElement field = inputField(cell);
    assertEquals(label, field.getAttribute("aria-label"));
    field.sendKeys(value + Keys.ENTER);
  }
}
