package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * Live ipywidgets with real Pyodide and real ipywidgets 8 (Debian's packages as wheels, served by the demo) and
 * the real ipywidgets front end: the widgets demo page, driven as a reader would, and saved widget state.
 */
class WidgetsTest extends BrowserTestSupport {
  private static SearchContext notebookRoot() {
    return driver.findElement(By.id("notebook")).getShadowRoot();
  }

  private static WebElement find(int cell, String selector) {
    return notebookRoot().findElement(By.cssSelector(".cell[data-index=\"" + cell + "\"] " + selector));
  }

  private static String text(int cell, String selector) {
    return (String) js("const el = document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"] ' + arguments[1]);"
        + "return el ? el.innerText : null;", cell, selector);
  }

  private static String awaitText(int cell, String selector, String expected) {
    return await(60, () -> text(cell, selector), shown -> shown != null && shown.contains(expected));
  }

  private static void openWidgetsDemo() {
    driver.manage().logs().get(LogType.BROWSER);
    openWithoutDrafts("/widgets.html");
    await(30, () -> text(4, ".input"), source -> source != null);
    js("document.getElementById('notebook').runAll();");
    awaitText(3, ".widget-output", "3 doubled is 6");
    awaitText(4, ".widget-html", "green");
  }

  @Test
  void aSliderChangeRunsThePythonObserverAndUpdatesTheLabel() {
    openWidgetsDemo();
    awaitText(1, ".outputs", "n squared is 25");
    find(1, ".noUi-handle").sendKeys(Keys.ARROW_RIGHT);
    awaitText(1, ".outputs", "n squared is 36");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void aButtonClickPrintsIntoTheOutputWidgetAndInteractFollowsItsSlider() {
    openWidgetsDemo();
    find(2, ".outputs button.jupyter-button").click();
    awaitText(2, ".widget-output", "Hello from Python! (1)");
    find(2, ".outputs button.jupyter-button").click();
    awaitText(2, ".widget-output", "Hello from Python! (2)");
    assertFalse(text(2, ".outputs").contains("Traceback"));
    find(3, ".noUi-handle").sendKeys(Keys.ARROW_RIGHT);
    String output = awaitText(3, ".widget-output", "4 doubled is 8");
    assertFalse(output.contains("3 doubled is 6"), "interact replaces its output on change: " + output);
    new Select(find(4, "select")).selectByVisibleText("blue");
    awaitText(4, ".widget-html", "blue");
  }

  @Test
  void theLiveStateIsSavedWithTheNotebook() {
    openWidgetsDemo();
    find(1, ".noUi-handle").sendKeys(Keys.ARROW_RIGHT);
    awaitText(1, ".outputs", "n squared is 36");
    Object sliderValue = await(10, () -> js("const nb = document.getElementById('notebook').toJSON();"
        + "const saved = nb.metadata.widgets && nb.metadata.widgets['application/vnd.jupyter.widget-state+json'];"
        + "if (!saved) return null;"
        + "const sliders = Object.values(saved.state).filter(m => m.model_name === 'IntSliderModel'"
        + "  && m.state.description === 'n');"
        + "return sliders.length ? sliders[0].state.value : null;"), value -> Long.valueOf(6).equals(value));
    assertEquals(6L, sliderValue);
  }

  @Test
  void savedWidgetStateRendersWithNoKernelAndItsHtmlIsSanitised() {
    driver.get(server.url("/test/blank.html"));
    js("window.widgetXss = 0; const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'notebook';"
        + "el.setAttribute('src', 'widget-state.ipynb'); document.body.appendChild(el);");
    WebElement readout = await(60, () -> {
      List<WebElement> found = notebookRoot().findElements(By.cssSelector(".cell[data-index=\"1\"] .widget-readout"));
      return found.isEmpty() ? null : found.get(0);
    }, element -> element != null);
    assertEquals("42", readout.getText());
    assertEquals("bold", text(1, ".widget-html b.safe"));
    assertEquals(0L, js("return window.widgetXss;"), "no script in saved widget HTML ran");
    assertEquals(0L, js("return document.getElementById('notebook').shadowRoot"
        + ".querySelectorAll('.widget-html [onerror], .widget-html script').length;"));
    assertEquals(true, js("const svg = document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .widget-html svg.mark');"
        + "const use = svg && svg.querySelector('use');"
        + "const target = use && use.getAttribute('href');"
        + "return !!target && target !== '#dot' && svg.querySelector(target) !== null;"),
        "an SVG in a widget's HTML keeps its reference to itself, scoped as every SVG's");
    String ghost = text(2, ".outputs");
    assertTrue(ghost.contains("IntSlider(value=1)") && ghost.contains("run the cell"), ghost);
  }

  @Test
  void malformedCommMessagesAreIgnoredWithAWarningAndTheKernelKeepsWorking() {
    openWidgetsDemo();
    js("const executor = document.getElementById('notebook').executor;"
        + "window.closedByKernel = false;"
        + "const stray = executor.createComm('no-such-target');"
        + "stray.on_close(() => { window.closedByKernel = true; });"
        + "stray.open({});"
        + "executor.createComm('jupyter.widget', 'not-a-model').send({method: 'update', state: {value: 1}});"
        + "window.widgetComms = executor.listComms('jupyter.widget').length;");
    await(20, () -> (Boolean) js("return window.closedByKernel;"), closed -> closed);
    List<String> warnings = await(20, () -> driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(entry -> entry.getMessage()).filter(message -> message.contains("jupyter-kit kernel")).toList(),
        found -> found.size() >= 2);
    assertTrue(warnings.stream().anyMatch(w -> w.contains("no comm target 'no-such-target'")), warnings.toString());
    assertTrue(warnings.stream().anyMatch(w -> w.contains("unknown comm not-a-model")), warnings.toString());
    assertTrue((Long) js("return window.widgetComms;") > 10, "listComms sees the demo's widgets");
    find(1, ".noUi-handle").sendKeys(Keys.ARROW_RIGHT);
    awaitText(1, ".outputs", "n squared is 36");
  }
}
