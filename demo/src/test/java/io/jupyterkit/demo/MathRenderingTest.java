package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Math as a JupyterLab reader sees it: the delimiters JupyterLab recognises in markdown, display math centred and
 * numbered (1), (2), … across the whole notebook with labels and references, renumbered as cells render late,
 * change or go, and math in ipywidgets (HTMLMath, descriptions) with real ipywidgets in real Pyodide.
 */
class MathRenderingTest extends BrowserTestSupport {
  private static final String WIDGETS_OPTIONS = "{src: '/pyodide/pyodide.js',"
      + " lockFileURL: '/widgets/pyodide-lock.json', packages: ['ipywidgets']}";

  /** Opens the blank page with a notebook of markdown cells whose sources are {@code sources}. */
  private static void openMarkdown(String... sources) {
    openMarkdownCells("", sources);
  }

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  /** The equation numbers shown, in the order they stand in the notebook. */
  @SuppressWarnings("unchecked")
  private static List<String> tags() {
    return (List<String>) inShadow("[...root.querySelectorAll('.math.display .katex-html .katex-tag .mord.text')]"
        + ".map(t => t.textContent)");
  }

  /** What the references (inline math) of cell {@code index} show. */
  @SuppressWarnings("unchecked")
  private static List<String> references(int index) {
    return (List<String>) inShadow("[...cell(" + index + ").querySelectorAll('.math.inline .katex-html')]"
        + ".map(t => t.textContent)");
  }

  private static List<String> awaitTags(List<String> expected) {
    return await(20, MathRenderingTest::tags, expected::equals);
  }

  @Test
  void markdownMathIsFoundAsJupyterLabFindsIt() {
    openMarkdown("Inline \\\\(a_1\\\\), display \\\\[b_2\\\\] and $c_3$; an escaped \\(paren\\) stays text;"
        + " money \\\\$5 and \\\\$6; `$code$` and `\\begin{equation}x\\end{equation}` too.");
    await(20, () -> (Long) inShadow("cell(0).querySelectorAll('.katex').length"), n -> n == 3);
    assertEquals(List.of("a_1", "c_3"), inShadow("[...cell(0).querySelectorAll('.math.inline annotation')]"
        + ".map(a => a.textContent)"));
    assertEquals("b_2", inShadow("cell(0).querySelector('.math.display annotation').textContent"));
    String text = (String) inShadow("cell(0).querySelector('.markdown, .rendered, p').innerText");
    assertTrue(text.contains("an escaped (paren) stays text; money $5 and $6;"), text);
    assertEquals(List.of("$code$", "\\begin{equation}x\\end{equation}"),
        inShadow("[...cell(0).querySelectorAll('code')].map(c => c.textContent)"));
    // Display math is a centred block (MathJax's display), inline math sits on the baseline of its line.
    assertEquals(List.of("block", "center"), inShadow("(s => [s.display, s.textAlign])"
        + "(getComputedStyle(cell(0).querySelector('.math.display')))"));
    Number offCentre = (Number) inShadow("(d => { const box = d.getBoundingClientRect();"
        + " const math = d.querySelector('.katex-html .katex-base').getBoundingClientRect();"
        + " return Math.abs((math.left + math.right) / 2 - (box.left + box.right) / 2); })"
        + "(cell(0).querySelector('.math.display'))");
    assertTrue(offCentre.doubleValue() < 2, "display math is centred, off by " + offCentre);
    assertEquals(Boolean.TRUE, inShadow("(d => d.offsetWidth === d.clientWidth && d.offsetHeight === d.clientHeight)"
        + "(cell(0).querySelector('.math.display'))"), "no scroll bar on display math that fits");
    assertEquals("baseline", inShadow("getComputedStyle(cell(0).querySelector('.math.inline')).verticalAlign"));
  }

