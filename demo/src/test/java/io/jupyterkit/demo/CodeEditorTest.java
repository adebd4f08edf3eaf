package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The code editor module (vendor/codemirror/codemirror.mjs, CodeMirror 6 from npm) in a notebook's shadow root, as
 * editor.html puts it in place of a cell's source, driven by real key events. Completion and inspection are
 * answered by the page's stand-in kernel (editor-demo.mjs), which records what it was asked in kernelCalls.
 */
class CodeEditorTest extends BrowserTestSupport {
  /** Opens editor.html showing a Python notebook of {@code sources}, highlighted and laid out. */
  private static void showCells(String... sources) {
    driver.get(server.url("/editor.html"));
    await(20, () -> (Boolean) js("return window.editorPageReady === true && !!window.editorDemo;"), ready -> ready);
    String cells = codeCells(sources);
    js("window.loaded = false; const nb = document.getElementById('nb');"
        + "nb.addEventListener('jupyter-load', () => { window.loaded = true; }, {once: true});"
        + "nb.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {language_info: {name: 'python'}}, cells: ["
        + cells + "]};");
    await(20, () -> (Boolean) js("return window.loaded;"), loaded -> loaded);
    // highlight.js rewrites each source once it is on screen: measure after that.
    await(20, () -> (Long) inShadow("[...root.querySelectorAll('pre.source code')].filter("
        + "c => c.textContent && !c.classList.contains('hljs')).length"), pending -> pending == 0);
  }

