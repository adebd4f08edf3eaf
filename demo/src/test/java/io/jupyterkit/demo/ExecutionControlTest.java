package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Interrupting running cells with real Pyodide, with and without cross-origin isolation. */
class ExecutionControlTest extends BrowserTestSupport {
  private static void openNotebook(String prefix) {
    driver.get(server.url(prefix + "test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'code', source: 'x = 41', metadata: {}, outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'while True:\\n    pass', metadata: {}, outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'x + 1', metadata: {}, outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'import time\\ntime.sleep(30)\\nprint(\"slept\")', metadata: {},"
        + "   outputs: [], execution_count: null},"
        + "  {cell_type: 'code', source: 'for i in range(30000):\\n    print(\"line\", i)', metadata: {},"
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

  /** Starts cell {@code index}, waits until the kernel runs it, interrupts it, and returns how long it took to stop. */
  private static long interruptAfterStart(int index) {
    clickRun("nb", index);
    awaitStarted("nb", index, 30);
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
    clickRun("nb", 5);
    org.openqa.selenium.WebElement field = await(20, () -> (org.openqa.selenium.WebElement) js(
        "return document.getElementById('nb').shadowRoot.querySelector('.cell[data-index=\"5\"] .input-request input');"),
        element -> element != null);
    assertEquals("Name?", field.getAttribute("aria-label"));
    field.sendKeys("Ada" + org.openqa.selenium.Keys.ENTER);
    await(20, () -> running(5), isRunning -> !isRunning);
    String output = outputText("nb", 5);
    assertTrue(output.contains("Name? Ada") && output.contains("Hello Ada"), output);
  }

  @Test
  void withoutIsolationInputExplainsHowToEnableIt() {
    openNotebook(DemoServer.NOT_ISOLATED);
    String output = runAndWait("nb", 5, 60);
    assertTrue(output.contains("Cross-Origin-Opener-Policy: same-origin"), output);
  }

  @Test
  void longOutputIsBoundedOnScreenAndKeptWhole() {
    openNotebook("/");
    String output = runAndWait("nb", 4, 90);
    assertTrue(output.contains("Showing characters") && output.trim().endsWith("line 29999"), output.substring(0, 200));
    assertTrue((Long) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"4\"] .stream').textContent.length;") <= 100_000);
    js("document.getElementById('nb').shadowRoot.querySelector('.cell[data-index=\"4\"] .pager-first').click();");
    assertTrue(outputText("nb", 4).contains("line 0\nline 1\n"), "the reader can reach the first lines");
    assertEquals(Boolean.TRUE, js("const out = document.getElementById('nb').toJSON().cells[4].outputs;"
        + "const text = out.map(o => [].concat(o.text).join('')).join('');"
        + "return text.startsWith('line 0\\n') && text.includes('line 29999');"), "the notebook keeps every line");
  }

  @Test
  void removingTheElementEndsItsInterpreter() {
    openNotebook("/");
    runAndWait("nb", 0, 60);
    assertTrue(runAndWait("nb", 2, 30).contains("42"));
    js("window.kept = document.getElementById('nb'); window.kept.remove();");
    js("return new Promise((r) => setTimeout(r, 100));");
    js("document.body.appendChild(window.kept);");
    String after = runAndWait("nb", 2, 60);
    assertTrue(after.contains("NameError"), "a new interpreter after removal: " + after);
  }

  @Test
  void aCrashedInterpreterIsReportedAndTheNextCellsRunInANewOne() {
    openCells("{src: '/pyodide/pyodide.js'}",
        "x = 1",
        "import ctypes\nctypes.string_at(0xFFFFFFF0, 64)",
        "1 + 1",
        "x");
    runAndWait("nb", 0, 60);
    clickRun("nb", 1);
    clickRun("nb", 2);
    await(60, () -> cellNote("nb", 2), note -> note.contains("Not run: Python stopped working"));
    String crash = outputText("nb", 1);
    assertTrue(crash.contains("KernelDied") && crash.contains("memory access out of bounds")
        && crash.contains("variables were lost"), crash);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("error: Python stopped working")), statuses().toString());
    await(60, () -> statuses().stream().filter(s -> s.startsWith("ready")).count(), count -> count == 2);
    assertTrue(runAndWait("nb", 2, 30).contains("2"), "the cell that was queued behind the crash runs when asked");
    assertTrue(runAndWait("nb", 3, 30).contains("NameError"), "a fresh interpreter");
  }
}
