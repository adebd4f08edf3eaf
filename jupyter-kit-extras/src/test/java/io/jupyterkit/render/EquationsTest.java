package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The notebook's equation numbers by the AMS rules, from the math the main bundle marks as taking part (see
 * {@link EquationMarks}).
 */
class EquationsTest {
  /** How many numbers the display math of {@code markdown} takes once rendered. */
  private static int countInMarkdown(String markdown) {
    int count = 0;
    for (String tex : EquationMarks.displayMathTakingPart(markdown)) {
      count += Equations.of(tex).count();
    }
    return count;
  }

  private static String numbered(String tex, int first) {
    return Equations.of(tex).numbered(first, new HashMap<>());
  }

  @Test
  void numbersAsAmsTagsDo() {
    assertEquals(1, Equations.of("\\begin{equation}a\\end{equation}").count());
    assertEquals("\\begin{equation*}a\\tag{4}\\end{equation*}", numbered("\\begin{equation}a\\end{equation}", 4));
    assertEquals(0, Equations.of("\\begin{equation*}a\\end{equation*}").count());
    assertEquals(0, Equations.of("x^2").count());
    assertEquals(2, Equations.of("\\begin{align}a&=b\\\\c&=d\\\\\\end{align}").count());
    assertEquals("\\begin{align*}a&=b\\tag{1}\\\\c&=d\\tag{2}\\\\\\end{align*}",
        numbered("\\begin{align}a&=b\\\\c&=d\\\\\\end{align}", 1));
    assertEquals("\\begin{align*}a\\tag{1}\\\\ b \\\\c\\tag{2}\\end{align*}",
        numbered("\\begin{align}a\\\\ b \\nonumber\\\\c\\end{align}", 1));
    assertEquals(1, Equations.of("\\begin{align}a\\tag{A}\\\\b\\end{align}").count());
    assertEquals(1, Equations.of("\\begin{gather}{a\\\\b}\\end{gather}").count());
    assertEquals(1, Equations.of("\\begin{equation}\\begin{split}a&=b\\\\c&=d\\end{split}\\end{equation}").count());
    assertEquals(1, Equations.of("$$\\begin{equation}a\\end{equation}$$".replace("$", "")).count());
    assertEquals(3, countInMarkdown("Some $x$, \\begin{align}a\\\\b\\end{align} and"
        + " $$\\begin{equation}c\\end{equation}$$"));
    assertEquals(0, countInMarkdown("`$$x$$` and \\\\[y \\tag{1}\\\\]"));
    assertEquals(0, countInMarkdown("only $x$ inline"));
    assertFalse(Equations.of("a+b").isNumbered());
    assertTrue(Equations.of("x \\tag{1.1} \\label{one}").isNumbered());
  }

  @Test
  void labelsAndReferencesAcrossTheNotebook() {
    Map<String, String> labels = new HashMap<>();
    Equations first = Equations.of("\\begin{align}a\\label{a}\\\\b\\\\c\\label{c}\\end{align}");
    first.addLabels(1, labels);
    Equations tagged = Equations.of("x\\tag{T}\\label{t}");
    tagged.addLabels(4, labels);
    assertEquals("(1)", labels.get("a"));
    assertEquals("(3)", labels.get("c"));
    assertEquals("(T)", labels.get("t"));
    assertEquals("\\begin{align*}a\\tag{1}\\\\b\\tag{2}\\\\c\\tag{3}\\end{align*}", first.numbered(1, labels));
    assertEquals("\\text{(3)}, \\text{1} and \\text{(???)}",
        Equations.of("\\eqref{c}, \\ref{a} and \\eqref{missing}").numbered(0, labels));
    assertTrue(Equations.of("\\eqref{c}").isNumbered());
  }

  @Test
  void whatTakesPartIsMarkedAsSuch() {
    String[] samples = {"\\begin{equation}a\\end{equation}", "x \\tag{1.1} \\label{one}", "\\eqref{c}",
        "\\ref{a}", "\\begin{align}a\\\\b\\end{align}", "a+b", "x\\tag{T}", "\\begin{equation*}a\\end{equation*}"};
    for (String tex : samples) {
      if (Equations.of(tex).isNumbered()) {
        assertTrue(EquationMarks.mayTakePart(tex), tex);
      }
    }
  }

  @Test
  void badInputStaysFast() {
    StringBuilder dollars = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      dollars.append("{$");
    }
    assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Equations.of("\\begin{align}" + dollars + "\\end{align}"));
  }
}
