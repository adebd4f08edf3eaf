package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Completion and inspection answered by the kernel, driven from page JavaScript through the executor's
 * {@code complete()} and {@code inspect()}, with real Pyodide: the standard library's completer, and jedi installed
 * from the Debian wheels the build repacks. Booting waits as long as it takes ({@code timeoutMs: 0}): on a loaded
 * machine the default boot timeout would fail these tests for the wrong reason.
 */
class CompletionTest extends BrowserTestSupport {
  /**
   * Starts {@code executor.complete/inspect(...)} on the notebook's executor; its reply lands in window[key], and
   * how long it took in window[key + 'Ms'].
   */
  private static void ask(String key, String call) {
    js("const key = arguments[0]; window[key] = undefined; const t0 = performance.now();"
        + "document.getElementById('nb').executor." + call
        + ".then(reply => { window[key + 'Ms'] = performance.now() - t0; window[key] = reply; },"
        + "  error => { window[key] = {rejected: String(error)}; });",
        key);
  }

  private static double millis(String key) {
    return ((Number) js("return window[arguments[0] + 'Ms'];", key)).doubleValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> reply(String key, int seconds) {
    return await(seconds, () -> (Map<String, Object>) js("return window[arguments[0]] || null;", key),
        value -> value != null);
  }

  @SuppressWarnings("unchecked")
  private static List<String> matches(Map<String, Object> reply) {
    return (List<String>) reply.get("matches");
  }

  @Test
  void aRequestBeforeBootIsAnsweredAtOnceAndStartsNothing() {
    driver.get(server.url("/test/blank.html"));
    js("window.statuses = [];"
        + "const executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0,"
        + "  onStatus: (status, detail) => window.statuses.push(status)});"
        + "window.started = performance.now();"
        + "executor.complete('my_v', 4).then(reply => { window.early = reply;"
        + "  window.took = performance.now() - window.started;"
        + "  window.statusesThen = window.statuses.slice(); });"
        + "executor.inspect('len').then(reply => { window.earlyInspect = reply; });");
    Map<String, Object> early = reply("early", 10);
    assertEquals("error", early.get("status"), early.toString());
    assertEquals("KernelNotRunning", early.get("ename"));
    assertEquals("Python is not running yet.", early.get("evalue"));
    assertEquals("error", reply("earlyInspect", 10).get("status"));
    assertEquals(List.of(), js("return window.statusesThen;"), "nothing was loaded");
    assertTrue(((Number) js("return window.took;")).doubleValue() < 1000, "answered at once");
    // Bad arguments are rejected with a reason, not thrown into the page.
    js("window.bad = undefined;"
        + "jupyterkit.createPyodideExecutor({}).complete(42).catch(e => { window.bad = String(e); });");
    String bad = await(10, () -> (String) js("return window.bad || null;"), v -> v != null);
    assertTrue(bad.contains("code must be a string"), bad);
  }

  @Test
  void theStandardCompleterSeesWhatCellsDefined() {
    openCells("{src: '/pyodide/pyodide.js', timeoutMs: 0}", "my_variable = 1\nimport collections",
        "answer = input('go? ')");
    runAndWait("nb", 0, 120);
    ask("names", "complete('my_v', 4)");
    Map<String, Object> names = reply("names", 20);
    assertEquals("ok", names.get("status"), names.toString());
    assertEquals(List.of("my_variable"), matches(names));
    assertEquals(0L, names.get("cursor_start"));
    assertEquals(4L, names.get("cursor_end"));
    @SuppressWarnings("unchecked")
    Map<String, Object> item = ((List<Map<String, Object>>) ((Map<String, Object>) names.get("metadata"))
        .get("_jupyter_types_experimental")).get(0);
    assertEquals("my_variable", item.get("text"));
    assertEquals("instance", item.get("type"));

    // Counted in code points: the emoji is one, though JavaScript counts two.
    ask("emoji", "complete(\"s = '😀'; my_v\", 13)");
    Map<String, Object> emoji = reply("emoji", 20);
    assertEquals(List.of("my_variable"), matches(emoji));
    assertEquals(9L, emoji.get("cursor_start"));
    assertEquals(13L, emoji.get("cursor_end"));

    ask("attributes", "complete('collections.Ordered')");
    assertEquals(List.of("OrderedDict"), matches(reply("attributes", 20)));
    ask("modules", "complete('import jso')");
    assertTrue(matches(reply("modules", 20)).contains("json"), "modules of the standard library's zip");
    System.out.printf("standard completer in Pyodide 0.26.2: completions took %.0f, %.0f, %.0f and %.0f ms%n",
        millis("names"), millis("emoji"), millis("attributes"), millis("modules"));

    ask("len", "inspect('len(', 4)");
    Map<String, Object> len = reply("len", 20);
    assertEquals(true, len.get("found"), len.toString());
    @SuppressWarnings("unchecked")
    String text = (String) ((Map<String, Object>) len.get("data")).get("text/plain");
    assertTrue(text.startsWith("Signature: len(obj, /)\nDocstring: Return the number of items in a container.\n"),
        text);
    ask("missing", "inspect('no_such_thing', 5, 1)");
    assertEquals(false, reply("missing", 20).get("found"));

    // While a cell holds the worker (here waiting for input()), a request waits for it, then is answered.
    clickRun("nb", 1);
    WebElement field = await(30, () -> (WebElement) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .input-request input');"), element -> element != null);
    ask("waiting", "complete('my_v')");
    assertNull(js("return window.waiting || null;"), "the worker is busy with the cell");
    field.sendKeys("yes" + Keys.ENTER);
    assertEquals(List.of("my_variable"), matches(reply("waiting", 30)));
    assertTrue(consoleErrors().isEmpty(), consoleErrors().toString());
  }

  @Test
  void aRequestLeftWhenPythonRestartsGetsAnErrorReply() {
    openCells("{src: '/pyodide/pyodide.js', timeoutMs: 0}", "1 + 1", "while True:\n    pass");
    runAndWait("nb", 0, 120);
    clickRun("nb", 1);
    awaitStarted("nb", 1, 30);
    ask("pending", "complete('my_v')");
    assertNull(js("return window.pending || null;"), "the busy loop holds the worker");
    js("document.getElementById('nb').restart();");
    Map<String, Object> pending = reply("pending", 20);
    assertEquals("error", pending.get("status"), pending.toString());
    assertEquals("KernelStopped", pending.get("ename"));
    // The new interpreter answers again.
    runAndWait("nb", 0, 120);
    ask("after", "complete('pri')");
    assertEquals(List.of("print"), matches(reply("after", 20)));
  }

  @Test
  void pyodide314CompletesAndInspectsToo() {
    openCells("{src: '/pyodide-314/pyodide.mjs', timeoutMs: 0}", "my_variable = 1");
    runAndWait("nb", 0, 180);
    ask("names", "complete('x = my_v')");
    Map<String, Object> names = reply("names", 30);
    assertEquals(List.of("my_variable"), matches(names), names.toString());
    assertEquals(4L, names.get("cursor_start"));
    ask("len", "inspect('len')");
    assertEquals(true, reply("len", 30).get("found"));
  }

  @Test
  void jediInstalledFromTheDebianWheelsCompletesByInference() {
    openCells("{src: '/pyodide/pyodide.js', timeoutMs: 0, lockFileURL: '/widgets/pyodide-lock.json',"
        + " packages: ['jedi']}",
        "import jedi\nmy_variable = 1\njedi.__version__");
    assertTrue(runAndWait("nb", 0, 180).contains("'0.19.1'"), outputText("nb", 0));
    // What only jedi knows: the type of a literal, without running anything.
    ask("inferred", "complete('\"abc\".up')");
    Map<String, Object> inferred = reply("inferred", 60);
    assertEquals(List.of("upper"), matches(inferred), inferred.toString());
    ask("names", "complete('my_v')");
    assertEquals(List.of("my_variable"), matches(reply("names", 60)));
    ask("again", "complete('my_variable.re')");
    assertEquals(List.of("real"), matches(reply("again", 60)));
    System.out.printf("jedi in Pyodide 0.26.2: completions took %.0f, %.0f and %.0f ms%n", millis("inferred"),
        millis("names"), millis("again"));
  }
}
