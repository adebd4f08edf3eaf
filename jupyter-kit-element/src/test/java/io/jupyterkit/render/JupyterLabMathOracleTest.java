package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonValue;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Differential: {@link MathExtractor} against JupyterLab's own {@code removeMath}/{@code replaceMath} (from the
 * npm package {@code @jupyterlab/rendermime}, fetched with {@code npm pack} at test time, checked against its
 * pinned integrity, run in Node; never shipped) over hand-written cases, the demo notebooks' markdown and
 * thousands of random texts made of the characters that matter.
 */
class JupyterLabMathOracleTest {
  private static final String PACKAGE = "@jupyterlab/rendermime@4.6.6";
  private static final String INTEGRITY =
      "sha512-TnHRoG5rdCJf2q0z8PQnt2KMmD4QdiPZEilae7aa48Xc44K0NovHkqmi2Rwjf/PD2+1Zfvjd5coIaEpi6fXasQ==";
  private static final int RANDOM_TEXTS = 5000;

  private static final String[] CASES = {
    "Euler $e^{i\\pi}+1=0$ and $$\\sum_{n=1}^\\infty a_n$$",
    "\\\\(x_1\\\\) and \\\\[y_2\\\\] and \\(z\\) and \\[w\\]",
    "\\begin{align}a&=b\\\\c&=d\\end{align} then \\begin{equation*}x\\end{equation*}",
    "\\begin{Align}x\\end{Align} \\begin{align}never closed",
    "costs \\$5 and \\$10, or \\\\$5 and \\\\$10, or $5 and $10",
    "`$foo` and `$bar` are variables.",
    "``a ` $b$`` $c$ ```x``` $d$",
    "\\`$x$` and a\\``$y$`",
    "```python\nprint('$a$')\n```\n$b$\n~~~\n$c$\n~~~\n~~~~\n$d$\n~~~\n$e$",
    "    ```\n$indented$\n```",
    "````\n$a$\n```\n$b$\n````\n$c$",
    "${a$b}$ and ${unbalanced$ and }$",
    "$a\n\nb$ $c\nd$ $e\n \n f$",
    "$$\na\n$$\n\n$$\nb\n\nc$$",
    "@@0@@ and @@12@@ and @@x@@ with $m$",
    "\\{ $a\\{$ \\} \\$ $b$",
    "a < b & $x < y & z > w$",
    "$\\text{$nested$}$",
    "\\\\\\(odd\\\\\\) \\\\\\\\(even\\\\\\\\)",
    "",
    "no math at all",
  };

  @Test
  void extractsAsJupyterLabDoes() throws Exception {
    List<String> corpus = new ArrayList<>(Arrays.asList(CASES));
    corpus.addAll(demoMarkdown());
    Random random = new Random(11);
    String[] alphabet = {"$", "$$", "\\", "\\\\", "{", "}", "(", ")", "[", "]", "`", "``", "~", "~~~", "\n",
        "\n\n", " ", "x", "\\begin{align}", "\\end{align}", "\\begin{eq*}", "\\end{eq*}", "@@1@@", "&", "<"};
    for (int i = 0; i < RANDOM_TEXTS; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int k = 0; k < length; k++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      corpus.add(text.toString());
    }
    JsonArray expected = jupyterLab(corpus);
    assertEquals(corpus.size(), expected.size());
    int agreed = 0;
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      JsonObject oracle = expected.get(i).asObject();
      MathExtractor ours = MathExtractor.extract(corpus.get(i));
      List<String> math = oracle.get("math").asArray().strings();
      boolean same = ours.text().equals(oracle.get("text").asString()) && ours.math().equals(math)
          && MathExtractor.restore(ours.text(), ours.math()).equals(oracle.get("restored").asString());
      if (same) {
        agreed++;
      } else if (differences.size() < 5) {
        differences.add(JsonArray.ofStrings(Arrays.asList(corpus.get(i))) + " -> ours " + ours.text() + " "
            + ours.math() + ", JupyterLab's " + oracle.get("text").asString() + " " + math);
      }
    }
    assertEquals(corpus.size(), agreed, "agreed on " + agreed + " of " + corpus.size() + ": " + differences);
  }

  /** The markdown cells of the notebooks the demo ships. */
  private static List<String> demoMarkdown() throws Exception {
    List<String> sources = new ArrayList<>();
    File[] notebooks = new File("../demo/src/main/webapp/notebooks").listFiles((dir, name) -> name.endsWith(".ipynb"));
    assertTrue(notebooks != null && notebooks.length > 0, "the demo notebooks are there");
    for (File notebook : notebooks) {
      JsonValue cells = JsonParser.parse(new String(Files.readAllBytes(notebook.toPath()), StandardCharsets.UTF_8))
          .asObject().get("cells");
      if (cells == null) {
        continue;
      }
      for (JsonValue cell : cells.asArray().items()) {
        JsonValue source = cell.asObject().get("source");
        if (source != null && "markdown".equals(cell.asObject().get("cell_type").asString())) {
          sources.add(source.isString() ? source.asString() : String.join("", source.asArray().strings()));
        }
      }
    }
    return sources;
  }

  private static JsonArray jupyterLab(List<String> corpus) throws Exception {
    Path latex = latexModule();
    Path script = NpmOracles.script("jupyterlab_latex.mjs");
    String out = NpmOracles.node(script, latex, JsonArray.ofStrings(corpus).toString());
    return JsonParser.parse(out).asArray();
  }

  /** JupyterLab's lib/latex.js, from the pinned package tarball. */
  private static Path latexModule() throws Exception {
    Path folder = NpmOracles.unpack(PACKAGE, INTEGRITY, "package/lib/latex.js");
    Path module = folder.resolve("latex.mjs");
    if (!Files.exists(module)) {
      Files.copy(folder.resolve("package/lib/latex.js"), module);
    }
    return module.toAbsolutePath();
  }
}
