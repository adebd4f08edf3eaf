package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The executor's kernel state as a toolbar shows it: loading with the real share of Pyodide's bytes received, then
 * idle; and {@code timeoutMs} as a stall limit, which gives up on a server that stops sending but never on one that
 * is slow and steady. The slow servers are throttled by the demo server, so each test takes at least the time its
 * throttle dictates whatever the machine's speed, and each chunk comes far within the stall limit.
 */
class KernelStateTest extends BrowserTestSupport {
  private static final Path PYODIDE = Path.of(System.getProperty("jupyterkit.root", ".."))
      .resolve("demo/node_modules/pyodide").toAbsolutePath().normalize();
  /** Sent before a stalling server stops: some of the file, so the stall is mid-download, not a missing answer. */
  private static final int BYTES_BEFORE_STALL = 256 * 1024;

  /**
   * A notebook of one cell whose executor boots as soon as it is on the page (no prefetch, so the slow servers are
   * asked only by the boot); every state goes to {@code window.states} and every onStatus, with its time, to
   * {@code window.timedStatuses}.
   */
  private static void open(String executorOptions) {
    driver.get(server.url("/test/blank.html"));
    js("window.states = []; window.timedStatuses = [];"
        + "const options = Object.assign(" + executorOptions + ", {onStatus: (status, detail) =>"
        + "  window.timedStatuses.push({status, detail, at: performance.now()})});"
        + "const executor = jupyterkit.createPyodideExecutor(options);"
        + "executor.onStateChange((state) => window.states.push(Object.assign({at: performance.now()}, state)));"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('boot', 'eager');"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + "  outputs: [], execution_count: null, source: '6 * 7'}]};"
        + "el.executor = executor; document.body.appendChild(el);");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> states() {
    return (List<Map<String, Object>>) js("return window.states;");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> timedStatuses() {
    return (List<Map<String, Object>>) js("return window.timedStatuses;");
  }

  private static double number(Object value) {
    return ((Number) value).doubleValue();
  }

  private static String phaseOf(Map<String, Object> state) {
    return (String) state.get("phase");
  }

  @Test
  void loadingShowsTheShareOfPyodidesBytesReceivedThenIdle() {
    // 64 KiB every 20 ms: the 10 MB interpreter takes over 3 s, many figures' worth.
    server.addThrottledFolder("/test/throttled/", PYODIDE, 64 * 1024, 20);
    open("{src: '/test/throttled/pyodide.js'}");
    await(120, () -> (String) js("return document.getElementById('nb').executor.state.phase;"), "idle"::equals);
    List<Map<String, Object>> states = states();
    int idle = states.indexOf(states.stream().filter(s -> "idle".equals(phaseOf(s))).findFirst().orElseThrow());
    List<Double> figures = new ArrayList<>();
    for (Map<String, Object> state : states.subList(0, idle)) {
      assertEquals("loading", phaseOf(state), states.toString());
      double figure = number(state.get("progress"));
      if (figure >= 0) {
        assertTrue(figures.isEmpty() || figure > figures.get(figures.size() - 1), "figures only grow: " + states);
        assertTrue(figure < 1, "1 is never shown before the kernel is up: " + states);
        figures.add(figure);
      }
    }
    long byBytes = figures.stream().filter(figure -> figure > 0 && figure < 0.9).count();
    assertTrue(byBytes >= 5, "the figure follows the bytes as they arrive: " + figures);
    String label = (String) states.stream().filter(s -> number(s.get("progress")) > 0.2).findFirst().orElseThrow()
        .get("label");
    assertTrue(label.matches("Loading Python \\d+ %…"), label);
    assertEquals("Idle", js("return document.getElementById('nb').executor.state.label;"));
    assertTrue(runAndWait("nb", 0, 30).contains("42"));
    assertEquals(List.of("busy", "idle"), states().subList(idle + 1, states().size()).stream()
        .map(KernelStateTest::phaseOf).toList(), "a run makes the kernel busy, then idle again");
  }

  @Test
  void aSlowButSteadyServerIsNeverCutShort() {
    // 128 KiB every 100 ms: the interpreter alone takes about 8 s, four times the stall limit; each chunk comes
    // twenty times within it.
    int timeoutMs = 2000;
    server.addThrottledFolder("/test/slow/", PYODIDE, 128 * 1024, 100);
    open("{src: '/test/slow/pyodide.js', timeoutMs: " + timeoutMs + "}");
    assertTrue(runAndWait("nb", 0, 180).contains("42"), outputText("nb", 0));
    List<Map<String, Object>> statuses = timedStatuses();
    assertTrue(statuses.stream().noneMatch(s -> "error".equals(s.get("status"))), statuses.toString());
    double loading = number(statuses.stream().filter(s -> "loading".equals(s.get("status"))).findFirst()
        .orElseThrow().get("at"));
    double ready = number(statuses.stream().filter(s -> "ready".equals(s.get("status"))).findFirst()
        .orElseThrow().get("at"));
    assertTrue(ready - loading > 3 * timeoutMs, "the boot took " + (ready - loading) + " ms, longer than "
        + timeoutMs + " ms several times over");
  }

  @Test
  void aServerThatStopsSendingIsLeftAfterTheLimitAndTheNextCandidateBoots() {
    int timeoutMs = 2000;
    server.addHandler("/test/stall-then-next/", exchange -> serveThenStall(exchange, "/test/stall-then-next/"));
    open("{src: ['/test/stall-then-next/pyodide.js', '/pyodide/pyodide.js'], timeoutMs: " + timeoutMs + "}");
    assertTrue(runAndWait("nb", 0, 120).contains("42"), outputText("nb", 0));
    List<Double> loadings = timedStatuses().stream().filter(s -> "loading".equals(s.get("status")))
        .map(s -> number(s.get("at"))).toList();
    assertEquals(2, loadings.size(), timedStatuses().toString());
    double abandonedAfter = loadings.get(1) - loadings.get(0);
    assertTrue(abandonedAfter >= timeoutMs, "left only after " + timeoutMs + " ms of silence: " + abandonedAfter);
    assertTrue(abandonedAfter < 25_000, "left for its silence, before the server gave up: " + abandonedAfter);
  }

  @Test
  void aStallIsExplainedInTheCellAndTheStateSaysItFailed() {
    server.addHandler("/test/stall/", exchange -> serveThenStall(exchange, "/test/stall/"));
    open("{src: '/test/stall/pyodide.js', timeoutMs: 2000}");
    clickRun("nb", 0);
    String output = await(120, () -> outputText("nb", 0), t -> t != null && t.contains("PyodideLoadError"));
    String why = "made no progress for 2 s (waiting for " + server.url("/test/stall/pyodide.asm.wasm") + ")";
    assertTrue(output.contains("/test/stall/pyodide.js: " + why), output);
    assertEquals("Failed: Python could not be started (" + why + ")",
        js("return document.getElementById('nb').executor.state.label;"));
    assertEquals("failed", phaseOf(states().get(states().size() - 1)));
    clickRun("nb", 0);
    await(10, () -> (String) js("return document.getElementById('nb').executor.state.phase;"), "loading"::equals);
  }

  /** Serves Pyodide's files, but stops sending the interpreter partway, holding the connection open. */
  private static void serveThenStall(HttpExchange exchange, String prefix) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring(prefix.length());
      Path file = PYODIDE.resolve(name).normalize();
      if (!file.startsWith(PYODIDE) || !Files.isRegularFile(file)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = Files.readAllBytes(file);
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".wasm") ? "application/wasm"
          : name.endsWith(".js") ? "text/javascript" : "application/octet-stream");
      exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      OutputStream out = exchange.getResponseBody();
      if (!name.endsWith(".wasm")) {
        out.write(body);
        return;
      }
      out.write(body, 0, BYTES_BEFORE_STALL);
      out.flush();
      try {
        Thread.sleep(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
