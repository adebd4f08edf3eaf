package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The toolbar above the notebook: its buttons do what they say and it tells the reader what Python is doing. */
class NotebookToolbarTest extends BrowserTestSupport {
  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "const tool = (name) => [...root.querySelectorAll('.toolbar button')].find(b => b.textContent === name);"
        + "return " + expression + ";");
  }

  private static void click(String button) {
    inShadow("tool('" + button + "').click()");
  }

  private static String state() {
    return (String) inShadow("root.querySelector('.kernel-state').textContent");
  }

  /** Every text the kernel state showed, from now on. */
  private static void recordStates() {
    js("window.shownStates = [];"
        + "const state = document.getElementById('nb').shadowRoot.querySelector('.kernel-state');"
        + "window.shownStates.push(state.textContent);"
        + "new MutationObserver(() => window.shownStates.push(state.textContent))"
        + "  .observe(state, {childList: true, characterData: true, subtree: true});");
  }

  @SuppressWarnings("unchecked")
  private static List<String> shownStates() {
    return (List<String>) js("return window.shownStates;");
  }

  @Test
  void runAllClearRestartAndRunAllWithTheKernelStateShown() {
    openCells("{src: '/pyodide/pyodide.js', timeoutMs: 0}", "n = 20", "n + 1");
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == 2);
    recordStates();
    assertEquals("Python not started", state(), "nothing boots before a run");
    click("Run all");
    await(120, () -> outputText("nb", 1), text -> text != null && text.contains("21"));
    await(30, NotebookToolbarTest::state, "Idle"::equals);
    assertTrue(shownStates().stream().anyMatch(text -> text.startsWith("Loading Python")),
        "the boot was shown: " + shownStates());
    click("Clear outputs");
    assertEquals("", outputText("nb", 1));
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').toJSON().cells"
        + ".every(c => c.outputs.length === 0 && c.execution_count === null);"));
    click("Restart and run all");
    await(120, () -> outputText("nb", 1), text -> text != null && text.contains("21"));
    assertEquals("Out [2]:", inShadow("cell(1).querySelector('.output-prompt').textContent").toString().trim(),
        "a fresh interpreter counts from 1 again");
  }

  @Test
  void aFailedBootSaysSoAndRetryTriesAgain() {
    openCells("{src: '/test/missing/pyodide.js', timeoutMs: 0}", "1 + 1");
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == 1);
    click("Run all");
    String failed = await(60, NotebookToolbarTest::state, text -> text.startsWith("Failed:"));
    assertTrue(failed.length() > "Failed: ".length(), failed);
    assertEquals(Boolean.FALSE, inShadow("root.querySelector('.kernel-status button').hidden"), "Retry is offered");
    recordStates();
    inShadow("root.querySelector('.kernel-status button').click()");
    await(60, NotebookToolbarTest::shownStates, shown -> shown.size() >= 3
        && shown.get(shown.size() - 1).startsWith("Failed:"));
    assertTrue(shownStates().stream().anyMatch(text -> text.startsWith("Loading Python")),
        "Retry booted again: " + shownStates());
  }
}
