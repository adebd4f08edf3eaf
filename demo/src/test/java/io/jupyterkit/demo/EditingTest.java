package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** A reader working in a notebook with the keyboard alone, as in JupyterLab, and with the cell toolbar. */
class EditingTest extends BrowserTestSupport {
  /** Opens a notebook of the given cells ("# ..." markdown, the rest code) with no executor. */
  private static void openNotebook(String... sources) {
    driver.get(server.url("/test/blank.html"));
    StringBuilder cells = new StringBuilder();
    for (String source : sources) {
      String type = source.startsWith("#") ? "markdown" : "code";
      cells.append("{cell_type: '").append(type).append("', metadata: {}, source: ").append(jsString(source))
          .append(type.equals("code") ? ", outputs: [], execution_count: null" : "").append("},");
    }
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [" + cells + "]};"
        + "document.body.appendChild(el);");
    await(20, () -> (Long) js("const el = document.getElementById('nb');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), count -> count == sources.length);
  }

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  /** What the saved notebook holds: each cell as "type:source". */
  @SuppressWarnings("unchecked")
  private static List<String> saved() {
    return (List<String>) js("return document.getElementById('nb').toJSON().cells"
        + ".map(c => c.cell_type + ':' + (Array.isArray(c.source) ? c.source.join('') : c.source));");
  }

  private static void clickCell(int index) {
    js("document.getElementById('nb').shadowRoot.querySelector('.cell[data-index=\"' + arguments[0] + '\"]')"
        + ".focus();", index);
  }

  private static long activeIndex() {
    return (Long) inShadow("Number(root.querySelector('.cell.active').dataset.index)");
  }

  @Test
  void commandModeKeysInsertDeleteUndoChangeTypeAndMove() {
    openNotebook("a = 1", "# Title", "b = 2");
    clickCell(0);
    keys("b");
    assertEquals(List.of("code:a = 1", "code:", "markdown:# Title", "code:b = 2"), saved());
    assertEquals(1L, activeIndex(), "the new cell below is active");
    keys("a");
    assertEquals(4L + 1, (long) saved().size());
    assertEquals(1L, activeIndex(), "a inserts above and selects the new cell");
    keys("d", "d");
    keys("d", "d");
    assertEquals(List.of("code:a = 1", "markdown:# Title", "code:b = 2"), saved());
    keys("z");
    assertEquals(4, saved().size(), "z puts back the last deletion");
    keys("z");
    assertEquals(5, saved().size());
    keys("d", "d", "d", "d");
    keys("j");
    assertEquals(2L, activeIndex(), "j moves down");
    keys("k", "k");
    assertEquals(0L, activeIndex());
    keys(Keys.ARROW_DOWN);
    assertEquals(1L, activeIndex(), "arrows move too");
    keys("y");
    assertEquals("code:# Title", saved().get(1), "y makes it code");
    keys("m");
    assertEquals("markdown:# Title", saved().get(1), "m makes it markdown");
    assertEquals("Title", inShadow("cell(1).querySelector('h1').textContent"), "rendered again");
    chord(Keys.ARROW_DOWN, Keys.CONTROL, Keys.SHIFT);
    assertEquals(List.of("code:a = 1", "code:b = 2", "markdown:# Title"), saved(), "moved down");
    assertEquals(2L, activeIndex(), "the moved cell stays active");
    clickCell(0);
    chord(Keys.ARROW_DOWN, Keys.SHIFT);
    assertEquals(2L, (Long) inShadow("root.querySelectorAll('.cell.selected').length"), "Shift-Down extends");
    keys("d", "d");
    assertEquals(List.of("markdown:# Title"), saved(), "both selected cells deleted");
    keys("z");
    assertEquals(List.of("code:a = 1", "code:b = 2", "markdown:# Title"), saved());
    assertEquals(Boolean.TRUE, inShadow("root.activeElement === cell(0) || root.activeElement === cell(1)"),
        "focus stays on a cell, visible");
  }

  @Test
  void enterEditsTypingChangesTheSourceEscapeLeaves() {
    openNotebook("x = 1", "# Heading");
    clickCell(0);
    keys(Keys.ENTER);
    await(10, () -> (Boolean) inShadow("!!cell(0).querySelector('.cm-editor')"), open -> open);
    keys(Keys.END, "0");
    await(5, () -> saved().get(0), text -> text.equals("code:x = 10"));
    keys(Keys.ESCAPE);
    assertEquals(Boolean.TRUE, inShadow("root.activeElement === cell(0)"), "Escape: command mode on the cell");
    keys("j", Keys.ENTER);
    await(10, () -> (Boolean) inShadow("!!cell(1).querySelector('.editor')"), open -> open);
    keys(Keys.END, " two");
    chord(Keys.ENTER, Keys.SHIFT);
    assertEquals("Heading two", inShadow("cell(1).querySelector('h1').textContent"), "running renders markdown");
    assertEquals(List.of("code:x = 10", "markdown:# Heading two", "code:"), saved(),
        "Shift-Enter on the last cell adds one");
    await(10, () -> (Boolean) inShadow("!!cell(2).querySelector('.editor')"), open -> open);
  }

  @Test
  void arrowsLeaveAnEditorAtItsFirstAndLastLineForTheNeighbouringCell() {
    openNotebook("first", "second\nline two");
    clickCell(0);
    keys(Keys.ENTER);
    await(10, () -> (Boolean) inShadow("!!cell(0).querySelector('.cm-editor')"), open -> open);
    keys(Keys.ARROW_DOWN);
    await(10, () -> (Boolean) inShadow("!!root.activeElement.closest('.cell[data-index=\"1\"] .cm-editor')"),
        focused -> focused);
    assertEquals(1L, activeIndex());
    keys(Keys.ARROW_DOWN, Keys.END, "!");
    assertEquals("code:second\nline two!", await(5, () -> saved().get(1), text -> text.endsWith("!")),
        "within the cell the arrows move the cursor");
    keys(Keys.ARROW_UP, Keys.ARROW_UP);
    await(10, () -> (Boolean) inShadow("!!root.activeElement.closest('.cell[data-index=\"0\"] .cm-editor')"),
        focused -> focused);
    keys("?");
    assertEquals("code:first?", await(5, () -> saved().get(0), text -> text.endsWith("?")),
        "coming from below, the cursor is at the end");
  }

  @Test
  void cellsTheModelReadsAheadOfTheViewStillAppear() {
    String[] sources = new String[45];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = "# Cell " + i;
    }
    // runAll() and toJSON() read every cell at once, before the view has read them in its slices.
    openMarkdownCells("el.runAll(); el.toJSON();", sources);
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), count -> count == 45);
    inShadow("cell(44).scrollIntoView()");
    assertEquals("Cell 44", await(20, () -> inShadow("(h => h && h.textContent)(cell(44).querySelector('h1'))"),
        text -> text != null));
  }

  @Test
  void theCellToolbarDoesWhatTheKeysDo() {
    openNotebook("one", "two");
    clickCell(0);
    js("document.getElementById('nb').shadowRoot.querySelector('.cell-toolbar [aria-label=\"Move cell down\"]')"
        + ".click();");
    assertEquals(List.of("code:two", "code:one"), saved());
    js("const select = document.getElementById('nb').shadowRoot.querySelector('.cell-toolbar select');"
        + "select.value = 'markdown'; select.dispatchEvent(new Event('change'));");
    assertEquals(List.of("code:two", "markdown:one"), saved());
    js("document.getElementById('nb').shadowRoot.querySelector('.cell-toolbar [aria-label=\"Delete cell\"]')"
        + ".click();");
    assertEquals(List.of("code:two"), saved());
    js("document.getElementById('nb').shadowRoot.querySelector('.add-cells button').click();");
    assertEquals(List.of("code:two", "code:"), saved());
    assertTrue((Boolean) inShadow("(b => b.width >= 24 && b.height >= 24)(root.querySelector('.cell-toolbar button')"
        + ".getBoundingClientRect())"), "touch targets of at least 24 px");
  }
}
