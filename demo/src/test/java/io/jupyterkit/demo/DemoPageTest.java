package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The demo page as a visitor sees it: the notebook renders, Run answers with real Pyodide, no console errors. */
class DemoPageTest extends BrowserTestSupport {
  private static final String NOTEBOOK = "notebook";

  private void openDemo() {
    driver.get(server.url("/"));
    await(20, () -> (Long) js("const el = document.getElementById('notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), count -> count == 6);
  }

  @Test
  void notebookRendersWithItsSavedOutputsAndNoConsoleErrors() {
    openDemo();
    String text = shadowText(NOTEBOOK);
    assertTrue(text.contains("This notebook runs in your browser."), text);
    assertTrue(text.contains("import sys; print(\"hi\")"), text);
    assertTrue(text.contains("Out [3]:") && text.contains("'shown before anything runs'"), text);
    assertTrue(text.contains("A raw cell: shown as it is."), text);
    assertEquals(4, ((Long) js("return document.getElementById('notebook').shadowRoot"
        + ".querySelectorAll('button.run').length;")).intValue(), "one Run button per code cell");
    assertEquals(java.util.List.of(), consoleErrors());
  }

  @Test
  void runShowsPythonsAnswerProducedByPyodide() {
    openDemo();
    String output = runAndWait(NOTEBOOK, 1, 60);
    assertTrue(output.startsWith("hi") && output.contains("(3, 12)"), output);
    assertTrue(output.contains("Out [1]:"), output);
    String prompt = (String) js("return document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"] .input-prompt').textContent;");
    assertEquals("In [1]:", prompt);
    assertEquals(java.util.List.of(), consoleErrors());
  }

  @Test
  void anErrorShowsAnIpythonStyleTraceback() {
    openDemo();
    String output = runAndWait(NOTEBOOK, 4, 60);
    assertTrue(output.contains("ZeroDivisionError: division by zero"), output);
    assertTrue(output.contains("Cell In[1], line 4"), output);
    assertTrue(output.contains("return a / b"), output);
    assertTrue(!output.contains("jupyterkit_kernel"), output);
  }

  @Test
  void streamsAndResultsOfALoopArriveInOrder() {
    openDemo();
    String output = runAndWait(NOTEBOOK, 2, 60);
    assertTrue(output.indexOf("step 0 total 0") < output.indexOf("step 4 total 10"), output);
    assertTrue(output.trim().endsWith("10"), output);
  }
}