  @Test
  void equationsAreNumberedAcrossTheNotebookAndReferencesResolve() {
    openMarkdown(
        "\\begin{equation}E = mc^2 \\label{energy}\\end{equation}",
        "\\begin{align}a &= b \\\\ c &= d \\nonumber \\\\ e &= f\\end{align}",
        "$$x \\tag{A}$$ and $$\\begin{equation*}y\\end{equation*}$$ by \\eqref{energy} and \\ref{later}, not"
            + " \\eqref{nowhere}.",
        "Some text, then $$\\begin{equation}z \\label{later}\\end{equation}$$");
    awaitTags(List.of("(1)", "(2)", "(3)", "(A)", "(4)"));
    await(20, () -> references(2), List.of("(1)", "4", "(???)")::equals);
    // Each number is at the right edge of its row, the equation itself centred.
    Number tagRight = (Number) inShadow("(d => d.getBoundingClientRect().right"
        + " - d.querySelector('.katex-tag').getBoundingClientRect().right)(cell(0).querySelector('.math.display'))");
    assertTrue(Math.abs(tagRight.doubleValue()) < 2, "the number sits at the right edge: " + tagRight);

    // Deleting, editing and moving cells renumbers everything after them.
    js("document.getElementById('nb').deleteCell(0);");
    awaitTags(List.of("(1)", "(2)", "(A)", "(3)"));
    await(20, () -> references(1), List.of("(???)", "3", "(???)")::equals);
    js("document.getElementById('nb').insertCell(0, 'markdown',"
        + " '\\\\begin{gather}p \\\\label{energy}\\\\\\\\ q\\\\end{gather}');");
    awaitTags(List.of("(1)", "(2)", "(3)", "(4)", "(A)", "(5)"));
    await(20, () -> references(2), List.of("(1)", "5", "(???)")::equals);
    js("document.getElementById('nb').moveCell(3, 0);");
    awaitTags(List.of("(1)", "(2)", "(3)", "(4)", "(5)", "(A)"));
    await(20, () -> references(3), List.of("(2)", "1", "(???)")::equals);
    js("document.getElementById('nb').setCellSource(0, '\\\\begin{align}a \\\\\\\\ b \\\\\\\\ c\\\\end{align}');");
    awaitTags(List.of("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(A)"));
    await(20, () -> references(3), List.of("(4)", "???", "(???)")::equals);
  }

  @Test
  void cellsRenderedLateKeepTheirPlaceInTheNumbering() {
    String[] cells = new String[400];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = "Equation " + (i + 1) + " of many, padded to take some room on screen.\n\n"
          + "\\begin{equation}x_{" + i + "} = " + i + "\\end{equation}\n\nMore text under it.";
    }
    openMarkdown(cells);
    await(20, () -> (Long) inShadow("root.querySelectorAll('.cell').length"), n -> n == 400);
    // Far below the first screen, math is typeset once the reader gets there, numbered as if read from the top.
    inShadow("cell(350).scrollIntoView()");
    await(30, () -> (String) inShadow("(t => t && t.textContent)(cell(350).querySelector('.katex-tag .mord.text'))"),
        "(351)"::equals);
    inShadow("cell(120).scrollIntoView()");
    await(30, () -> (String) inShadow("(t => t && t.textContent)(cell(120).querySelector('.katex-tag .mord.text'))"),
        "(121)"::equals);
    // Every equation on the notebook's DOM shows the number of its place.
    assertEquals(Boolean.TRUE, inShadow("[...root.querySelectorAll('.math.display[data-typeset]')].every(m =>"
        + " m.querySelector('.katex-tag .mord.text').textContent === '(' + (+m.closest('.cell').dataset.index + 1) + ')')"));
  }

  @Test
  void widgetsTypesetTheirMath() {
    openCells(WIDGETS_OPTIONS, "import ipywidgets as w\n"
        + "display(w.HTMLMath(value=r'Area $\\pi r^2$ and $$\\int_0^1 x\\,dx$$ of <b>bold</b>'))\n"
        + "w.FloatSlider(description=r'$\\alpha$')");
    clickRun("nb", 0);
    String html = await(120, () -> (String) inShadow("(m => m && [...m.querySelectorAll('annotation')]"
        + ".map(a => a.textContent).join(' | '))(cell(0).querySelector('.widget-htmlmath-content'))"),
        shown -> shown != null && !shown.isEmpty() && shown.contains("x"));
    assertEquals("\\pi r^2 | \\int_0^1 x\\,dx", html);
    assertEquals("bold", inShadow("cell(0).querySelector('.widget-htmlmath-content b').textContent"));
    assertEquals(Boolean.TRUE, inShadow("cell(0).querySelector('.widget-htmlmath-content .math.display"
        + " .katex-display') !== null"));
    String label = await(30, () -> (String) inShadow("(a => a && a.textContent)"
        + "(cell(0).querySelector('.widget-slider .widget-label annotation'))"), "\\alpha"::equals);
    assertEquals("\\alpha", label);
    assertEquals(List.of(), consoleErrors());
  }
}
