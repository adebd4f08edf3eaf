package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The executor contract from the page's side: a kernel the page wrote in JavaScript (test/page-executor.js, no
 * Pyodide) drives the element through streams, displays and their updates, clear_output, results, errors,
 * input(), completion and widget comms; broken executors give visible messages; switching executors keeps the
 * outputs and can re-run the cells on the new one; the README's example executor runs a JavaScript notebook; and the
 * object createPyodideExecutor returns follows the same contract from plain JavaScript.
 */
class PageExecutorTest extends BrowserTestSupport {
  /** Opens the page with notebook {@code nb} of code cells on {@code window.kernel = makeScriptKernel('script')}. */
  private static void openOnScriptKernel(String... sources) {
    driver.get(server.url("/test/page-executor.html"));
    String cells = codeCells(sources);
    js("window.kernel = makeScriptKernel('script');"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [" + cells + "]};"
        + "el.executor = window.kernel;"
        + "document.body.appendChild(el);");
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == sources.length);
  }

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  private static String output(int index) {
    String text = outputText("nb", index);
    return text == null ? "" : text;
  }

  /** The browser console's messages since the last call, a line each. */
  private static List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }

  @Test
  void aPageKernelShowsStreamsDisplaysClearsResultsErrorsAndAsksForInput() {
    openOnScriptKernel("print one\nprint two\nwarn three",
        "display d1 first\nupdate d1 second\nresult done",
        "print gone\nclear\nprint after-clear\nclear-wait\nprint after-wait",
        "fail ValueError bad value\nprint never",
        "ask name?\nprint end");
    assertEquals("script: idle", inShadow("root.querySelector('.kernel-state').textContent"),
        "the toolbar shows the executor's own state");

    String streams = runAndWait("nb", 0, 20);
    assertTrue(streams.contains("one\ntwo") && streams.contains("three"), streams);
    assertEquals(1L, inShadow("cell(0).querySelectorAll('.output.stream').length - 1"),
        "stdout's two lines merge into one output, stderr has its own");

    String displays = runAndWait("nb", 1, 20);
    assertTrue(displays.contains("second") && !displays.contains("first"), "the display was updated: " + displays);
    assertTrue(displays.contains("done"), displays);
    assertEquals("Out [2]:", inShadow("[...cell(1).querySelectorAll('.output-prompt')].map(p => p.textContent)"
        + ".join('').trim()"), "the result's execution count is the kernel's");

    String cleared = runAndWait("nb", 2, 20);
    assertEquals("after-wait", cleared.trim(), "clear_output, then clear_output(wait=True) before the last line");

    String error = runAndWait("nb", 3, 20);
    assertTrue(error.contains("ValueError: bad value") && error.contains("line 1 of the cell"), error);
    assertFalse(error.contains("never"), error);

    clickRun("nb", 4);
    WebElement field = await(20, () -> driver.findElement(By.id("nb")).getShadowRoot()
        .findElements(By.cssSelector(".cell[data-index=\"4\"] .input-request input")), found -> !found.isEmpty())
        .get(0);
    String prompt = (String) inShadow("cell(4).querySelector('.input-request').textContent");
    assertTrue(prompt.contains("name?"), "the prompt shows: " + prompt);
    field.sendKeys("Ada" + Keys.ENTER);
    String answered = await(20, () -> output(4), text -> text.contains("end"));
    assertTrue(answered.contains("got Ada"), answered);
    @SuppressWarnings("unchecked")
    Map<String, Object> inputReply = (Map<String, Object>) js("const m = window.kernel.inputReplies[0];"
        + "return {type: m.header.msg_type, parent: m.parent_header.msg_type, value: m.content.value,"
        + " channel: m.channel, hasId: typeof m.header.msg_id === 'string' && m.header.msg_id.length > 0};");
    assertEquals(Map.of("type", "input_reply", "parent", "input_request", "value", "Ada", "channel", "stdin",
        "hasId", true), inputReply);

    @SuppressWarnings("unchecked")
    List<String> calls = (List<String>) js("return window.kernel.calls;");
    assertTrue(calls.contains("execute execute_request shell \"print one\\nprint two\\nwarn three\""), calls.toString());
    assertTrue(calls.contains("request kernel_info_request"), calls.toString());
    assertTrue(calls.contains("retain"), "the element on the page uses the executor: " + calls);
    assertEquals("3.0", js("return document.getElementById('nb').toJSON().metadata.language_info.version;"),
        "the kernel_info_reply is recorded in the notebook");
    assertTrue(consoleErrors().isEmpty(), consoleErrors().toString());
  }

  @Test
  void theReadmesExampleExecutorRunsAJavaScriptNotebook() throws Exception {
    String readme = Files.readString(Path.of(System.getProperty("jupyterkit.root", "..")).resolve("README.md"));
    int section = readme.indexOf("### Writing your own executor");
    int start = readme.indexOf("```js\n", section) + 6;
    String example = readme.substring(start, readme.indexOf("```", start));
    driver.get(server.url("/test/page-executor.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {language_info: {name: 'javascript'}}, cells: ["
        + "  {cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: '6 * 7'},"
        + "  {cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: 'nope('}]};"
        + "document.body.appendChild(el);" + example);
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == 2);
    assertTrue(runAndWait("nb", 0, 20).contains("42"), output(0));
    assertTrue(runAndWait("nb", 1, 20).contains("SyntaxError"), output(1));
    assertEquals("In [2]:", inputPrompt("nb", 1).trim());
  }

  @Test
  void tabCompletesFromThePageKernel() {
    openOnScriptKernel("");
    inShadow("cell(0).focus()");
    keys(Keys.ENTER);
    await(30, () -> (Boolean) inShadow("!!(root.activeElement && root.activeElement.closest('.cm-editor'))"),
        focused -> focused);
    keys("x = my_", Keys.TAB);
    List<?> labels = await(20, () -> (List<?>) inShadow(
        "[...root.querySelectorAll('.cm-tooltip-autocomplete li .cm-completionLabel')].map(l => l.textContent)"),
        list -> !list.isEmpty());
    assertEquals(List.of("my_value", "my_variable"), labels);
    keys(Keys.ENTER);
    await(10, () -> (String) js("return [].concat(document.getElementById('nb').toJSON().cells[0].source).join('');"),
        source -> "x = my_value".equals(source));
    assertTrue(((List<?>) js("return window.kernel.calls;")).contains("request complete_request"));
  }

  @Test
  void aWidgetTheScriptKernelOpensRendersAndTalksBack() {
    openOnScriptKernel("slider s1 3");
    clickRun("nb", 0);
    WebElement handle = await(60, () -> driver.findElement(By.id("nb")).getShadowRoot()
        .findElements(By.cssSelector(".cell[data-index=\"0\"] .noUi-handle")), found -> !found.isEmpty()).get(0);
    handle.sendKeys(Keys.ARROW_RIGHT);
    await(20, () -> (String) inShadow("(l => l ? l.textContent : '')(cell(0).querySelector('.widget-label'))"),
        label -> label.contains("got 4"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> received = (List<Map<String, Object>>) js("return window.kernel.commsReceived"
        + ".filter(m => m.data.method === 'update').map(m => ({comm: m.comm_id, value: m.data.state.value}));");
    assertTrue(received.contains(Map.of("comm", "s1", "value", 4L)), received.toString());
  }

  @Test
  void brokenExecutorsGiveVisibleMessagesAndTheElementGoesOn() {
    openOnScriptKernel("throw", "junk\nprint fine", "hang", "print later");
    consoleMessages();
    String thrown = runAndWait("nb", 0, 20);
    assertTrue(thrown.contains("The executor failed to run this cell") && thrown.contains("cannot run anything"),
        thrown);
    assertEquals("fine", runAndWait("nb", 1, 20).trim(), "a message without a header is dropped");
    assertTrue(consoleMessages().stream().anyMatch(m -> m.contains("without header.msg_type")),
        "and a console warning says so");

    clickRun("nb", 2);
    awaitStarted("nb", 2, 20);
    js("document.getElementById('nb').interrupt();");
    String givenUp = await(20, () -> output(2), text -> text.contains("did not stop this cell"));
    assertTrue(givenUp.contains("KeyboardInterrupt"), givenUp);
    await(5, () -> (String) inShadow("cell(2).querySelector('button.run').textContent"), "Run"::equals);

    // Something that is no executor: refused with a warning, and a run says why.
    js("window.notAnExecutor = {language: 'python'}; document.getElementById('nb').executor = window.notAnExecutor;");
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').executor === window.notAnExecutor;"));
    clickRun("nb", 3);
    String note = await(10, () -> cellNote("nb", 3), text -> !text.isEmpty());
    assertTrue(note.contains("has no execute(request, onMessage) function"), note);
    assertTrue(consoleMessages().stream().anyMatch(m -> m.contains("has no execute(request, onMessage)")));
    // A working executor again: the element runs.
    js("document.getElementById('nb').executor = makeScriptKernel('again');");
    assertEquals("later", runAndWait("nb", 3, 20).trim());
    assertTrue(consoleErrors().stream().noneMatch(e -> e.getMessage().contains("Uncaught")), consoleErrors().toString());
  }

  @Test
  void switchingExecutorsKeepsOutputsAndOptionallyRerunsTheCellsThatRan() {
    openOnScriptKernel("set x 5\nprint set", "get x", "print never run");
    runAndWait("nb", 0, 20);
    assertEquals("x = 5", runAndWait("nb", 1, 20).trim());

    js("window.second = makeScriptKernel('second'); document.getElementById('nb').executor = window.second;");
    assertEquals("set", output(0).trim(), "outputs stay when the executor changes");
    assertEquals("x = 5", output(1).trim());
    assertTrue(((List<?>) js("return window.kernel.calls;")).contains("release"), "the old executor is released");
    assertEquals("x = undefined", runAndWait("nb", 1, 20).trim(), "the new kernel has none of the old state");

    js("document.getElementById('nb').rerunOnSwitch = true;");
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').hasAttribute('rerun-on-switch');"));
    js("window.third = makeScriptKernel('third'); document.getElementById('nb').executor = window.third;");
    await(20, () -> output(1).trim(), "x = 5"::equals);
    assertEquals(List.of("execute execute_request shell \"set x 5\\nprint set\"",
        "execute execute_request shell \"get x\""),
        js("return window.third.calls.filter(c => c.startsWith('execute'));"),
        "the cells that ran, in order; not the one that never ran");
    assertEquals("", output(2).trim());
  }

  @Test
  void createPyodideExecutorFollowsTheContractFromPlainJavaScript() {
    driver.get(server.url("/test/page-executor.html"));
    @SuppressWarnings("unchecked")
    Map<String, Object> shape = (Map<String, Object>) js("const ex = jupyterkit.createPyodideExecutor("
        + "{src: '/pyodide/pyodide.js', timeoutMs: 0}); window.pyodideExecutor = ex;"
        + "const members = ['execute', 'request', 'cancel', 'inputReply', 'interrupt', 'restart', 'start',"
        + "  'prefetch', 'dispose', 'retain', 'release', 'onStateChange', 'complete', 'inspect'];"
        + "let refused = '';"
        + "try { ex.execute({content: {code: '1'}}, () => {}); } catch (e) { refused = String(e && e.message || e); }"
        + "return {missing: members.filter(m => typeof ex[m] !== 'function').join(' '), language: ex.language,"
        + "  phase: ex.state.phase, comms: typeof ex.comms.createComm, refused};");
    assertEquals("", shape.get("missing"));
    assertEquals("python", shape.get("language"));
    assertEquals("not-started", shape.get("phase"));
    assertEquals("function", shape.get("comms"));
    assertTrue(((String) shape.get("refused")).contains("header.msg_type"), shape.toString());

    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(180));
    @SuppressWarnings("unchecked")
    Map<String, Object> run = (Map<String, Object>) driver.executeAsyncScript(""
        + "const done = arguments[arguments.length - 1];"
        + "const request = {header: {msg_id: 'page-1', msg_type: 'execute_request', session: 'page-session',"
        + "  username: 'page', date: new Date().toISOString(), version: '5.3'}, parent_header: {}, metadata: {},"
        + "  content: {code: 'print(6 * 7)', silent: false, store_history: true, user_expressions: {},"
        + "  allow_stdin: true, stop_on_error: true}, channel: 'shell'};"
        + "const seen = [];"
        + "window.pyodideExecutor.execute(request, (m) => {"
        + "  seen.push(m.header.msg_type + '/' + m.channel);"
        + "  if (m.header.msg_type === 'stream') window.streamed = m.content.text;"
        + "  if (m.header.msg_type === 'execute_reply') done({seen: seen.join(' '), text: window.streamed,"
        + "    status: m.content.status, parentSession: m.parent_header.session, parentId: m.parent_header.msg_id,"
        + "    dated: typeof m.header.date === 'string', buffers: Array.isArray(m.buffers)});"
        + "});");
    assertEquals("42\n", run.get("text"), run.toString());
    assertEquals("ok", run.get("status"));
    assertEquals("page-session", run.get("parentSession"), "replies carry the request's whole header");
    assertEquals("page-1", run.get("parentId"));
    assertEquals(Boolean.TRUE, run.get("dated"));
    assertEquals(Boolean.TRUE, run.get("buffers"));
    assertTrue(((String) run.get("seen")).contains("stream/iopub")
        && ((String) run.get("seen")).endsWith("execute_reply/shell"), run.toString());

    // A page's decorator of that executor (what another bundle hands the element) runs the notebook's cells.
    js("const ex = window.pyodideExecutor; window.decorated = [];"
        + "const decorator = {language: ex.language, comms: ex.comms,"
        + "  get state() { return ex.state; }, onStateChange: (l) => ex.onStateChange(l),"
        + "  execute: (r, cb) => { window.decorated.push(r.content.code); ex.execute(r, cb); },"
        + "  request: (r, cb) => ex.request(r, cb), inputReply: (m) => ex.inputReply(m),"
        + "  interrupt: () => ex.interrupt(), retain: () => ex.retain(), release: () => ex.release()};"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + "  outputs: [], execution_count: null, source: 'x = 6 * 7\\nx'}]};"
        + "el.executor = decorator; document.body.appendChild(el);");
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == 1);
    assertTrue(runAndWait("nb", 0, 120).trim().endsWith("42"), outputText("nb", 0));
    assertEquals(List.of("x = 6 * 7\nx"), js("return window.decorated;"));
    assertEquals("Idle", inShadow("root.querySelector('.kernel-state').textContent"));
  }
}
