package io.jupyterkit.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
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
    server = DemoServer.start(0, DemoServer.repositoryMounts(root));
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

  static void clickRun(String elementId, int index) {
    js("document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"] button.run').click();", elementId, index);
  }

  /** Clicks Run on cell {@code index}, waits until it is no longer running, and returns its output text. */
  static String runAndWait(String elementId, int index, int seconds) {
    clickRun(elementId, index);
    await(seconds, () -> (Boolean) js("return document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"]').classList.contains('running');",
        elementId, index), running -> !running);
    return outputText(elementId, index);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> recordedEvents() {
    return (List<Map<String, Object>>) js("return window.recordedEvents || [];");
  }

  static List<LogEntry> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
        .toList();
  }
}