  private static Object inShadow(String expression) {
    return js("const nb = document.getElementById('nb'); const root = nb.shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  /** Replaces cell {@code index}'s source by an editor ({@code window.ed}), focused, cursor at the end. */
  private static void openEditor(int index, String options) {
    js("window.ed = editorDemo.openEditor(document.getElementById('nb'), " + index + ", " + options + ");"
        + "window.ed.focus(); window.ed.setCursor('end');");
    await(5, () -> (Boolean) js("return window.ed.hasFocus();"), focused -> focused);
  }

  private static String value() {
    return (String) js("return window.ed.value();");
  }

  private static String awaitValue(String expected) {
    return await(5, CodeEditorTest::value, expected::equals);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> kernelCalls() {
    return (List<Map<String, Object>>) js("return window.kernelCalls || [];");
  }

  @SuppressWarnings("unchecked")
  private static List<String> completionLabels() {
    return (List<String>) inShadow("[...root.querySelectorAll('.cm-tooltip-autocomplete li .cm-completionLabel')]"
        + ".map(label => label.textContent)");
  }

  private static String inspectText() {
    return (String) inShadow("(p => p ? p.textContent : null)(root.querySelector('.cm-jk-inspect'))");
  }

  @Test
  void typedTextIsTheDocumentAndBracketsClose() {
    showCells("");
    openEditor(0, "{}");
    keys("x = f(1");
    awaitValue("x = f(1)");
    keys(")");
    assertEquals("x = f(1)", awaitValue("x = f(1)"), "typing the closing bracket steps over the inserted one");
    await(5, () -> (String) js("const changes = window.editorEvents.filter(e => e.type === 'change');"
        + "return changes.length ? changes[changes.length - 1].doc : null;"), "x = f(1)"::equals);
    assertEquals("x = f(1)", inShadow("cell(0).querySelector('.cm-content').textContent"), "and it is on screen");
  }

  @Test
  void enterIndentsAfterABlockOpenerAndTabIndentsWhereThereIsNothingToComplete() {
    showCells("def f():");
    openEditor(0, "{}");
    keys(Keys.ENTER);
    awaitValue("def f():\n    ");
    keys("return 1", Keys.ENTER, Keys.ENTER);
    assertEquals("def f():\n    return 1\n\n    ", awaitValue("def f():\n    return 1\n\n    "),
        "Enter stays in the block (and leaves no spaces on the blank line)");
    chord(Keys.TAB, Keys.SHIFT);
    assertEquals("def f():\n    return 1\n\n", awaitValue("def f():\n    return 1\n\n"), "Shift-Tab dedents");
    keys(Keys.TAB);
    assertEquals("def f():\n    return 1\n\n    ", awaitValue("def f():\n    return 1\n\n    "), "Tab indents");
    assertTrue(kernelCalls().isEmpty(), "indenting asked the kernel nothing: " + kernelCalls());
  }

  @Test
  void tabAfterANameCompletesFromTheKernel() {
    showCells("x = pr");
    openEditor(0, "{}");
    keys(Keys.TAB);
    assertEquals(List.of("print", "property"), await(5, CodeEditorTest::completionLabels, l -> !l.isEmpty()));
    assertEquals(Map.of("type", "complete", "code", "x = pr", "cursorPos", 6L), kernelCalls().get(0));
    keys(Keys.ENTER);
    assertEquals("x = print", awaitValue("x = print"), "Enter accepts the first match");
    await(5, CodeEditorTest::completionLabels, List::isEmpty);

    keys("(); y = pr", Keys.TAB);
    await(5, CodeEditorTest::completionLabels, l -> !l.isEmpty());
    keys(Keys.ARROW_DOWN, Keys.TAB);
    assertEquals("x = print(); y = property", awaitValue("x = print(); y = property"),
        "arrows move in the list and Tab accepts");

    keys("; z = pri", Keys.TAB);
    assertEquals("x = print(); y = property; z = print", awaitValue("x = print(); y = property; z = print"),
        "a single match is inserted at once");

    keys("; w = pr", Keys.TAB);
    await(5, CodeEditorTest::completionLabels, l -> !l.isEmpty());
    keys(Keys.ESCAPE);
    await(5, CodeEditorTest::completionLabels, List::isEmpty);
    assertEquals("x = print(); y = property; z = print; w = pr", value(), "Escape closes the list, text unchanged");
  }

  @Test
  void cursorPositionsAreCodePointsBothWays() {
    // The snake is one code point and two UTF-16 units: a position off by one would cut into the text.
    showCells("s = '\uD83D\uDC0D'; m = math.s");
    openEditor(0, "{}");
    keys(Keys.TAB);
    assertEquals(List.of("sin", "sqrt"), await(5, CodeEditorTest::completionLabels, l -> !l.isEmpty()));
    assertEquals(19L, kernelCalls().get(0).get("cursorPos"), "Jupyter counts the emoji as one");
    keys(Keys.ARROW_DOWN, Keys.ENTER);
    assertEquals("s = '\uD83D\uDC0D'; m = math.sqrt", awaitValue("s = '\uD83D\uDC0D'; m = math.sqrt"));
    assertEquals(22L, js("return window.ed.cursorPosition();"));
    js("window.ed.setCursor(6);");
    keys("!");
    assertEquals("s = '\uD83D\uDC0D!'; m = math.sqrt", awaitValue("s = '\uD83D\uDC0D!'; m = math.sqrt"),
        "setCursor takes code points");
  }

  @Test
  void shiftTabShowsTheKernelsDocumentationUntilEscape() {
    showCells("print");
    openEditor(0, "{keys: {Escape: () => { window.escapes = (window.escapes || 0) + 1; return true; }}}");
    chord(Keys.TAB, Keys.SHIFT);
    String shown = await(5, CodeEditorTest::inspectText, text -> text != null);
    assertTrue(shown.startsWith("Docstring:\nprint(value, ..."), shown);
    assertTrue(shown.contains("Type:      builtin_function_or_method"), shown);
    assertFalse(shown.contains("\u001b") || shown.contains("[0;31m"), "ANSI escapes are stripped: " + shown);
    assertEquals(Map.of("type", "inspect", "code", "print", "cursorPos", 5L), kernelCalls().get(0));
    assertEquals(Boolean.TRUE, inShadow("root.querySelector('.cm-jk-inspect').getBoundingClientRect().height > 20"),
        "the panel is visible");

    keys(Keys.ESCAPE);
    await(5, CodeEditorTest::inspectText, text -> text == null);
    assertEquals(null, js("return window.escapes || null;"), "the first Escape only closed the panel");
    keys(Keys.ESCAPE);
    assertEquals(1L, await(5, () -> js("return window.escapes || null;"), n -> n != null),
        "the page's Escape binding runs when nothing is open");
    assertEquals("print", value());
  }

  @Test
  void aLongInspectionScrollsWithPageDownWhileTheEditorKeepsTheFocus() {
    // Room below the cell: the panel stays inside the notebook element, which clips what it holds.
    showCells("range", "a = 1\nb = 2\nc = 3", "d = 4\ne = 5\nf = 6", "g = 7\nh = 8\ni = 9");
    openEditor(0, "{}");
    chord(Keys.TAB, Keys.SHIFT);
    await(5, CodeEditorTest::inspectText, text -> text != null && text.endsWith("line 60 of a long docstring"));
    String panel = "root.querySelector('.cm-jk-inspect')";
    assertEquals(Boolean.TRUE, inShadow(panel + ".scrollHeight > " + panel + ".clientHeight + 100"), "it scrolls");
    assertEquals(inShadow(panel + ".id"), inShadow("cell(0).querySelector('.cm-content')"
        + ".getAttribute('aria-describedby')"), "the editor is described by the panel");
    keys(Keys.PAGE_DOWN);
    await(5, () -> ((Number) inShadow(panel + ".scrollTop")).doubleValue(), top -> top > 0);
    keys(Keys.PAGE_UP);
    await(5, () -> ((Number) inShadow(panel + ".scrollTop")).doubleValue(), top -> top == 0);
    assertEquals(List.of(true, "range", 5L), js("return [window.ed.hasFocus(), window.ed.value(),"
        + " window.ed.cursorPosition()];"), "the keys went to the panel only");
  }

  @Test
  void keyBindingsComeFirstAndReportWhereTheCursorIs() {
    showCells("a = 1\nb = 2");
    openEditor(0, "{keys: {"
        + "'Shift-Enter': () => { window.ran = (window.ran || 0) + 1; return true; },"
        + "ArrowUp: () => { if (!window.ed.cursorOnFirstLine()) return false; window.leftUp = true; return true; },"
        + "ArrowDown: () => { if (!window.ed.cursorOnLastLine()) return false; window.leftDown = true; return true; }"
        + "}}");
    chord(Keys.ENTER, Keys.SHIFT);
    assertEquals(1L, await(5, () -> js("return window.ran || null;"), n -> n != null));
    assertEquals("a = 1\nb = 2", value(), "a handled key does nothing else");
    assertEquals(List.of(2L, 2L, true, false), js("return [window.ed.cursorLine(), window.ed.lineCount(),"
        + " window.ed.cursorAtEnd(), window.ed.cursorAtStart()];"));
    keys(Keys.ARROW_DOWN);
    assertEquals(Boolean.TRUE, await(5, () -> js("return window.leftDown || null;"), n -> n != null));
    keys(Keys.ARROW_UP);
    await(5, () -> (Long) js("return window.ed.cursorLine();"), line -> line == 1);
    assertEquals(null, js("return window.leftUp || null;"), "ArrowUp on the second line moves the cursor");
    keys(Keys.ARROW_UP);
    assertEquals(Boolean.TRUE, await(5, () -> js("return window.leftUp || null;"), n -> n != null));
  }

  @Test
  void undoRedoAndSetValueKeepTheHistory() {
    showCells("a = 1");
    openEditor(0, "{}");
    keys(" + 2");
    awaitValue("a = 1 + 2");
    chord("z", Keys.CONTROL);
    assertEquals("a = 1", awaitValue("a = 1"));
    new Actions(driver).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("z").keyUp(Keys.SHIFT)
        .keyUp(Keys.CONTROL).perform();
    assertEquals("a = 1 + 2", awaitValue("a = 1 + 2"));
    long changes = (Long) js("return window.editorEvents.filter(e => e.type === 'change').length;");
    js("window.ed.setValue('a = 3 + 2');");
    assertEquals("a = 3 + 2", value());
    chord("z", Keys.CONTROL);
    assertEquals("a = 1 + 2", awaitValue("a = 1 + 2"), "setValue is one undo step");
    assertEquals(changes + 1, (Long) await(5,
        () -> js("return window.editorEvents.filter(e => e.type === 'change').length;"), n -> (Long) n > changes),
        "the undo is reported, setValue was not");
  }

  @Test
  void searchReadOnlyAndDestroy() {
    showCells("alpha = 1\nbeta = alpha");
    openEditor(0, "{readOnly: true}");
    keys("zzz");
    js("window.ed.setCursor(5);");
    keys(Keys.TAB);
    await(5, () -> (Boolean) js("return window.ed.hasFocus();"), focused -> !focused);
    assertEquals(List.of("alpha = 1\nbeta = alpha", true), js("return [window.ed.value(), document.hasFocus()];"));
    assertTrue(kernelCalls().isEmpty(), "Tab in a read-only editor completes nothing, it moves the focus on");
    js("window.ed.focus();");
    chord("f", Keys.CONTROL);
    await(5, () -> (Boolean) inShadow("!!cell(0).querySelector('.cm-search input[name=search]')"), open -> open);
    assertEquals("alpha = 1\nbeta = alpha", value(), "a read-only editor ignores typing");
    js("window.ed.setReadOnly(false); window.ed.focus(); window.ed.setCursor('start');");
    keys("# ");
    awaitValue("# alpha = 1\nbeta = alpha");
    js("editorDemo.closeEditor(window.ed);");
    assertEquals(List.of(0L, false, "# alpha = 1\nbeta = alpha"), inShadow("[cell(0).querySelectorAll('.cm-editor')"
        + ".length, cell(0).querySelector('pre.source').hidden, cell(0).querySelector('pre.source').textContent]"));
  }

  @Test
  void coloursAreTheElementsCustomPropertiesAndFollowItsTheme() {
    showCells("def f():\n    return 'text'  # note");
    openEditor(0, "{}");
    String colours = "(() => {"
        + "  const resolve = (property, css) => { const probe = document.createElement('span');"
        + "    probe.style[property] = css; root.appendChild(probe); const value = getComputedStyle(probe)[property];"
        + "    probe.remove(); return value; };"
        + "  const token = (text) => getComputedStyle([...cell(0).querySelectorAll('.cm-line span')]"
        + "    .find(span => span.textContent === text)).color;"
        + "  return [token('def'), resolve('color', 'var(--jk-code-keyword)'),"
        + "    token(\"'text'\"), resolve('color', 'var(--jk-code-string)'),"
        + "    token('# note'), resolve('color', 'var(--jk-code-comment)'),"
        + "    getComputedStyle(cell(0).querySelector('.cm-editor')).backgroundColor,"
        + "    resolve('backgroundColor', 'var(--jk-input-bg)'),"
        + "    getComputedStyle(cell(0).querySelector('.cm-content')).color, resolve('color', 'var(--jk-fg)')];"
        + "})()";
    @SuppressWarnings("unchecked")
    List<String> light = (List<String>) await(5, () -> inShadow(colours), v -> v != null);
    for (int i = 0; i < light.size(); i += 2) {
      assertEquals(light.get(i + 1), light.get(i), "colour " + i / 2 + " of " + light);
    }
    js("document.getElementById('nb').setAttribute('theme', 'dark');");
    @SuppressWarnings("unchecked")
    List<String> dark = (List<String>) await(5, () -> inShadow(colours), v -> !v.equals(light));
    for (int i = 0; i < dark.size(); i += 2) {
      assertEquals(dark.get(i + 1), dark.get(i), "dark colour " + i / 2 + " of " + dark);
      assertNotEquals(light.get(i), dark.get(i), "colour " + i / 2 + " changed with the theme");
    }
  }

  @Test
  void otherLanguagesAreHighlightedAndUnknownOnesArePlainText() {
    showCells("");
    String keywordColour = "(() => { const probe = document.createElement('span');"
        + " probe.style.color = 'var(--jk-code-keyword)'; root.appendChild(probe);"
        + " const colour = getComputedStyle(probe).color; probe.remove(); return colour; })()";
    String colourOf = "(word => { const span = [...cell(0).querySelectorAll('.cm-line span')]"
        + ".find(s => s.textContent === word); return span ? getComputedStyle(span).color : null; })";
    Object keyword = inShadow(keywordColour);
    String[][] cases = {
      {"r", "f <- function(x) x", "function"},
      {"julia", "function f(x) end", "function"},
      {"sql", "SELECT name FROM t", "SELECT"},
      {"shell", "if true; then echo; fi", "if"},
      {"javascript", "const x = 1", "const"},
      {"markdown", "# Title", " Title"},
    };
    openEditor(0, "{}");
    for (String[] language : cases) {
      js("window.ed.setLanguage(arguments[0]); window.ed.setValue(arguments[1]);", language[0], language[1]);
      Object colour = await(5, () -> inShadow(colourOf + "(" + jsString(language[2]) + ")"), c -> c != null);
      if (language[0].equals("markdown")) {
        assertEquals(inShadow("(() => { const probe = document.createElement('span');"
            + " probe.style.color = 'var(--jk-code-title)'; root.appendChild(probe);"
            + " const colour = getComputedStyle(probe).color; probe.remove(); return colour; })()"), colour,
            "a markdown heading has the title colour");
      } else {
        assertEquals(keyword, colour, language[0] + ": " + language[2] + " is a keyword");
      }
    }
    js("window.ed.setLanguage('klingon'); window.ed.setValue('function if SELECT');");
    assertEquals(0L, await(5, () -> (Long) inShadow("cell(0).querySelectorAll('.cm-line span').length"), n -> n == 0),
        "an unknown language is plain text");
  }

  /**
   * Where the read-only view of cell {@code index} draws its first character, its source box and the next cell,
   * then the same for the editor that replaced it: {boxTop, boxLeft, boxHeight, charTop, charLeft, charHeight,
   * nextCellTop} each.
   */
  private static final String GEOMETRY = "((box, text, next) => {"
      + "  const b = box.getBoundingClientRect();"
      + "  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, "
      + "      {acceptNode: (n) => n.data.replace(/\\u200b/g, '').length ? 1 : 3});"
      + "  const first = walker.nextNode(); let c = null;"
      + "  if (first) { const range = document.createRange(); range.setStart(first, 0); range.setEnd(first, 1);"
      + "    c = range.getBoundingClientRect(); }"
      + "  return [b.top, b.left, b.height, c ? c.top : -1, c ? c.left : -1, c ? c.height : -1,"
      + "    next ? next.getBoundingClientRect().top : -1];"
      + "})";

  @SuppressWarnings("unchecked")
  private static List<Number> readOnlyGeometry(int index) {
    return (List<Number>) inShadow(GEOMETRY + "(cell(" + index + ").querySelector('pre.source'),"
        + " cell(" + index + ").querySelector('pre.source code'), cell(" + (index + 1) + "))");
  }

  @SuppressWarnings("unchecked")
  private static List<Number> editorGeometry(int index) {
    return (List<Number>) inShadow(GEOMETRY + "(cell(" + index + ").querySelector('.code-editor'),"
        + " cell(" + index + ").querySelector('.cm-content'), cell(" + (index + 1) + "))");
  }

  private static void assertSameGeometry(List<Number> expected, List<Number> actual, String what) {
    String[] names = {"box top", "box left", "box height", "first character top", "first character left",
      "first character height", "next cell top"};
    for (int i = 0; i < names.length; i++) {
      double difference = Math.abs(expected.get(i).doubleValue() - actual.get(i).doubleValue());
      assertTrue(difference <= 1, what + ": " + names[i] + " moved by " + difference + " px (read-only "
          + expected + ", editor " + actual + ")");
    }
  }

  @Test
  void theEditorTakesThePlaceOfTheReadOnlySourceWithoutMovingAnything() {
    String[] sources = {
      "import math\n\ndef area(radius):\n    return math.pi * radius ** 2  # comment\n\nprint(area(2))",
      "",
      "x = 1\n",
      "values = [len(s) for s in ('a', 'bb')]",
      "print(" + "'a word', ".repeat(40) + "'the last')  # wrapped as the read-only view wraps it",
      "end",
    };
    showCells(sources);
    for (int i = 0; i < sources.length - 1; i++) {
      List<Number> before = readOnlyGeometry(i);
      openEditor(i, i == 4 ? "{lineWrapping: true}" : "{}");
      assertSameGeometry(before, editorGeometry(i), "cell " + i + " " + jsString(sources[i]));
      assertEquals(sources[i], value());
    }
    // Typing inside a line or moving the focus away changes nothing either.
    List<Number> open = editorGeometry(4);
    js("window.ed.setCursor(3);");
    keys("y");
    awaitValue("priynt" + sources[4].substring("print".length()));
    List<Number> typed = editorGeometry(4);
    assertEquals(open.get(2).doubleValue(), typed.get(2).doubleValue(), 1, "box height after typing");
    js("window.ed.box.getRootNode().activeElement.blur();");
    assertSameGeometry(open, editorGeometry(4), "cell 4 after blur");
  }

  /**
   * axe's serious and critical findings on the page. The completion list and the inspect panel are left out of
   * its scrollable-region rule: the editor keeps the focus and drives them (the list as a combobox's listbox,
   * aria-activedescendant naming the chosen option and the arrows moving it, as WAI-ARIA recommends; the panel as
   * the editor's aria-describedby, scrolled by PageDown and PageUp), which axe cannot see; the tests check that
   * wiring instead.
   */
  private static List<String> seriousViolations() {
    return seriousAxeViolations("^<(ul[^>]* role=\"listbox\"|div[^>]* class=\"[^\"]*\\bcm-jk-inspect\\b)");
  }

  @Test
  void anEditorWithItsPopupsOpenHasNoSeriousAccessibilityViolationsInEitherTheme() {
    for (String theme : new String[] {"light", "dark"}) {
      showCells("print(len('abc'))\nx = pr");
      js("document.getElementById('nb').setAttribute('theme', arguments[0]);", theme);
      openEditor(0, "{}");
      keys(Keys.TAB);
      await(5, CodeEditorTest::completionLabels, l -> !l.isEmpty());
      assertEquals(List.of("listbox", "true", "print"), inShadow("(() => { const input = cell(0)"
          + ".querySelector('.cm-content'); const option = root.getElementById(input.getAttribute("
          + "'aria-activedescendant')); return [option.parentElement.getAttribute('role'),"
          + " option.getAttribute('aria-selected'), option.querySelector('.cm-completionLabel').textContent]; })()"),
          "the editor names the chosen option to assistive technology");
      assertEquals(List.of(), seriousViolations(), theme + ", completion list open");
      keys(Keys.ESCAPE);
      js("window.ed.setCursor(5);");
      chord(Keys.TAB, Keys.SHIFT);
      await(5, CodeEditorTest::inspectText, text -> text != null);
      assertEquals(List.of(), seriousViolations(), theme + ", inspect panel open");
    }
  }
}
