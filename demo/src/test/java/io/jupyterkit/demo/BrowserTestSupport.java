package io.jupyterkit.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One demo server and one headless Chromium per test class, plus helpers that look inside the element. */
abstract class BrowserTestSupport {
  static DemoServer server;
  static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws Exception {
    Path root = Path.of(System.getProperty("jupyterkit.root", ".."));
    Map<String, Path> mounts = new java.util.LinkedHashMap<>(DemoServer.repositoryMounts(root));
    mounts.put(TestPackages.URL_PREFIX, TestPackages.write(root));
    server = DemoServer.start(0, mounts);
    driver = HeadlessChromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits up to {@code seconds} for {@code condition} to hold, then returns its last value. */
  static <T> T await(int seconds, Supplier<T> value, java.util.function.Predicate<T> condition) {
    Object[] last = new Object[1];
    try {
      new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d -> {
        T current = value.get();
        last[0] = current;
        return condition.test(current);
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("condition not met within " + seconds + " s; last value: " + last[0], e);
    }
    @SuppressWarnings("unchecked")
    T result = (T) last[0];
    return result;
  }

  /** The visible text of the element with id {@code elementId}, as a person would read it. */
  static String shadowText(String elementId) {
    return (String) js("const el = document.getElementById(arguments[0]);"
        + "return el && el.shadowRoot ? el.shadowRoot.querySelector('.body').innerText : null;", elementId);
  }

  /** The text of cell {@code index}'s outputs. */
  static String outputText(String elementId, int index) {
    return (String) js("const cell = document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"]');"
        + "const outputs = cell && cell.querySelector('.outputs');"
        + "return outputs ? outputs.innerText : null;", elementId, index);
  }

  /** The input prompt of cell {@code index}, e.g. {@code In [3]:}. */
  static String inputPrompt(String elementId, int index) {
    return (String) js("return document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"] .input-prompt').textContent;", elementId, index);
  }

  static void clickRun(String elementId, int index) {
    js("document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"] button.run').click();", elementId, index);
  }

  /** The note cell {@code index} shows about its last attempt to run ("Not run: ..."), or "" when none. */
  static String cellNote(String elementId, int index) {
    return (String) js("const note = document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"] .run-note');"
        + "return note && !note.hidden ? note.textContent : '';", elementId, index);
  }

  /** Waits until the kernel has started cell {@code index} (its button then stops it). */
  static void awaitStarted(String elementId, int index, int seconds) {
    await(seconds, () -> (String) js("return document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"] button.run').textContent;", elementId, index),
        label -> "Stop".equals(label));
  }

