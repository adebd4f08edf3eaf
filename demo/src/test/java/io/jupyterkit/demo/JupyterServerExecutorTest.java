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

  /**
   * Runs cell {@code index} of element {@code id} and returns its output text once the kernel has finished it (its
   * prompt shows a new execution count).
   */
  static String runToEnd(String id, int index) {
    String before = inputPrompt(id, index);
    clickRun(id, index);
    try {
      await(KERNEL_SECONDS, () -> inputPrompt(id, index), prompt -> !prompt.equals(before) && !prompt.contains("*"));
    } catch (AssertionError e) {
      String logs = jupyter == null ? "" : jupyter.logs();
      throw new AssertionError(e.getMessage() + "\nonStatus: " + statuses() + "\nstate: "
          + js("return JSON.stringify(window.executor.state);") + "\nserver log (end):\n"
          + logs.substring(Math.max(0, logs.length() - 3000)), e);
    }
    return outputText(id, index);
  }

  static String runToEnd(int index) {
    return runToEnd("nb", index);
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
    assertEquals("hello from the server\nwarned", runToEnd(0).trim().replaceAll("\n+", "\n"));
    String display = runToEnd(1);
    assertTrue(display.contains("updated") && !display.contains("first"), display);
    assertEquals("kept", runToEnd(2).trim());
    assertEquals("Out [4]:\n42", runToEnd(3).trim());
    String error = runToEnd(4);
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
    runToEnd(0);
    for (int index : new int[] {1, 2}) {
      clickRun("nb", index);
      awaitStarted("nb", index, KERNEL_SECONDS);
      js("document.getElementById('nb').interrupt();");
      String output = awaitOutput(index, "KeyboardInterrupt");
      await(30, () -> running(index), isRunning -> !isRunning);
      assertFalse(output.contains("\nslept"), output);
    }
    assertEquals("Out [4]:\n42", runToEnd(3).trim(), "x survived the interrupts");
  }

  @Test
  void restartGivesAFreshKernel() {
    open("y = 1", "y");
    runToEnd(0);
    clickRun("nb", 1);
    awaitOutput(1, "Out [2]:\n1");
    js("document.getElementById('nb').restart();");
    String after = runToEnd(1);
    assertTrue(after.contains("name 'y' is not defined"), after);
  }

  @Test
  void aKilledKernelIsReportedInTheRunningCellAndTheNextCellsRun() {
    open("z = 5", "import time\ntime.sleep(600)", "print('after', 'the death')", "z");
    runToEnd(0);
    clickRun("nb", 1);
    awaitStarted("nb", 1, KERNEL_SECONDS);
    assertTrue(jupyter.killKernels() > 0);
    String died = awaitOutput(1, "The kernel died");
    assertTrue(died.contains("variables were lost"), died);
    await(30, () -> running(1), isRunning -> !isRunning);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("error: The kernel died")), statuses().toString());
    assertEquals("after the death", runToEnd(2).trim());
    assertTrue(runToEnd(3).contains("NameError"), "a fresh namespace");
  }

  @Test
  void aBadTokenIsExplainedInTheCellAndInOnStatus() {
    openOn(jupyter.baseUrl(), "not-the-token", "", "1 + 1");
    clickRun("nb", 0);
    String output = awaitOutput(0, "token");
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
    clickRun("nb", 0);
    String output = awaitOutput(0, "could not be reached");
    assertTrue(output.contains("could not be reached") && output.contains("allow_origin"), output);
  }
  @Test
  void aDroppedConnectionMidCellLosesNothingAndTheCellFinishesOnScreen() throws IOException {
    try (DroppingProxy proxy = DroppingProxy.start(jupyter.port())) {
      openOn(proxy.url(), jupyter.token(), "",
          "import time\nfor i in range(8):\n    print('line', i, flush=True)\n    time.sleep(0.4)\nprint('done')",
          "print('next cell')");
      clickRun("nb", 0);
      awaitOutput(0, "line 1");
      proxy.dropConnections();
      String output = awaitOutput(0, "done");
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        expected.append("line ").append(i).append('\n');
      }
      assertEquals(expected + "done", output.trim().replaceAll("\n+", "\n"), "every line, once, in order");
      await(30, () -> running(0), isRunning -> !isRunning);
      assertTrue(statuses().contains("reconnecting: " + proxy.url()), statuses().toString());
      assertTrue(statuses().stream().anyMatch(s -> s.startsWith("reconnected: ")), statuses().toString());
      assertEquals("next cell", runToEnd(1).trim());
    }
  }

  @Test
  void aServerRestartMidCellSaysTheKernelIsGoneAndANewKernelRuns() throws IOException {
    open("w = 3", "import time\ntime.sleep(600)", "print('on the new kernel')", "w");
    runToEnd(0);
    clickRun("nb", 1);
    awaitStarted("nb", 1, KERNEL_SECONDS);
    jupyter.restart();
    // The server interrupts its kernels as it stops: the running cell ends there, or says the kernel is gone.
    await(KERNEL_SECONDS, () -> running(1), isRunning -> !isRunning);
    await(KERNEL_SECONDS, JupyterServerExecutorTest::statuses,
        all -> all.stream().anyMatch(s -> s.contains("restarted and this notebook's kernel is gone")));
    String next = runToEnd(2);
    String both = outputText("nb", 1) + next;
    assertTrue(both.contains("restarted and this notebook's kernel is gone")
        && both.contains("variables of earlier cells were lost"), both);
    assertTrue(next.contains("on the new kernel"), next);
    assertTrue(runToEnd(3).contains("NameError"), "a fresh namespace");
  }

  @Test
  void twoElementsShareOneExecutorAndItsKernel() {
    open("shared = 'set by the first notebook'");
    js("addNotebook('second', ['print(shared)']);");
    runToEnd(0);
    assertEquals("set by the first notebook", runToEnd("second", 0).trim());
    js("document.getElementById('nb').remove();");
    assertEquals("set by the first notebook", runToEnd("second", 0).trim(),
        "the kernel lives while one element uses it");
  }

  @Test
  void theSessionOfANotebookPathIsReusedByAnotherPage() throws IOException {
    openOn(jupyter.baseUrl(), jupyter.token(), "&path=shared/path.ipynb", "from_path = 'first page'");
    runToEnd(0);
    openOn(jupyter.baseUrl(), jupyter.token(), "&path=shared/path.ipynb", "print(from_path)");
    assertEquals("first page", runToEnd(0).trim());
  }

  @Test
  void aSliderDrivesAPythonObserverThatUpdatesALabelLiveFromTheServerKernel() {
    open("import ipywidgets as widgets\n\nslider = widgets.IntSlider(value=5, min=0, max=10, description='n')\n"
        + "label = widgets.Label()\n\ndef show(change):\n    label.value = f'n squared is {change[\"new\"] ** 2}'\n\n"
        + "slider.observe(show, 'value')\nshow({'new': slider.value})\nwidgets.VBox([slider, label])");
    clickRun("nb", 0);
    awaitOutput(0, "n squared is 25");
    await(KERNEL_SECONDS, () -> driver.findElement(org.openqa.selenium.By.id("nb")).getShadowRoot()
        .findElements(org.openqa.selenium.By.cssSelector(".cell[data-index=\"0\"] .noUi-handle")),
        found -> !found.isEmpty()).get(0).sendKeys(Keys.ARROW_RIGHT);
    awaitOutput(0, "n squared is 36");
  }

  @Test
  void binaryBuffersTravelBothWaysInCommMessages() {
    open("def echo(comm, opened):\n    data = bytes(opened['buffers'][0])\n"
        + "    comm.send({'length': len(data)}, buffers=[bytes(reversed(data))])\n"
        + "get_ipython().kernel.comm_manager.register_target('echo', echo)");
    runToEnd(0);
    js("const comm = window.executor.comms.createComm('echo');"
        + "comm.on_msg((message) => { const view = message.buffers[0];"
        + "  window.echoed = {length: message.content.data.length,"
        + "    bytes: Array.from(new Uint8Array(view.buffer, view.byteOffset, view.byteLength))}; });"
        + "comm.open({}, {}, {}, [new Uint8Array([1, 2, 3, 250]).buffer]);");
    Object echoed = await(KERNEL_SECONDS, () -> js("return window.echoed ? JSON.stringify(window.echoed) : null;"),
        value -> value != null);
    assertEquals("{\"length\":4,\"bytes\":[250,3,2,1]}", echoed);
  }

  @Test
  void completionAndInspectionComeFromTheKernel() {
    open("my_variable = 1");
    runToEnd(0);
    js("window.executor.complete('my_var').then((reply) => { window.completed = reply.matches; });"
        + "window.executor.inspect('len', 3).then((reply) => { window.inspected = reply.data['text/plain']; });");
    Object matches = await(KERNEL_SECONDS, () -> js("return window.completed ? window.completed.join(',') : null;"),
        value -> value != null);
    assertEquals("my_variable", matches);
    Object doc = await(KERNEL_SECONDS, () -> js("return window.inspected || null;"), value -> value != null);
    assertTrue(String.valueOf(doc).contains("Return the number of items"), String.valueOf(doc));
  }

  @Test
  void theKernelsLanguageInfoIsSavedWithTheNotebook() {
    open("import sys; print(sys.version.split()[0])");
    String version = runToEnd(0).trim();
    Object saved = await(30, () -> js("const info = document.getElementById('nb').toJSON().metadata.language_info;"
        + "return info ? info.name + ' ' + info.version : null;"), value -> value != null);
    assertEquals("python " + version, saved);
  }

  @Test
  void theLegacyJsonFramingRunsCellsAndWidgetsToo() {
    openOn(jupyter.baseUrl(), jupyter.token(), "&protocol=legacy",
        "print('legacy')", "import ipywidgets\nipywidgets.IntSlider(value=3)");
    assertEquals("legacy", runToEnd(0).trim());
    clickRun("nb", 1);
    await(KERNEL_SECONDS, () -> (Long) js("return document.getElementById('nb').shadowRoot"
        + ".querySelectorAll('.cell[data-index=\"1\"] .noUi-handle').length;"), count -> count == 1);
  }

  @Test
  void switchingBetweenPyodideAndTheServerKeepsOutputsAndCanReRun() {
    openOn(jupyter.baseUrl(), jupyter.token(), "", "import sys\nprint(sys.platform)");
    js("window.pyodide = jupyterkit.createPyodideExecutor({src: '/pyodide/pyodide.js', timeoutMs: 0});"
        + "document.getElementById('nb').executor = window.pyodide;");
    assertEquals("emscripten", runToEnd(0).trim());
    js("document.getElementById('nb').executor = window.executor;");
    assertEquals("emscripten", outputText("nb", 0).trim(), "switching keeps the outputs");
    js("const el = document.getElementById('nb'); el.rerunOnSwitch = true; el.executor = window.pyodide;"
        + "el.executor = window.executor;");
    assertEquals("linux", awaitOutput(0, "linux").trim(), "re-run on the server");
  }
  @Test
  void theDemosRunOnServerChoiceReRunsTheCellsOnTheServersKernel() throws Exception {
    Process python = new ProcessBuilder("/usr/bin/python3", "-c", "import sys; print(sys.version_info[:2])")
        .redirectErrorStream(true).start();
    String serverPython = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    driver.get(server.url("/"));
    await(30, () -> (Long) js("const el = document.getElementById('notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), count -> count == 6);
    String inBrowser = runToEnd("notebook", 1);
    assertTrue(inBrowser.contains("hi"), inBrowser);
    js("document.getElementById('run-on').open = true;");
    driver.findElement(org.openqa.selenium.By.id("server-url")).sendKeys(jupyter.baseUrl());
    driver.findElement(org.openqa.selenium.By.id("server-token")).sendKeys(jupyter.token());
    driver.findElement(org.openqa.selenium.By.id("run-on-server")).click();
    String onServer = await(KERNEL_SECONDS, () -> outputText("notebook", 1),
        text -> text.contains(serverPython) && !text.equals(inBrowser));
    assertTrue(onServer.contains("hi"), onServer);
  }
  @Test
  void aConnectionThatFailsSilentlyIsFoundByTheHeartbeatAndReopened() throws IOException {
    try (DroppingProxy proxy = DroppingProxy.start(jupyter.port())) {
      openOn(proxy.url(), jupyter.token(), "",
          "import time\nfor i in range(160):\n    print('beat', i, flush=True)\n    time.sleep(0.5)");
      clickRun("nb", 0);
      awaitOutput(0, "beat 1\n");
      proxy.silenceConnections();
      // Output the server wrote into the silent connection is gone; what comes after the reconnection shows.
      await(KERNEL_SECONDS, JupyterServerExecutorTest::statuses, all -> all.contains("reconnecting: " + proxy.url()));
      awaitOutput(0, "beat 159");
      await(30, () -> running(0), isRunning -> !isRunning);
    }
  }
}
