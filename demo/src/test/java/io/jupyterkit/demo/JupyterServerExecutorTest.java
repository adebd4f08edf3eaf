package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The element on Debian's real jupyter-server and ipykernel through createJupyterServerExecutor (test/server.html):
 * what a reader sees in the cells and in onStatus when cells run, ask for input, are interrupted, the kernel
 * restarts or dies, the connection drops or the server restarts, and when the token is wrong.
 */
class JupyterServerExecutorTest extends BrowserTestSupport {
  /** A real kernel on a busy machine: starting one, or a server, can take long. */
  static final int KERNEL_SECONDS = 120;
  static JupyterServerProcess jupyter;

  @BeforeAll
  static void startJupyter() throws IOException {
    jupyter = JupyterServerProcess.start(server.url(""));
  }

  @AfterAll
  static void stopJupyter() {
    if (jupyter != null) {
      jupyter.close();
    }
  }

  /** Opens test/server.html on {@code baseUrl} with {@code query} added, with a notebook {@code nb} of these cells. */
  static void openOn(String baseUrl, String token, String query, String... sources) {
    driver.get(server.url("/test/server.html?baseUrl=" + encode(baseUrl) + "&token=" + encode(token) + query));
    js("addNotebook('nb', arguments[0]);", List.of(sources));
  }

  static void open(String... sources) {
    openOn(jupyter.baseUrl(), jupyter.token(), "", sources);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static boolean running(int index) {
    return (Boolean) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"]').classList.contains('running');", index);
  }

  static String awaitOutput(int index, String expected) {
    return await(KERNEL_SECONDS, () -> outputText("nb", index), text -> text != null && text.contains(expected));
  }

  @Test
  void runsCellsWithStreamsDisplaysResultsAndErrors() {
    open("print('hello from', 'the server')\nimport sys; print('warned', file=sys.stderr)",
        "from IPython.display import display, clear_output\n"
            + "h = display('first', display_id=True)\nh.update('updated')",
        "print('gone')\nclear_output()\nprint('kept')",
        "6 * 7",
        "1 / 0");
    assertEquals("hello from the server\nwarned", runAndWait("nb", 0, KERNEL_SECONDS).trim().replaceAll("\n+", "\n"));
    String display = runAndWait("nb", 1, KERNEL_SECONDS);
    assertTrue(display.contains("updated") && !display.contains("first"), display);
    assertEquals("kept", runAndWait("nb", 2, KERNEL_SECONDS).trim());
    assertEquals("Out [4]:\n42", runAndWait("nb", 3, KERNEL_SECONDS).trim());
    String error = runAndWait("nb", 4, KERNEL_SECONDS);
    assertTrue(error.contains("ZeroDivisionError") && error.contains("division by zero"), error);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("ready: python3 ")), statuses().toString());
  }

  @Test
  void inputIsAskedInTheCellAndAnsweredThroughStdin() {
    open("name = input('Name? ')\nprint('Hello', name)");
    clickRun("nb", 0);
    WebElement field = await(KERNEL_SECONDS, () -> (WebElement) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"0\"] .input-request input');"), element -> element != null);
    field.sendKeys("Ada" + Keys.ENTER);
    String output = awaitOutput(0, "Hello Ada");
    assertTrue(output.contains("Name? Ada"), output);
  }

  @Test
  void interruptStopsABusyLoopAndASleepAndKeepsTheKernel() {
    open("x = 42", "while True:\n    pass", "import time\ntime.sleep(600)\nprint('slept')", "x");
    runAndWait("nb", 0, KERNEL_SECONDS);
    for (int index : new int[] {1, 2}) {
      clickRun("nb", index);
      awaitStarted("nb", index, KERNEL_SECONDS);
      js("document.getElementById('nb').interrupt();");
      String output = awaitOutput(index, "KeyboardInterrupt");
      await(30, () -> running(index), isRunning -> !isRunning);
      assertFalse(output.contains("\nslept"), output);
    }
    assertEquals("Out [4]:\n42", runAndWait("nb", 3, KERNEL_SECONDS).trim(), "x survived the interrupts");
  }

  @Test
  void restartGivesAFreshKernel() {
    open("y = 1", "y");
    runAndWait("nb", 0, KERNEL_SECONDS);
    clickRun("nb", 1);
    awaitOutput(1, "Out [2]:\n1");
    js("document.getElementById('nb').restart();");
    String after = await(KERNEL_SECONDS, () -> runAndWait("nb", 1, KERNEL_SECONDS), text -> text.contains("NameError"));
    assertTrue(after.contains("name 'y' is not defined"), after);
  }

  @Test
  void aKilledKernelIsReportedInTheRunningCellAndTheNextCellsRun() {
    open("z = 5", "import time\ntime.sleep(600)", "print('after', 'the death')", "z");
    runAndWait("nb", 0, KERNEL_SECONDS);
    clickRun("nb", 1);
    awaitStarted("nb", 1, KERNEL_SECONDS);
    assertTrue(jupyter.killKernels() > 0);
    String died = awaitOutput(1, "The kernel died");
    assertTrue(died.contains("variables were lost"), died);
    await(30, () -> running(1), isRunning -> !isRunning);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("error: The kernel died")), statuses().toString());
    assertEquals("after the death", await(KERNEL_SECONDS, () -> runAndWait("nb", 2, KERNEL_SECONDS),
        text -> text.contains("after")).trim());
    assertTrue(runAndWait("nb", 3, KERNEL_SECONDS).contains("NameError"), "a fresh namespace");
  }

  @Test
  void aBadTokenIsExplainedInTheCellAndInOnStatus() {
    openOn(jupyter.baseUrl(), "not-the-token", "", "1 + 1");
    String output = runAndWait("nb", 0, KERNEL_SECONDS);
    assertTrue(output.contains("did not accept") || output.contains("refused access"), output);
    assertTrue(output.contains("token"), output);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("error: The Jupyter server at " + jupyter.baseUrl())),
        statuses().toString());
  }

  @Test
  void anUnreachableServerIsExplained() throws IOException {
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    openOn("http://127.0.0.1:" + port + "/", "x", "", "1 + 1");
    String output = runAndWait("nb", 0, KERNEL_SECONDS);
    assertTrue(output.contains("could not be reached") && output.contains("allow_origin"), output);
  }
}
