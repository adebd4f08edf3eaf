package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * A site on a static host that sends no COOP/COEP headers (GitHub Pages, S3), with real Pyodide: as it is, interrupt
 * and {@code input()} degrade and say so; with the package's service worker at the site's root, the first visit
 * reloads the page and then has both. Each host is its own origin, so the service worker registered on one controls
 * nothing on the other.
 */
class StaticHostTest extends BrowserTestSupport {
  private static final String[] CELLS = {
      "x = 41",
      "while True:\n    pass",
      "x + 1",
      "name = input(\"Name? \")\nprint(\"Hello\", name)"};

  /** A static host whose owner has not added the service worker. */
  private static DemoServer plainHost;
  /** A static host with the package's service worker copied to the site's root. */
  private static DemoServer hostWithServiceWorker;

  @BeforeAll
  static void startStaticHosts() throws Exception {
    Path root = Path.of(System.getProperty("jupyterkit.root", ".."));
    plainHost = DemoServer.startWithoutIsolationHeaders(0, DemoServer.repositoryMounts(root));
    hostWithServiceWorker = DemoServer.startWithoutIsolationHeaders(0, DemoServer.repositoryMounts(root));
    hostWithServiceWorker.addFile(DemoServer.SERVICE_WORKER, DemoServer.repositoryServiceWorker(root));
  }

  @AfterAll
  static void stopStaticHosts() {
    if (plainHost != null) {
      plainHost.close();
    }
    if (hostWithServiceWorker != null) {
      hostWithServiceWorker.close();
    }
  }

  private static void addNotebook() {
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [" + codeCells(CELLS) + "]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.body.appendChild(el);");
  }

  /** Starts the busy loop, waits until the kernel runs it, and presses its Stop button. */
  private static String stopBusyLoop() {
    clickRun("nb", 1);
    awaitStarted("nb", 1, 30);
    clickRun("nb", 1);
    await(30, () -> (Boolean) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"]').classList.contains('running');"), running -> !running);
    return outputText("nb", 1);
  }

  /**
   * What the page says about its isolation, its service worker and its loads, as JSON ({@code isolated} true once it
   * is isolated and done loading), or why it could not be asked while it is being reloaded.
   */
  private static String pageState() {
    try {
      return (String) js("return JSON.stringify({isolated: window.crossOriginIsolated === true"
          + "  && document.readyState === 'complete' && typeof jupyterkit === 'object',"
          + " controlled: !!navigator.serviceWorker.controller, loads: sessionStorage.getItem('loads')});");
    } catch (WebDriverException reloading) {
      return reloading.getMessage().lines().findFirst().orElse("");
    }
  }

  private static void awaitIsolated() {
    await(60, StaticHostTest::pageState, state -> state.contains("\"isolated\":true"));
  }

  @Test
  void withoutTheServiceWorkerInterruptRestartsPythonAndInputSaysWhatIsMissing() {
    driver.get(plainHost.url("/test/blank.html"));
    assertEquals(Boolean.FALSE, js("return window.crossOriginIsolated;"));
    addNotebook();
    runAndWait("nb", 0, 90);
    String stopped = stopBusyLoop();
    assertTrue(stopped.contains("not cross-origin isolated") && stopped.contains("Variables were lost")
        && stopped.contains("coi-serviceworker.js"), stopped);
    assertTrue(runAndWait("nb", 2, 90).contains("NameError"), "a fresh interpreter lost x");
    String input = runAndWait("nb", 3, 60);
    assertTrue(input.contains("Cross-Origin-Opener-Policy: same-origin") && input.contains("coi-serviceworker.js"),
        input);
    assertEquals(0L, js("return document.getElementById('nb').shadowRoot.querySelectorAll('.input-request').length;"),
        "no input box");
  }

  @Test
  void theServiceWorkerReloadsTheFirstVisitThenInterruptAndInputWork() {
    driver.get(hostWithServiceWorker.url("/test/static-host.html"));
    awaitIsolated();
    // One reload, once the service worker is active (the package's header to coi-serviceworker makes it wait).
    long loads = Long.parseLong((String) js("return sessionStorage.getItem('loads');"));
    assertEquals(2, loads, "the first visit loaded the page " + loads + " times");
    assertEquals(Boolean.TRUE, js("return navigator.serviceWorker.controller !== null;"));

    addNotebook();
    runAndWait("nb", 0, 90);
    String stopped = stopBusyLoop();
    assertTrue(stopped.contains("KeyboardInterrupt"), stopped);
    assertFalse(stopped.contains("Variables were lost"), stopped);
    assertEquals("Out [3]:\n42", runAndWait("nb", 2, 30).trim(), "x survived the interrupt");

    clickRun("nb", 3);
    WebElement field = await(30, () -> (WebElement) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"3\"] .input-request input');"), element -> element != null);
    assertEquals("Name?", field.getAttribute("aria-label"));
    field.sendKeys("Ada" + Keys.ENTER);
    await(30, () -> outputText("nb", 3), output -> output.contains("Hello Ada"));
    assertTrue(outputText("nb", 3).contains("Name? Ada"), outputText("nb", 3));

    driver.get(hostWithServiceWorker.url("/test/static-host.html"));
    awaitIsolated();
    assertEquals(String.valueOf(loads + 1), js("return sessionStorage.getItem('loads');"),
        "a later visit is isolated at once, without a reload");
  }
}
