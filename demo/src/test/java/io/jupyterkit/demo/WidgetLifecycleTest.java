package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;

/**
 * What becomes of widget models over a notebook's life, with real Pyodide, real ipywidgets 8 and the real widget
 * front end: a widget closed from Python leaves the screen, the manager and the saved state; a saved widget the
 * reader edits with no kernel is saved as edited; cells run again save only the widgets they show now, and the
 * links between them.
 */
class WidgetLifecycleTest extends BrowserTestSupport {
  private static final String WIDGETS_OPTIONS = "{src: '/pyodide/pyodide.js',"
      + " lockFileURL: '/widgets/pyodide-lock.json', packages: ['ipywidgets']}";
  private static final String SAVED_STATE = "const nb = document.getElementById(arguments[0]).toJSON();"
      + "const saved = nb.metadata.widgets && nb.metadata.widgets['application/vnd.jupyter.widget-state+json'];"
      + "return saved ? saved.state : {};";

  /** What a reader sees of cell {@code index}'s outputs (prompt aside): their text, and the widget views among them. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> shownOutputs(String id, int index) {
    return (Map<String, Object>) js("const cell = document.getElementById(arguments[0]).shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[1] + '\"]');"
        + "const outputs = cell && cell.querySelector('.outputs');"
        + "if (!outputs) return {text: null, views: -1};"
        + "const shown = Array.from(outputs.querySelectorAll('.output')).map((output) => output.innerText.trim());"
        + "return {text: shown.join('\\n'), views: outputs.querySelectorAll('.widget-view > *').length};", id, index);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> savedModels(String id) {
    return (Map<String, Map<String, Object>>) js(SAVED_STATE, id);
  }

  /** The names of the saved models, sorted, each with its description when it has one. */
  private static List<String> savedModelNames(String id) {
    List<String> names = new ArrayList<>();
    for (Map<String, Object> model : savedModels(id).values()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> state = (Map<String, Object>) model.get("state");
      Object description = state.get("description");
      names.add(model.get("model_name") + (description == null || "".equals(description) ? "" : " " + description));
    }
    names.sort(null);
    return names;
  }

  private static void awaitAllRun(String id, int cells, int seconds) {
    await(seconds, () -> (Boolean) js("const el = document.getElementById(arguments[0]);"
        + "return el.shadowRoot.querySelectorAll('.cell.running').length === 0"
        + "  && el.toJSON().cells.slice(0, arguments[1]).every((cell) => cell.execution_count !== null);", id, cells),
        done -> done);
  }

  private static WebElement awaitSliderHandle(String id, int cell) {
    return await(60, () -> driver.findElement(By.id(id)).getShadowRoot()
        .findElements(By.cssSelector(".cell[data-index=\"" + cell + "\"] .noUi-handle")), found -> !found.isEmpty())
        .get(0);
  }

