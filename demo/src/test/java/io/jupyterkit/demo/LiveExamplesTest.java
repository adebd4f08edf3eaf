package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * The examples page as a reader uses it: each snippet is the code that made the notebook under it, and each
 * notebook does what its heading says, on real Pyodide (with real ipywidgets) or on the page's own executor.
 */
class LiveExamplesTest extends BrowserTestSupport {
  private static void openExamples() {
    driver.get(server.url("/examples.html"));
    await(30, () -> (Long) js("return ['read', 'run', 'ask', 'widgets', 'shout']"
        + ".filter(id => { const el = document.getElementById(id);"
        + "  return el && el.shadowRoot && el.shadowRoot.querySelector('.cell'); }).length;"), shown -> shown == 5);
  }

  /** Scrolls example {@code id} into view, as a reader would before using it (text off screen is not laid out). */
  private static void scrollTo(String id) {
    js("document.getElementById(arguments[0]).scrollIntoView();", id);
  }

  private static String snippet(String id) {
    return (String) js("return document.getElementById(arguments[0]).previousElementSibling.textContent;", id);
  }

  private static SearchContext root(String id) {
    return driver.findElement(By.id(id)).getShadowRoot();
  }

  private static WebElement awaitFound(String id, String css) {
    return await(60, () -> {
      List<WebElement> found = root(id).findElements(By.cssSelector(css));
      return found.isEmpty() ? null : found.get(0);
    }, element -> element != null);
  }

  private static String awaitOutput(String id, int index, String expected) {
    return await(60, () -> outputText(id, index), text -> text != null && text.contains(expected));
  }

  private static void awaitLabel(String expected) {
    await(60, () -> (String) js("const label = document.getElementById('widgets').shadowRoot"
        + ".querySelector('.outputs .widget-label:not(label)'); return label ? label.textContent : null;"),
        text -> expected.equals(text));
  }

  @Test
  void eachSnippetIsTheCodeThatMadeItsNotebook() {
    openExamples();
    assertTrue(snippet("read").contains("notebook.readOnly = true"), snippet("read"));
    assertTrue(snippet("run").contains("notebook.executor = python"), snippet("run"));
    assertTrue(snippet("shout").contains("toUpperCase()"), snippet("shout"));
    String read = shadowText("read");
    assertTrue(read.contains("A notebook to read") && read.contains("sum(range(10))"), read);
    assertEquals(Boolean.FALSE, js("return !!document.getElementById('read').shadowRoot"
        + ".querySelector('.add-cells').offsetParent;"), "the read-only example offers no cell operations");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void pythonRunsInTheBrowserAndAsksTheReader() {
    openExamples();
    scrollTo("run");
    String output = runAndWait("run", 1, 120);
    assertTrue(output.contains("[0, 1, 4, 9, 16, 25, 36, 49]"), output + " / " + cellNote("run", 1));
    scrollTo("ask");
    clickRun("ask", 0);
    WebElement answer = awaitFound("ask", ".cell[data-index=\"0\"] .input-request input");
    answer.sendKeys("Ada", Keys.ENTER);
    awaitOutput("ask", 0, "Hello, Ada");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void theSliderDrivesThePythonObserver() {
    openExamples();
    scrollTo("widgets");
    clickRun("widgets", 0);
    awaitLabel("3 squared is 9");
    awaitFound("widgets", ".noUi-handle").sendKeys(Keys.ARROW_RIGHT);
    awaitLabel("4 squared is 16");
  }

  @Test
  void thePagesOwnExecutorShoutsTheCellBack() {
    openExamples();
    scrollTo("shout");
    String output = runAndWait("shout", 0, 30);
    assertTrue(output.contains("HELLO, NOTEBOOK!"), output + " / " + cellNote("shout", 0));
    assertEquals("In [1]:", inputPrompt("shout", 0));
  }
}
