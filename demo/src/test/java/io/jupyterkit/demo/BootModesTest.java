package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When the element boots Python, by its {@code boot} attribute: {@code eager} at once, {@code visible} once the
 * element nears the viewport, {@code idle} once the browser is idle, and {@code run} (the default) at the first Run,
 * having prefetched the files once the element was near the viewport and the browser idle. Workers are counted by
 * wrapping the page's Worker constructor; what was fetched is read from the page's resource timing.
 */
class BootModesTest extends BrowserTestSupport {
  /** A notebook with {@code boot} (none when null), below a spacer three screens tall when {@code farBelow}. */
  private static void open(String boot, boolean farBelow) {
    driver.get(server.url("/test/blank.html"));
    js("window.workersMade = 0; const BrowserWorker = window.Worker;"
        + "window.Worker = function (url, options) { window.workersMade++; return new BrowserWorker(url, options); };"
        + "if (arguments[1]) {"
        + "  const spacer = document.createElement('div'); spacer.style.height = '300vh';"
        + "  document.body.appendChild(spacer);"
        + "}"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "if (arguments[0] !== null) el.setAttribute('boot', arguments[0]);"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', source: '1 + 1', metadata: {}, outputs: [], execution_count: null}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);", boot, farBelow);
  }

  private static String phase() {
    return (String) js("return document.getElementById('nb').executor.state.phase;");
  }

  private static long workersMade() {
    return ((Number) js("return window.workersMade;")).longValue();
  }

  /** Whether the page fetched {@code file} of the demo's Pyodide with fetch() (not as a worker's import). */
  private static boolean fetched(String file) {
    return (Boolean) js("return performance.getEntriesByType('resource').some((entry) =>"
        + "  entry.name.endsWith('/pyodide/' + arguments[0]) && entry.initiatorType === 'fetch');", file);
  }

  /**
   * Waits until the page has loaded and the browser has been idle twice since this call: by then the element has
   * had every chance to act on its own idle wait, which it asked for earlier.
   */
  private static void awaitIdleTwice() {
    js("window.idleMoments = 0;"
        + "const next = () => requestIdleCallback(() => { if (++window.idleMoments < 2) next(); });"
        + "if (document.readyState === 'complete') next(); else addEventListener('load', next);");
    await(30, () -> ((Number) js("return window.idleMoments;")).intValue(), moments -> moments >= 2);
  }

  private static boolean farFromViewport() {
    return (Boolean) js("return document.getElementById('nb').getBoundingClientRect().top > 2 * innerHeight;");
  }

  @Test
  void eagerBootsAtOnceWithoutARunEvenFarFromTheViewport() {
    open("eager", true);
    await(120, BootModesTest::phase, "idle"::equals);
    assertTrue(farFromViewport());
    assertEquals(1, workersMade());
    // Off screen, content-visibility keeps the outputs out of innerText: the reader scrolls there to run it.
    js("document.getElementById('nb').scrollIntoView();");
    assertTrue(runAndWait("nb", 0, 120).contains("2"), outputText("nb", 0));
  }

  @Test
  void runPrefetchesWithoutAWorkerAndBootsAtTheFirstRun() {
    open(null, false);
    await(60, () -> fetched("pyodide.asm.wasm") && fetched("python_stdlib.zip") && fetched("pyodide.asm.js")
        && fetched("pyodide-lock.json"), done -> done);
    assertEquals(0, workersMade(), "prefetching starts no worker");
    assertEquals("not-started", phase());
    assertEquals("Python not started", js("return document.getElementById('nb').executor.state.label;"));
    assertTrue(runAndWait("nb", 0, 120).contains("2"), outputText("nb", 0));
    assertEquals(1, workersMade());
  }

  @Test
  void runPrefetchesOnlyOnceTheElementNearsTheViewport() {
    open("run", true);
    awaitIdleTwice();
    assertFalse(fetched("pyodide.asm.wasm"), "nothing is downloaded for a notebook the reader has not reached");
    js("document.getElementById('nb').scrollIntoView();");
    await(60, () -> fetched("pyodide.asm.wasm"), done -> done);
    assertEquals(0, workersMade());
    assertEquals("not-started", phase());
  }

  @Test
  void visibleBootsOnlyOnceTheElementNearsTheViewport() {
    open("visible", true);
    awaitIdleTwice();
    assertEquals("not-started", phase());
    assertEquals(0, workersMade());
    js("document.getElementById('nb').scrollIntoView();");
    await(120, BootModesTest::phase, "idle"::equals);
    assertEquals(1, workersMade());
  }

  @Test
  void idleBootsOnceTheBrowserIsIdleWithoutScrolling() {
    open("idle", true);
    await(120, BootModesTest::phase, "idle"::equals);
    assertTrue(farFromViewport());
    assertEquals(1, workersMade());
  }

  @Test
  void prefetchHappensOnceAndNotWhenTheReaderSavesData() {
    driver.get(server.url("/test/blank.html"));
    // prefetch() decides at once: its fetches are asked for before it returns.
    js("window.fetched = []; const browserFetch = window.fetch;"
        + "window.fetch = (input, init) => { window.fetched.push(String(input)); return browserFetch(input, init); };");
    @SuppressWarnings("unchecked")
    java.util.List<String> first = (java.util.List<String>) js("const ex = jupyterkit.createPyodideExecutor("
        + "  {src: '/pyodide/pyodide.js'});"
        + "ex.prefetch(); const once = window.fetched.slice(); ex.prefetch();"
        + "return window.fetched.length === once.length ? once : null;");
    assertTrue(first != null && first.stream().anyMatch(url -> url.endsWith("/pyodide/pyodide.asm.wasm"))
        && first.stream().anyMatch(url -> url.endsWith("/jupyterkit-kernel.zip")), String.valueOf(first));
    assertEquals(0L, js("window.fetched = [];"
        + "Object.defineProperty(navigator, 'connection', {configurable: true, get: () => ({saveData: true})});"
        + "jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0}).prefetch();"
        + "return window.fetched.length;"));
  }

  @Test
  void changingTheAttributeOnThePageAppliesTheNewChoice() {
    open("visible", true);
    awaitIdleTwice();
    assertEquals("not-started", phase());
    js("document.getElementById('nb').setAttribute('boot', 'eager');");
    await(30, BootModesTest::phase, phase -> !"not-started".equals(phase));
    assertEquals(1, workersMade());
  }
}