  @Test
  void aWidgetClosedFromPythonUnderRunAllLeavesTheScreenTheManagerAndTheSavedState() {
    driver.manage().logs().get(LogType.BROWSER);
    openCells(WIDGETS_OPTIONS,
        "import ipywidgets as widgets\ns = widgets.IntSlider(value=7, description='closing')\ns",
        "s.close()",
        "kept = widgets.IntSlider(value=3, description='kept')\nkept");
    await(30, () -> outputText("nb", 0), text -> text != null);
    js("document.getElementById('nb').runAll();");
    awaitAllRun("nb", 3, 180);
    // The slider that stays proves the front end has handled everything the kernel sent before it.
    await(60, () -> shownOutputs("nb", 2), shown -> Long.valueOf(1).equals(shown.get("views")));
    assertEquals(Map.of("text", "", "views", 0L), await(60, () -> shownOutputs("nb", 0),
        Map.of("text", "", "views", 0L)::equals), "the closed slider's output shows nothing, as in JupyterLab");
    assertEquals(List.of("IntSliderModel kept", "LayoutModel", "SliderStyleModel"),
        await(10, () -> savedModelNames("nb"), names -> !names.contains("IntSliderModel closing")),
        "the closed slider is neither in the manager nor saved");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void aWidgetClosedFromPythonAfterItsViewIsShownDisappears() {
    driver.manage().logs().get(LogType.BROWSER);
    openCells(WIDGETS_OPTIONS,
        "import ipywidgets as widgets\ns = widgets.IntSlider(value=7, description='closing')\ns",
        "s.close()");
    runAndWait("nb", 0, 180);
    awaitSliderHandle("nb", 0);
    assertEquals(List.of("IntSliderModel closing", "LayoutModel", "SliderStyleModel"),
        await(10, () -> savedModelNames("nb"), names -> names.size() == 3));
    runAndWait("nb", 1, 30);
    assertEquals(Map.of("text", "", "views", 0L), await(30, () -> shownOutputs("nb", 0),
        Map.of("text", "", "views", 0L)::equals), "the closed slider's view is gone");
    assertEquals(List.of(), await(10, () -> savedModelNames("nb"), List::isEmpty), "nothing is left to save");
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void aSavedWidgetEditedWithNoKernelIsSavedAsEdited() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.setAttribute('src', 'widget-state.ipynb'); document.body.appendChild(el);");
    WebElement handle = awaitSliderHandle("nb", 1);
    await(30, () -> (String) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.widget-readout').innerText;"), "42"::equals);
    String savedSlider = "return Object.values(document.getElementById('nb').toJSON().metadata.widgets"
        + "['application/vnd.jupyter.widget-state+json'].state)"
        + ".filter((model) => model.model_name === 'IntSliderModel').map((model) => model.state.value);";
    assertEquals(List.of(42L), js(savedSlider));
    for (long expected = 43; expected <= 45; expected++) {
      handle.sendKeys(Keys.ARROW_RIGHT);
      String readout = String.valueOf(expected);
      await(10, () -> (String) js("return document.getElementById('nb').shadowRoot"
          + ".querySelector('.widget-readout').innerText;"), readout::equals);
      // No waiting here: the saved state is current by the time anything after the change runs.
      assertEquals(List.of(expected), js(savedSlider), "toJSON() right after the slider moved to " + expected);
    }
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void aSavedWidgetWhoseLibraryIsMissingIsSavedAsItWasLoaded() {
    driver.get(server.url("/test/blank.html"));
    ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('widget-state.ipynb').then((response) => response.json()).then((notebook) => {"
        + "  const saved = notebook.metadata.widgets['application/vnd.jupyter.widget-state+json'];"
        + "  saved.state.fancy00000000000000000000000000 = {model_name: 'FancyModel', model_module: 'fancy-widgets',"
        + "    model_module_version: '1.0.0', state: {value: 5, colour: 'teal'}};"
        + "  notebook.cells.push({cell_type: 'code', metadata: {}, execution_count: 3, source: 'fancy', outputs: ["
        + "    {output_type: 'display_data', metadata: {}, data: {'text/plain': 'Fancy(value=5)',"
        + "      'application/vnd.jupyter.widget-view+json': {version_major: 2, version_minor: 0,"
        + "        model_id: 'fancy00000000000000000000000000'}}}]});"
        + "  const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "  el.ipynb = notebook; document.body.appendChild(el); done();"
        + "});");
    WebElement handle = awaitSliderHandle("nb", 1);
    handle.sendKeys(Keys.ARROW_RIGHT);
    await(10, () -> (String) js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('.widget-readout').innerText;"), "43"::equals);
    Map<String, Map<String, Object>> saved = savedModels("nb");
    assertEquals(Map.of("model_name", "FancyModel", "model_module", "fancy-widgets", "model_module_version", "1.0.0",
        "state", Map.of("value", 5L, "colour", "teal")), saved.get("fancy00000000000000000000000000"),
        "the model the front end could not make is saved as it was loaded");
    assertEquals(List.of("FancyModel", "HTMLModel", "HTMLStyleModel", "IntSliderModel saved", "LayoutModel",
        "LayoutModel", "LayoutModel", "SliderStyleModel", "VBoxModel"), savedModelNames("nb"),
        "and no stand-in for it is saved");
  }

  @Test
  void cellsRunAgainSaveOnlyTheWidgetsTheyShowNow() {
    driver.manage().logs().get(LogType.BROWSER);
    openCells(WIDGETS_OPTIONS,
        "import ipywidgets as widgets\ns = widgets.IntSlider(description='plain')\ns",
        "out = widgets.Output()\nwith out:\n    display(widgets.IntSlider(description='inside'))\nout",
        "box = widgets.VBox([widgets.IntSlider(description='boxed'), widgets.Label('in the box')])\nbox");
    for (int run = 0; run < 3; run++) {
      for (int cell = 0; cell < 3; cell++) {
        runAndWait("nb", cell, run == 0 && cell == 0 ? 180 : 30);
      }
    }
    for (int cell = 0; cell < 3; cell++) {
      int index = cell;
      await(60, () -> shownOutputs("nb", index), shown -> ((Long) shown.get("views")) > 0);
    }
    List<String> expected = List.of("IntSliderModel boxed", "IntSliderModel inside", "IntSliderModel plain",
        "LabelModel", "LabelStyleModel", "LayoutModel", "LayoutModel", "LayoutModel", "LayoutModel",
        "LayoutModel", "LayoutModel", "OutputModel", "SliderStyleModel", "SliderStyleModel", "SliderStyleModel",
        "VBoxModel");
    assertEquals(expected, await(30, () -> savedModelNames("nb"), expected::equals),
        "one of each widget shown, with its layout and style, and none of the earlier runs'");
    @SuppressWarnings("unchecked")
    List<String> shownIds = (List<String>) js("return document.getElementById('nb').toJSON().cells"
        + ".flatMap((cell) => cell.outputs)"
        + ".map((output) => output.data && output.data['application/vnd.jupyter.widget-view+json'])"
        + ".filter((view) => view).map((view) => view.model_id);");
    Map<String, Map<String, Object>> saved = savedModels("nb");
    assertEquals(3, shownIds.size());
    assertTrue(saved.keySet().containsAll(shownIds), "the models the outputs show are saved: " + shownIds);
    assertEquals(List.of(), consoleErrors());
  }

  @Test
  void linkedSlidersSavedHereStayLinkedWithNoKernel() {
    driver.manage().logs().get(LogType.BROWSER);
    openCells(WIDGETS_OPTIONS,
        "import ipywidgets as widgets\na = widgets.IntSlider(description='a')\nb = widgets.IntSlider(description='b')\n"
            + "widgets.jslink((a, 'value'), (b, 'value'))\nwidgets.VBox([a, b])");
    runAndWait("nb", 0, 180);
    awaitSliderHandle("nb", 0);
    await(30, () -> savedModelNames("nb"), names -> names.contains("LinkModel"));
    js("const saved = document.getElementById('nb').toJSON();"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'copy';"
        + "el.ipynb = saved; document.body.appendChild(el);");
    WebElement handle = awaitSliderHandle("copy", 0);
    handle.sendKeys(Keys.ARROW_RIGHT);
    assertEquals(List.of("1", "1"), await(10, () -> js("return Array.from(document.getElementById('copy').shadowRoot"
        + ".querySelectorAll('.widget-readout')).map((readout) => readout.innerText);"), List.of("1", "1")::equals),
        "moving one slider moves the one linked to it, as the link was saved");
    assertEquals(List.of(), consoleErrors());
  }
}
