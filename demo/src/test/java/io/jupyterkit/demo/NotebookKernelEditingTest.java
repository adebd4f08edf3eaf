package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Editing cells of a notebook that runs on real Pyodide: the editor appears only on focus without moving the code,
 * the run keys run what was typed, Tab completes a name the kernel knows and Shift-Tab shows its documentation.
 */
class NotebookKernelEditingTest extends BrowserTestSupport {
  private static final String OPTIONS = "{src: '/pyodide/pyodide.js', timeoutMs: 0}";

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  private static void edit(int index) {
    inShadow("cell(" + index + ").focus()");
    keys(Keys.ENTER);
    await(30, () -> (Boolean) inShadow("root.activeElement && !!root.activeElement.closest('.cell[data-index=\""
        + index + "\"] .cm-editor')"), focused -> focused);
  }

  private static String awaitOutput(int index, String expected) {
    return await(120, () -> outputText("nb", index), text -> text != null && text.contains(expected));
  }

  @Test
  void theEditorComesOnFocusWithoutMovingTheCodeAndTheRunKeysRunWhatWasTyped() {
    openCells(OPTIONS, "my_variable = 6 * 7\nmy_variable", "");
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == 2);
    assertEquals(0L, inShadow("root.querySelectorAll('.cm-editor').length"), "no editor before a reader asks");
    List<?> before = (List<?>) inShadow("(r => [r.top, r.height])(cell(0).querySelector('.source-box')"
        + ".getBoundingClientRect())");
    edit(0);
    List<?> after = (List<?>) inShadow("(r => [r.top, r.height])(cell(0).querySelector('.source-box')"
        + ".getBoundingClientRect())");
    for (int i = 0; i < 2; i++) {
      double shift = Math.abs(((Number) before.get(i)).doubleValue() - ((Number) after.get(i)).doubleValue());
      assertTrue(shift <= 1, "the editor takes the code's place without moving it: " + before + " -> " + after);
    }
    chord(Keys.ENTER, Keys.CONTROL);
    awaitOutput(0, "42");
    assertEquals(Boolean.TRUE, inShadow("!!root.activeElement.closest('.cell[data-index=\"0\"]')"),
        "Ctrl-Enter stays on the cell");
    edit(1);
    keys("my_v", Keys.TAB);
    await(60, () -> (String) js("return [].concat(document.getElementById('nb').toJSON().cells[1].source).join('');"),
        source -> "my_variable".equals(source));
    keys(" + 1");
    chord(Keys.ENTER, Keys.SHIFT);
    awaitOutput(1, "43");
    assertEquals(3L, inShadow("root.querySelectorAll('.cell').length"), "Shift-Enter on the last cell added one");
    await(10, () -> (Boolean) inShadow("!!root.activeElement.closest('.cell[data-index=\"2\"] .cm-editor')"),
        focused -> focused);
    keys("len");
    chord(Keys.TAB, Keys.SHIFT);
    String documentation = await(60, () -> (String) inShadow(
        "(p => p ? p.textContent : null)(root.querySelector('.cm-jk-inspect'))"), text -> text != null);
    assertTrue(documentation.contains("Return the number of items in a container"), documentation);
    keys(Keys.ESCAPE);
    await(5, () -> (Boolean) inShadow("!root.querySelector('.cm-jk-inspect')"), closed -> closed);
    keys(Keys.ESCAPE);
    assertEquals(Boolean.TRUE, inShadow("root.activeElement === cell(2)"), "the second Escape: command mode");
  }

  @Test
  void altEnterRunsAndInsertsACellToEditAndUndoWorksInTheEditor() {
    openCells(OPTIONS, "print('alt')");
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == 1);
    edit(0);
    chord(Keys.ENTER, Keys.ALT);
    awaitOutput(0, "alt");
    assertEquals(2L, inShadow("root.querySelectorAll('.cell').length"));
    await(10, () -> (Boolean) inShadow("!!root.activeElement.closest('.cell[data-index=\"1\"] .cm-editor')"),
        focused -> focused);
    keys("abc");
    chord("z", Keys.CONTROL);
    await(5, () -> (String) js("return [].concat(document.getElementById('nb').toJSON().cells[1].source).join('');"),
        source -> source.isEmpty());
  }
}
