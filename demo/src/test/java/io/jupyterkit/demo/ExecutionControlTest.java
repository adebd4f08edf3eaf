package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Interrupting running cells with real Pyodide, with and without cross-origin isolation. */
class ExecutionControlTest extends BrowserTestSupport {
  private static void openNotebook(String prefix) {
    driver.get(server.url(prefix + "test/blank.html"));
    js("const el = document.createElement('jupyter-notebook'); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', source: 'x = 41', metadata: {}, outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'while True:\\n    pass', metadata: {}, outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'x + 1', metadata: {}, outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'import time\\ntime.sleep(30)\\nprint(\"slept\")', metadata: {},"
        + "   outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'name = input(\"Name? \")\\nprint(\"Hello\", name)', metadata: {},"
        + "   outputs: [], execution_count: null}]};"
        + "el.executor = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js'});"
        + "document.body.appendChild(el);");
  }

  private static boolean running(int index) {
    return (Boolean) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"]').classList.contains('running');", index);
  }

  /** Starts cell {@code index}, lets it run a while, interrupts it, and returns how long it took to stop. */
  private static long interruptAfterStart(int index) throws InterruptedException {
    clickRun("nb", index);
    Thread.sleep(1500);
    assertTrue(running(index), "the cell is still running before the interrupt");
    long start = System.nanoTime();
    js("document.getElementById('nb').interrupt();");
    await(10, () -> running(index), isRunning -> !isRunning);
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aBusyLoopIsInterruptedAndTheKernelKeepsItsState() throws Exception {
    openNotebook("/");
    assertEquals(Boolean.TRUE, js("return window.crossOriginIsolated;"));
    runAndWait("nb", 0, 60);
    long stopMs = interruptAfterStart(1);
    String output = outputText("nb", 1);
    assertTrue(output.contains("KeyboardInterrupt"), output);
    assertTrue(stopMs < 2000, "stopped in " + stopMs + " ms");
    assertEquals("Out [3]:\n42", runAndWait("nb", 2, 30).trim(), "x survived the interrupt");
  }

  @Test
  void aSleepingCellIsInterruptedAtOnce() throws Exception {
    openNotebook("/");
    runAndWait("nb", 0, 60);
    long stopMs = interruptAfterStart(3);
    String output = outputText("nb", 3);
    assertTrue(output.contains("KeyboardInterrupt"), output);
    assertEquals(0L, js("return document.getElementById('nb').shadowRoot"
        + ".querySelectorAll('.cell[data-index=\"3\"] .stream').length;"), "the print after the sleep never ran");
    assertTrue(stopMs < 2000, "stopped in " + stopMs + " ms");
    assertTrue(runAndWait("nb", 2, 30).contains("42"));
  }

  @Test
  void withoutIsolationInterruptRestartsPythonAndSaysSo() throws Exception {
    openNotebook(DemoServer.NOT_ISOLATED);
    assertEquals(Boolean.FALSE, js("return window.crossOriginIsolated;"));
    runAndWait("nb", 0, 60);
    interruptAfterStart(1);
    String output = outputText("nb", 1);
    assertTrue(output.contains("not cross-origin isolated") && output.contains("Variables were lost"), output);
    String after = runAndWait("nb", 2, 60);
    assertTrue(after.contains("NameError"), "a fresh interpreter: " + after);
  }

  @Test
  void inputAsksTheReaderInTheCellAndPythonGetsTheAnswer() {
    openNotebook("/");
    runAndWait("nb", 0, 60);
    clickRun("nb", 4);
    org.openqa.selenium.WebElement field = await(20, () -> (org.openqa.selenium.WebElement) js(
        "return document.getElementById('nb').shadowRoot.querySelector('.cell[data-index=\"4\"] .input-request input');"),
        element -> element != null);
    assertEquals("Name?", field.getAttribute("aria-label"));
    field.sendKeys("Ada" + org.openqa.selenium.Keys.ENTER);
    await(20, () -> running(4), isRunning -> !isRunning);
    String output = outputText("nb", 4);
    assertTrue(output.contains("Name? Ada") && output.contains("Hello Ada"), output);
  }

  @Test
  void withoutIsolationInputExplainsHowToEnableIt() {
    openNotebook(DemoServer.NOT_ISOLATED);
    String output = runAndWait("nb", 4, 60);
    assertTrue(output.contains("Cross-Origin-Opener-Policy: same-origin"), output);
  }
}
