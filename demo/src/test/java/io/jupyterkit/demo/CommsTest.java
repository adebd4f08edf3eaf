package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.logging.LogType;

/**
 * The executor's comm provider used directly from page JavaScript, with real Pyodide and the real comm package:
 * binary buffers both ways, onCommOpen and its disposer, a kernel comm's messages and close kept until it is
 * claimed, and comm messages sent while a cell runs: handled while it sleeps (through the shared inbox), queued while
 * it computes.
 */
class CommsTest extends BrowserTestSupport {
  private static final String OPTIONS = "{src: '/pyodide/pyodide.js', lockFileURL: '/widgets/pyodide-lock.json'}";

  @Test
  void buffersCrossBothWaysAndKernelOpenedCommsReachTheirHandlers() {
    openCells(OPTIONS,
        "import comm\n"
            + "def echo(c, msg):\n"
            + "    c.on_msg(lambda m: c.send({'n': len(m['buffers'])}, buffers=[bytes(reversed(bytes(m['buffers'][0])))]))\n"
            + "comm.get_comm_manager().register_target('echo', echo)",
        "comm.create_comm(target_name='kernel-side', data={'x': 1})",
        "comm.create_comm(target_name='kernel-side', data={'x': 2})");
    assertEquals("", runAndWait("nb", 0, 90).trim());
    js("const executor = document.getElementById('nb').executor;"
        + "window.seen = [];"
        + "window.stopWatching = executor.onCommOpen('kernel-side',"
        + "  (comm, msg) => window.seen.push(msg.content.data.x));"
        + "const c = executor.createComm('echo');"
        + "c.on_msg((m) => { window.echoed = Array.from(new Uint8Array(m.buffers[0])); window.echoData = m.content.data; });"
        + "c.open({});"
        + "c.send({}, null, null, [new Uint8Array([1, 2, 3])]);");
    assertEquals(List.of(3L, 2L, 1L), await(20, () -> js("return window.echoed || null;"), v -> v != null));
    assertEquals(1L, js("return window.echoData.n;"));
    runAndWait("nb", 1, 30);
    assertEquals(List.of(1L), js("return window.seen;"));
    js("window.stopWatching();");
    runAndWait("nb", 2, 30);
    assertEquals(List.of(1L), js("return window.seen;"), "a disposed handler hears nothing more");
    assertEquals(2L, js("return document.getElementById('nb').executor.listComms('kernel-side').length;"));
  }

  @Test
  void aCommTheKernelOpenedAndClosedBeforeAnyoneListenedStillDeliversItsMessagesThenItsClose() {
    openCells(OPTIONS, "import comm\nc = comm.create_comm(target_name='short-lived', data={})\n"
        + "c.send({'n': 1})\nc.close()");
    runAndWait("nb", 0, 90);
    js("window.heard = [];"
        + "document.getElementById('nb').executor.onCommOpen('short-lived', (comm) => {"
        + "  comm.on_close(() => window.heard.push('close'));"
        + "  comm.on_msg((m) => window.heard.push('msg ' + m.content.data.n));"
        + "});");
    assertEquals(List.of("msg 1", "close"),
        await(10, () -> (List<?>) js("return window.heard;"), heard -> heard.size() == 2));
  }

  /** Opens a slider whose observer records values, then presses its right arrow while cell 1 runs. */
  private static void slideWhileCellOneRuns(String cellOne) {
    openCells(OPTIONS,
        "import ipywidgets as widgets\nseen = []\ns = widgets.IntSlider(0)\n"
            + "s.observe(lambda c: seen.append(c['new']), 'value')\ns",
        cellOne,
        "seen");
    runAndWait("nb", 0, 90);
    var handle = await(30, () -> driver.findElement(By.id("nb")).getShadowRoot()
        .findElements(By.cssSelector(".cell[data-index=\"0\"] .noUi-handle")), found -> !found.isEmpty()).get(0);
    clickRun("nb", 1);
    awaitStarted("nb", 1, 10);
    for (int i = 0; i < 3; i++) {
      handle.sendKeys(Keys.ARROW_RIGHT);
    }
  }

  /**
   * Python saw the slider reach 3 in order. Changes made while the last is still unanswered are sent together as
   * the latest value (ipywidgets' throttling, as in JupyterLab), so on a busy machine 2 may never arrive on its own.
   */
  private static boolean sawEveryChangeUpToThree(String output, String label) {
    return output.contains(label + "[1, 2, 3]") || output.contains(label + "[1, 3]")
        || output.contains(label + "[2, 3]") || output.contains(label + "[3]");
  }

  @Test
  void widgetMessagesReachPythonWhileTheCellSleeps() {
    slideWhileCellOneRuns("import time\ntime.sleep(4)\nprint('during the sleep:', seen)");
    String output = await(30, () -> outputText("nb", 1), text -> text != null && text.contains("during the sleep"));
    assertTrue(sawEveryChangeUpToThree(output, "during the sleep: "), output);
  }

  @Test
  void widgetMessagesReachPythonWhileTheCellWaitsForInput() {
    slideWhileCellOneRuns("s.observe(lambda c: print('observed', c['new']), 'value')\n"
        + "answer = input('Go on? ')\nprint('while waiting:', seen)");
    var field = await(20, () -> driver.findElement(By.id("nb")).getShadowRoot()
        .findElements(By.cssSelector(".cell[data-index=\"1\"] .input-request input")), found -> !found.isEmpty()).get(0);
    // What a comm handler prints has no cell to go to and reaches the console: Python has seen the last change
    // once it printed it (the front end sends each change after the last was answered).
    StringBuilder console = new StringBuilder();
    await(30, () -> {
      driver.manage().logs().get(LogType.BROWSER).getAll().forEach(entry -> console.append(entry.getMessage()));
      return console.toString();
    }, text -> text.contains("observed 3"));
    field.sendKeys("yes" + Keys.ENTER);
    String output = await(30, () -> outputText("nb", 1), text -> text != null && text.contains("while waiting"));
    assertTrue(sawEveryChangeUpToThree(output, "while waiting: "), output);
  }

  @Test
  void widgetMessagesSentWhileACellIsBusyAreHandledAfterIt() {
    slideWhileCellOneRuns("import time\nstart = time.time()\nwhile time.time() - start < 3:\n    pass\n"
        + "print('during the loop:', seen)");
    String during = await(30, () -> outputText("nb", 1), text -> text != null && text.contains("during the loop"));
    assertTrue(during.contains("during the loop: []"), during);
    // The front end sends one change at a time and merges those made while one is unanswered, so Python sees
    // the first change and the latest, in order, once the cell ends.
    String seen = await(30, () -> runAndWait("nb", 2, 30), text -> text.trim().endsWith("3]"));
    assertTrue(seen.matches("(?s).*\\[1, (2, )?3\\]\\s*"), "the changes reached Python, in order: " + seen);
  }

  @Test
  void aNotebookWithoutWidgetsNeverLoadsTheWidgetManager() {
    int before = widgetRequests();
    openCells("{src: '/pyodide/pyodide.js'}", "print('no widgets here')");
    assertTrue(runAndWait("nb", 0, 90).contains("no widgets here"));
    assertEquals(before, widgetRequests());
  }

  private static int widgetRequests() {
    return server.requestCount("/jupyter-kit/jupyter-kit-widgets.mjs")
        + server.requestCount("/jupyter-kit/vendor/widgets/libembed-amd.js");
  }
}
