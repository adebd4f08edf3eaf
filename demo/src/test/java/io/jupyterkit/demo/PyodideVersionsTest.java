package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Pyodide 314 (Python 3.14), which loads only in a module worker, self-hosted from npm. The default 0.26.2 is what
 * every other browser test runs on.
 */
class PyodideVersionsTest extends BrowserTestSupport {
  private static final String CELLS_VERSION = "import sys\nsys.version_info[:2]";

  private static boolean running(int index) {
    return (Boolean) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"]').classList.contains('running');", index);
  }

  @Test
  void pyodide314RunsInAModuleWorkerWithInterruptInputAndPackages() throws Exception {
    openCells("{src: '/pyodide-314/pyodide.mjs', lockFileURL: '/test-packages/lock-pyodide-314.json'}",
        CELLS_VERSION,
        "import time\ntime.sleep(30)",
        "answer = input('Answer? ')\nanswer * 2",
        "import matplotlib.pyplot as plt\nplt.plot([7, 8])");
    assertTrue(runAndWait("nb", 0, 120).contains("(3, 14)"), outputText("nb", 0));
    assertTrue(statuses().contains("ready: 314.0.7"), statuses().toString());

    clickRun("nb", 1);
    awaitStarted("nb", 1, 30);
    js("document.getElementById('nb').interrupt();");
    await(10, () -> running(1), isRunning -> !isRunning);
    assertTrue(outputText("nb", 1).contains("KeyboardInterrupt"), outputText("nb", 1));

    clickRun("nb", 2);
    org.openqa.selenium.WebElement field = await(20, () -> (org.openqa.selenium.WebElement) js(
        "return document.getElementById('nb').shadowRoot.querySelector('.cell[data-index=\"2\"] .input-request input');"),
        element -> element != null);
    field.sendKeys("ab" + org.openqa.selenium.Keys.ENTER);
    await(20, () -> running(2), isRunning -> !isRunning);
    assertTrue(outputText("nb", 2).contains("'abab'"), outputText("nb", 2));

    runAndWait("nb", 3, 60);
    assertTrue((Boolean) js("const outputs = document.getElementById('nb').toJSON().cells[3].outputs;"
        + "return outputs.some(o => o.output_type === 'display_data'"
        + "  && String(o.data['image/svg+xml']).includes('points=\"0,7 1,8\"'));"), outputText("nb", 3));
  }

  @Test
  void theClassicAddressOf314IsRetriedAsAModule() {
    openCells("{src: '/pyodide-314/pyodide.js'}", CELLS_VERSION);
    assertTrue(runAndWait("nb", 0, 120).contains("(3, 14)"), outputText("nb", 0));
    assertEquals(2L, statuses().stream().filter(s -> s.startsWith("loading")).count(), statuses().toString());
    assertTrue(statuses().contains("loading: /pyodide-314/pyodide.mjs"), statuses().toString());
  }
}
