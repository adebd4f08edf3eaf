package io.jupyterkit.demo;

import static io.jupyterkit.demo.JupyterServerExecutorTest.KERNEL_SECONDS;
import static io.jupyterkit.demo.JupyterServerExecutorTest.awaitOutput;
import static io.jupyterkit.demo.JupyterServerExecutorTest.running;
import static io.jupyterkit.demo.JupyterServerExecutorTest.runToEnd;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A kernel the Jupyter server will not restart (its restart limit is 0), killed in the middle of a cell: the cell
 * and onStatus say it died for good, and the next Run gets a new kernel, with a fresh namespace.
 */
class DeadKernelTest extends BrowserTestSupport {
  @BeforeAll
  static void startJupyter() throws IOException {
    JupyterServerExecutorTest.jupyter =
        JupyterServerProcess.start(List.of("--KernelRestarter.restart_limit=0"), server.url(""));
  }

  @AfterAll
  static void stopJupyter() {
    if (JupyterServerExecutorTest.jupyter != null) {
      JupyterServerExecutorTest.jupyter.close();
      JupyterServerExecutorTest.jupyter = null;
    }
  }

  @Test
  void aKernelThatDiesForGoodIsReportedAndTheNextRunStartsANewOne() {
    JupyterServerExecutorTest.open("w = 7", "import time\ntime.sleep(600)", "w");
    runToEnd("nb", 0);
    clickRun("nb", 1);
    awaitStarted("nb", 1, KERNEL_SECONDS);
    assertTrue(JupyterServerExecutorTest.jupyter.killKernels() > 0);
    String died = awaitOutput(1, "The kernel died");
    assertTrue(died.contains("could not restart it"), died);
    await(30, () -> running(1), isRunning -> !isRunning);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("error: The kernel died and the Jupyter server")),
        statuses().toString());
    String fresh = runToEnd("nb", 2);
    assertTrue(fresh.contains("NameError") && fresh.contains("'w'"), "a new kernel, without w: " + fresh);
  }
}
