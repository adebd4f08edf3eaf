package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonBoolean;
import io.jupyterkit.json.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: {@link TexFinder} against MathJax's own FindTeX (npm {@code mathjax-full}, the MathJax 3 JupyterLab
 * 4 typesets with, fetched at test time and checked against its pinned integrity, run in Node with JupyterLab's
 * options; never shipped) over hand-written texts and thousands of random ones.
 */
class MathJaxFindTexOracleTest {
  private static final String PACKAGE = "mathjax-full@3.2.2";
  private static final String INTEGRITY =
      "sha512-+LfG9Fik+OuI8SLwsiR02IVdjcnRCy5MufYLi0C3TdMT56L/pjB0alMVGgoWJF8pN9Rc7FESycZB9BMNWIid5w==";
  private static final String[] FILES = {"package/js/input/tex/FindTeX.js", "package/js/core/FindMath.js",
      "package/js/core/MathItem.js", "package/js/util/Options.js", "package/js/util/string.js"};
  private static final int RANDOM_TEXTS = 5000;

  private static final String[] CASES = {
    "$a$ $$b$$ \\(c\\) \\[d\\] \\begin{align}e\\\\f\\end{align}",
    "costs $5 and $10", "\\$5 and \\\\ and \\\\(x\\\\)", "${a$b}$ and $a\\$b$",
    "see \\eqref{e1}, \\ref {e2} and \\refx{e3}", "\\begin {equation} x \\end {equation}",
    "\\begin{a}{\\end{a}}\\end{a}", "$$a$", "\\(never", "\\begin{x}never", "$a\nb$", "",
  };

  @Test
  void findsMathAsMathJaxDoes() throws Exception {
    List<String> corpus = new ArrayList<>(Arrays.asList(CASES));
    Random random = new Random(7);
    String[] alphabet = {"$", "$$", "\\", "\\\\", "{", "}", "(", ")", "[", "]", "\\(", "\\)", "\\[", "\\]",
        "\\$", " ", "\n", "x", "\\begin{align}", "\\end{align}", "\\begin {a}", "\\end{a}", "\\ref{r}", "\\eqref{q}"};
    for (int i = 0; i < RANDOM_TEXTS; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(20);
      for (int k = 0; k < length; k++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      corpus.add(text.toString());
    }
    Path js = NpmOracles.unpack(PACKAGE, INTEGRITY, FILES).resolve("package/js");
    JsonArray expected = JsonParser.parse(NpmOracles.node(NpmOracles.script("mathjax_findtex.cjs"), js,
        JsonArray.ofStrings(corpus).toString())).asArray();
    assertEquals(corpus.size(), expected.size());
    int agreed = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      String ours = pieces(TexFinder.find(corpus.get(i)));
      String theirs = expected.get(i).toString();
      if (ours.equals(theirs)) {
        agreed++;
      } else if (differences.size() < 5) {
        differences.add(JsonArray.ofStrings(Arrays.asList(corpus.get(i))) + ": ours " + ours + ", MathJax's " + theirs);
      }
    }
    assertEquals(corpus.size(), agreed, "agreed on " + agreed + " of " + corpus.size() + ": " + differences);
  }

  /** The pieces in the oracle's form: ["t", text] or ["m", tex, display]. */
  private static String pieces(List<TexFinder.Piece> pieces) {
    JsonArray out = new JsonArray();
    for (TexFinder.Piece piece : pieces) {
      JsonArray item = new JsonArray().add(piece.isMath() ? "m" : "t").add(piece.text());
      if (piece.isMath()) {
        item.add(JsonBoolean.of(piece.display()));
      }
      out.add(item);
    }
    return out.toString();
  }
}