  /**
   * Waits until every HTML and SVG output of cell {@code index} shows its sanitised content (DOMPurify loads on
   * demand, so their text stands in until it has arrived).
   */
  static void awaitSanitised(String elementId, int index, int seconds) {
    await(seconds, () -> (Long) js("const cell = document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"]');"
        + "return [...cell.querySelectorAll('.output.html, .output.svg')].filter(o => !o.shadowRoot).length;",
        elementId, index), waiting -> waiting == 0);
  }

  /** Clicks Run on cell {@code index}, waits until it is no longer running, and returns its output text. */
  static String runAndWait(String elementId, int index, int seconds) {
    clickRun(elementId, index);
    await(seconds, () -> (Boolean) js("return document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"]').classList.contains('running');",
        elementId, index), running -> !running);
    return outputText(elementId, index);
  }

  /**
   * Opens the blank test page with a notebook {@code nb} of markdown cells and no executor, then runs
   * {@code script} (JavaScript, with the element as {@code el}) in the same task.
   */
  static void openMarkdownCells(String script, String... sources) {
    driver.get(server.url("/test/blank.html"));
    StringBuilder cells = new StringBuilder();
    for (String source : sources) {
      cells.append("{cell_type: 'markdown', metadata: {}, source: ").append(jsString(source)).append("},");
    }
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [" + cells + "]};"
        + "document.body.appendChild(el);" + script);
  }

  /**
   * Opens the blank test page with a notebook {@code nb} of code cells running on an executor made from
   * {@code executorOptions} (a JavaScript object literal); every onStatus call is kept in {@code window.statuses}.
   */
  static void openCells(String executorOptions, String... sources) {
    driver.get(server.url("/test/blank.html"));
    String cells = codeCells(sources);
    js("window.statuses = [];"
        // Tests never rely on the production boot timeout: a test of the timeout sets its own.
        + "const options = Object.assign({timeoutMs: 0}, " + executorOptions + ","
        + "  {onStatus: (status, detail) => window.statuses.push(status + ': ' + detail)});"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [" + cells + "]};"
        + "el.executor = jupyterkit.createPyodideExecutor(options);"
        + "document.body.appendChild(el);");
  }

  @SuppressWarnings("unchecked")
  static List<String> statuses() {
    return (List<String>) js("return window.statuses;");
  }

  /**
   * axe-core's serious and critical findings on the page, a line each. Nodes whose HTML matches
   * {@code notScrollableRegions} (a JavaScript regular expression, or null) are left out of the
   * scrollable-region-focusable rule, for popups a focused editor drives.
   */
  @SuppressWarnings("unchecked")
  static List<String> seriousAxeViolations(String notScrollableRegions) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript(""
        + "const done = arguments[arguments.length - 1];"
        + "const skip = arguments[0] === null ? null : new RegExp(arguments[0]);"
        + "const script = document.createElement('script'); script.src = '/test-vendor/axe-core/axe.min.js';"
        + "script.onload = () => axe.run(document, {resultTypes: ['violations']})"
        + "  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        + "    nodes: v.nodes.filter(n => !(skip && v.id === 'scrollable-region-focusable' && skip.test(n.html)))"
        + "      .slice(0, 3).map(n => n.target.join(' > ') + ' ' + (n.failureSummary || ''))}))),"
        + "        e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: [{}]}]));"
        + "document.head.appendChild(script);", notScrollableRegions);
    return violations.stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .filter(v -> !((List<?>) v.get("nodes")).isEmpty())
        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"))
        .toList();
  }

  /** Types {@code keys} into whatever has the focus, as real key events. */
  static void keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  /** Presses {@code key} with {@code modifiers} held down, as a person does. */
  static void chord(CharSequence key, Keys... modifiers) {
    Actions actions = new Actions(driver);
    for (Keys modifier : modifiers) {
      actions = actions.keyDown(modifier);
    }
    actions = actions.sendKeys(key);
    for (Keys modifier : modifiers) {
      actions = actions.keyUp(modifier);
    }
    actions.perform();
  }

  /** A JavaScript array body of empty code cells holding {@code sources}, for a notebook literal. */
  static String codeCells(String... sources) {
    StringBuilder cells = new StringBuilder();
    for (String source : sources) {
      cells.append("{cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: ")
          .append(jsString(source)).append("},");
    }
    return cells.toString();
  }

  static String jsString(String text) {
    StringBuilder quoted = new StringBuilder("'");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> quoted.append("\\\\");
        case '\'' -> quoted.append("\\'");
        case '\n' -> quoted.append("\\n");
        default -> quoted.append(c);
      }
    }
    return quoted.append('\'').toString();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> recordedEvents() {
    return (List<Map<String, Object>>) js("return window.recordedEvents || [];");
  }

  /**
   * Opens {@code path} as on a first visit: drafts kept by earlier tests in this browser (a page whose cells ran keeps
   * one, and shows it next time) are erased first.
   */
  static void openWithoutDrafts(String path) {
    driver.get(server.url(path));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    Object erased = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "jupyterkit.clearStoredDrafts().then(() => done('erased'), e => done(String(e)));");
    if (!"erased".equals(erased)) {
      throw new AssertionError("drafts could not be erased: " + erased);
    }
    driver.get(server.url(path));
  }

  /** The draft IndexedDB holds under {@code key}, as JSON text, or null; read as another script of the page would. */
  static String storedDraft(String key) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return (String) driver.executeAsyncScript(""
        + "const done = arguments[arguments.length - 1];"
        + "const request = indexedDB.open('jupyter-kit', 1);"
        + "request.onupgradeneeded = () => request.result.createObjectStore('drafts');"
        + "request.onerror = () => done('error: ' + request.error);"
        + "request.onsuccess = () => {"
        + "  const db = request.result;"
        + "  const get = db.transaction('drafts').objectStore('drafts').get(arguments[0]);"
        + "  get.onsuccess = () => { db.close(); done(get.result ? JSON.stringify(get.result) : null); };"
        + "  get.onerror = () => { db.close(); done('error: ' + get.error); };"
        + "};", key);
  }

  static List<LogEntry> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .toList();
  }
}
