package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Math in markdown as JupyterLab takes it out and MathJax finds it again, and what takes part in the notebook's
 * equation numbering (which jupyter-kit-extras' EquationsTest checks).
 */
class MathTest {
  /** The extracted text and each piece of math, as {@code text | math0 | math1}. */
  private static String extracted(String markdown) {
    MathExtractor result = MathExtractor.extract(markdown);
    StringBuilder out = new StringBuilder(result.text());
    for (String math : result.math()) {
      out.append(" | ").append(math);
    }
    return out.toString();
  }

  /** What a reader sees of rendered text: math as [I:tex] or [D:tex], the rest as it is. */
  private static String found(String text) {
    StringBuilder out = new StringBuilder();
    for (TexFinder.Piece piece : TexFinder.find(text)) {
      out.append(piece.isMath() ? (piece.display() ? "[D:" : "[I:") + piece.text() + "]" : piece.text());
    }
    return out.toString();
  }

  /** Extraction, a stand-in for the markdown parser's escapes (backslash before punctuation), and finding. */
  private static String pipeline(String markdown) {
    MathExtractor result = MathExtractor.extract(markdown);
    return found(MathExtractor.restore(markdownEscapes(result.text()), result.math()));
  }

  private static String markdownEscapes(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(text.charAt(i + 1)) >= 0) {
        out.append(text.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Test
  void takesOutWhatJupyterLabTakesOut() {
    assertEquals("Euler @@0@@ and @@1@@ | $e^{i\\pi}+1=0$ | $$\\sum_{n=1}^\\infty a_n$$",
        extracted("Euler $e^{i\\pi}+1=0$ and $$\\sum_{n=1}^\\infty a_n$$"));
    assertEquals("@@0@@ @@1@@ | \\\\(x_1\\\\) | \\\\[y_2\\\\]", extracted("\\\\(x_1\\\\) \\\\[y_2\\\\]"));
    assertEquals("@@0@@ | \\begin{align}a&=b\\\\c&=d\\end{align}",
        extracted("\\begin{align}a&=b\\\\c&=d\\end{align}"));
    assertEquals("@@0@@ | \\begin{align*}x\\end{align*}", extracted("\\begin{align*}x\\end{align*}"));
    // Single-backslash \( is markdown's escaped parenthesis: JupyterLab leaves it to the markdown.
    assertEquals("\\(x\\) \\[y\\]", extracted("\\(x\\) \\[y\\]"));
    // Braces must balance before the closing dollar counts.
    assertEquals("@@0@@ | ${a$b}$", extracted("${a$b}$"));
    // Math never runs through a blank line.
    assertEquals("$a\n\nb$", extracted("$a\n\nb$"));
    assertEquals("@@0@@ | $a\nb$", extracted("$a\nb$"));
    // A placeholder-like text comes back as it was.
    MathExtractor literal = MathExtractor.extract("see @@7@@");
    assertEquals("see @@7@@", MathExtractor.restore(literal.text(), literal.math()));
  }

  @Test
  void dollarsInCodeStayMarkdown() {
    assertEquals("`$x$` and @@0@@ | $y$", extracted("`$x$` and $y$"));
    assertEquals("```\n$a_1$\n```\n@@0@@ | $b$", extracted("```\n$a_1$\n```\n$b$"));
    assertEquals("~~~\n$a$ $b$\n~~~\n@@0@@ | $c$", extracted("~~~\n$a$ $b$\n~~~\n$c$"));
    // Two code spans, each with one dollar: neither dollar opens math (JupyterLab's own example).
    assertEquals("`$foo` and `$bar` are variables.", extracted("`$foo` and `$bar` are variables."));
    // A double-backtick span holds single backticks.
    assertEquals("``a ` $b$`` @@0@@ | $c$", extracted("``a ` $b$`` $c$"));
    // A backtick after a backslash does not open a span.
    assertEquals("\\`@@0@@` | $x$", extracted("\\`$x$`"));
    // An unclosed fence is no fence.
    assertEquals("```\n@@0@@ | $a$", extracted("```\n$a$"));
  }

  @Test
  void rendersTheWayJupyterLabRendersIt() {
    assertEquals("Euler [I:e^{i\\pi}+1=0].", pipeline("Euler $e^{i\\pi}+1=0$."));
    assertEquals("[I:x_1] and [D:y_2]", pipeline("\\\\(x_1\\\\) and \\\\[y_2\\\\]"));
    assertEquals("(x) and [y]", pipeline("\\(x\\) and \\[y\\]"));
    assertEquals("[D:\\begin{equation}a_1\\end{equation}]", pipeline("\\begin{equation}a_1\\end{equation}"));
    // Escaping a dollar takes two backslashes in JupyterLab (jupyterlab#8645): one is markdown's.
    assertEquals("costs $5 and $10", pipeline("costs \\\\$5 and \\\\$10"));
    assertEquals("costs [I:5 and ]10", pipeline("costs \\$5 and \\$10"));
    assertEquals("costs [I:5 and ]10", pipeline("costs $5 and $10"));
    assertEquals("a single $ stays", pipeline("a single $ stays"));
  }

  @Test
  void findsMathInRenderedTextAsMathJaxDoes() {
    assertEquals("[I:a] [D:b] [I:c] [D:d]", found("$a$ $$b$$ \\(c\\) \\[d\\]"));
    assertEquals("[I:a\\$b]", found("$a\\$b$"));
    assertEquals("[I:{a$b}]", found("${a$b}$"));
    assertEquals("$5", found("\\$5"));
    assertEquals("\\(x\\)", found("\\\\(x\\\\)"));
    assertEquals("see [I:\\eqref{e1}] and [I:\\ref{e2}]", found("see \\eqref{e1} and \\ref{e2}"));
    assertEquals("[D:\\begin{align}a\\\\b\\end{align}]", found("\\begin{align}a\\\\b\\end{align}"));
    // An opening that never closes is text, and the search goes on after all of it.
    assertEquals("$$a$", found("$$a$"));
    assertEquals("plain", found("plain"));
    assertFalse(TexFinder.find("plain").get(0).isMath());
  }

  @Test
  void badInputStaysFast() {
    StringBuilder backticks = new StringBuilder();
    StringBuilder runs = new StringBuilder();
    StringBuilder dollars = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      backticks.append('`');
      runs.append(i % 7 == 0 ? "``" : "`").append(i % 3 == 0 ? "$" : "a");
      dollars.append("{$");
    }
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      MathExtractor.extract(backticks.toString());
      MathExtractor.extract(runs.toString());
      MathExtractor.extract(dollars.toString());
      TexFinder.find(dollars.toString());
      EquationMarks.displayMathTakingPart("$$\\begin{align}" + dollars + "\\end{align}$$");
    });
  }

  @Test
  void marksWhatMayTakePartInTheNumbering() {
    assertTrue(EquationMarks.mayTakePart("\\begin{equation}a\\end{equation}"));
    assertTrue(EquationMarks.mayTakePart("x \\label{one}"));
    assertTrue(EquationMarks.mayTakePart("see \\eqref{one} and \\ref{two}"));
    assertFalse(EquationMarks.mayTakePart("a+b"));
    assertEquals(List.of("\\begin{align}a\\\\b\\end{align}", "\\begin{equation}c\\end{equation}"),
        EquationMarks.displayMathTakingPart("Some $x$, \\begin{align}a\\\\b\\end{align} and"
            + " $$\\begin{equation}c\\end{equation}$$ and $$y$$"));
    assertEquals(List.of(), EquationMarks.displayMathTakingPart("`$$x \\label{a}$$` code"));
    assertEquals(List.of(), EquationMarks.displayMathTakingPart("only $\\ref{x}$ inline"));
  }
}
