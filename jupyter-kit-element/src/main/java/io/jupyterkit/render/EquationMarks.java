package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * What the main bundle marks for the notebook's equation numbering, which the extras bundle does (its
 * {@code Equations} reads the AMS rules): every element taking part carries {@link #ATTRIBUTE}, in document order,
 * either a math span (its TeX in {@code data-tex}) or markdown not yet rendered, which holds the display math it
 * will show under {@link #DISPLAY_MATH} so that the cells after it are numbered right meanwhile. The checks here
 * are cheap and err on the side of taking part: the numbering decides what counts.
 */
public final class EquationMarks {
  /** Marks an element taking part in the numbering. */
  public static final String ATTRIBUTE = "data-equations";
  /** Property of not yet rendered markdown: the TeX of its display math that may take part (a JS array). */
  public static final String DISPLAY_MATH = "__jupyterKitDisplayMath";

  private EquationMarks() {}

  /**
   * Whether the math {@code tex} may take numbers, carry a label or refer to one: only an environment, a
   * {@code \label}, an {@code \eqref} or a {@code \ref} can.
   */
  public static boolean mayTakePart(String tex) {
    return tex.contains("\\begin") || tex.contains("\\label") || tex.contains("ref");
  }

  /** The display math of {@code markdown} once rendered that {@linkplain #mayTakePart may take part}. */
  public static List<String> displayMathTakingPart(String markdown) {
    List<String> found = new ArrayList<>();
    // Display math needs $$, \\[ or an environment: most markdown is spared the search.
    if (!markdown.contains("$$") && !markdown.contains("\\begin") && !markdown.contains("\\\\[")) {
      return found;
    }
    MathExtractor extracted = MathExtractor.extract(markdown);
    for (int i = 0; i < extracted.math().size(); i++) {
      String restored = MathExtractor.restore(MathExtractor.placeholder(i), extracted.math());
      for (TexFinder.Piece piece : TexFinder.find(restored)) {
        if (piece.isMath() && piece.display() && mayTakePart(piece.text())) {
          found.add(piece.text());
        }
      }
    }
    return found;
  }
}
