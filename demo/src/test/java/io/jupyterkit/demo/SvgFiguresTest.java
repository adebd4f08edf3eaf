package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * Real matplotlib SVG figures, made at test time by Debian's python3-matplotlib: matplotlib draws every glyph, tick
 * and marker as a {@code <use>} of its {@code <defs>}, and two figures define the same ids. The reader must see each
 * figure's own title and tick labels, also with both figures in one HTML output (one shadow root).
 */
class SvgFiguresTest extends BrowserTestSupport {
  private static final String FIGURES = String.join("\n",
      "import io, json, matplotlib",
      "matplotlib.use('Agg')",
      "import matplotlib.pyplot as plt",
      "svgs = []",
      "for title, ys in (('Rising line', [1, 2, 4, 8]), ('Falling line', [9, 5, 2, 0])):",
      "    fig, ax = plt.subplots(figsize=(4, 3))",
      "    ax.plot([0, 1, 2, 3], ys, marker='o')",
      "    ax.set_title(title)",
      "    out = io.StringIO()",
      "    fig.savefig(out, format='svg')",
      "    plt.close(fig)",
      "    svgs.append(out.getvalue())",
      "print(json.dumps(svgs))");

  private static List<String> svgs;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void drawFigures() throws IOException, InterruptedException {
    Process python = new ProcessBuilder("/usr/bin/python3", "-c", FIGURES).redirectErrorStream(false).start();
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, python.waitFor(), "matplotlib drew the figures: " + err);
    svgs = (List<String>) new Json().toType(out, List.class);
    assertTrue(svgs.get(0).contains("<use xlink:href=\"#DejaVuSans-"), "the figure draws its glyphs with <use>");
  }

  private static Map<String, Object> output(String mimeType, String data) {
    return Map.of("output_type", "display_data", "metadata", Map.of(), "data", Map.of(mimeType, data, "text/plain",
        "<Figure size 400x300 with 1 Axes>"));
  }

  /** Cell 0: each figure as an image/svg+xml output; cell 1: both figures in one HTML output. */
  private static void openFigures() {
    String inline = svgs.get(0).substring(svgs.get(0).indexOf("<svg")) + svgs.get(1).substring(svgs.get(1).indexOf("<svg"));
    Map<String, Object> notebook = Map.of("nbformat", 4, "nbformat_minor", 5, "metadata", Map.of(), "cells", List.of(
        Map.of("cell_type", "code", "metadata", Map.of(), "execution_count", 1, "source", "plt.show()",
            "outputs", List.of(output("image/svg+xml", svgs.get(0)), output("image/svg+xml", svgs.get(1)))),
        Map.of("cell_type", "code", "metadata", Map.of(), "execution_count", 2, "source", "HTML(both)",
            "outputs", List.of(output("text/html", inline)))));
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.ipynb = JSON.parse(arguments[0]);"
        + "document.body.appendChild(el);", new Json().toJson(notebook));
    await(20, () -> (Long) js("const root = document.getElementById('nb').shadowRoot;"
        + "return root ? root.querySelectorAll('.cell').length : 0;"), n -> n == 2);
    awaitSanitised("nb", 0, 20);
    awaitSanitised("nb", 1, 20);
  }

  /**
   * For each figure on screen (outermost svg): how many {@code <use>} it has, how many of them do not resolve to an
   * element of that same figure, its title and x tick labels as read from the glyphs drawn (matplotlib names each
   * glyph after its code point, {@code DejaVuSans-52} is R), whether every glyph drawn has a size on screen, and
   * whether each clip path is the figure's own.
   */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> figures() {
    return (List<Map<String, Object>>) js(""
        + "const figures = [];"
        + "for (const host of document.getElementById('nb').shadowRoot.querySelectorAll('.output.svg, .output.html')) {"
        + "  const root = host.shadowRoot;"
        + "  for (const svg of root.querySelectorAll('svg')) {"
        + "    if (svg.parentElement && svg.parentElement.closest('svg')) continue;"
        + "    const own = (ref) => { const t = ref && ref.startsWith('#') ? root.getElementById(ref.slice(1)) : null;"
        + "      return t && svg.contains(t) ? t : null; };"
        + "    const target = (u) => own(u.getAttribute('href') || u.getAttribute('xlink:href'));"
        + "    const uses = [...svg.querySelectorAll('use')];"
        + "    const read = (g) => [...g.querySelectorAll('use')].map(u => { const t = target(u);"
        + "      return t ? String.fromCodePoint(parseInt(t.id.split('DejaVuSans-').pop(), 16)) : '?'; }).join('');"
        + "    const texts = [...svg.querySelectorAll('g[id*=\"text_\"]')];"
        + "    const glyphs = texts.flatMap(g => [...g.querySelectorAll('use')])"
        + "      .filter(u => target(u) && !target(u).id.endsWith('DejaVuSans-20'));"
        + "    figures.push({uses: uses.length, unresolved: uses.filter(u => !target(u)).length, sample: uses.filter(u => !target(u)).slice(0, 2).map(u => u.outerHTML).join(' '),"
        + "      title: read(texts[texts.length - 1]),"
        + "      xticks: [...svg.querySelectorAll('g[id*=\"xtick_\"] g[id*=\"text_\"]')].map(read),"
        + "      glyphs: glyphs.length, undrawn: glyphs.filter(u => !(u.getBBox().width > 0)).length,"
        + "      clipped: [...svg.querySelectorAll('[clip-path]')].every(e =>"
        + "        own(e.getAttribute('clip-path').slice(4, -1)) !== null),"
        + "      clips: svg.querySelectorAll('[clip-path]').length,"
        + "      ids: [...svg.querySelectorAll('[id]')].map(e => e.id)});"
        + "  }"
        + "}"
        + "return figures;");
  }

  @Test
  void everyGlyphTickAndTitleOfEachFigureIsDrawnFromItsOwnDefinitions() {
    openFigures();
    List<Map<String, Object>> figures = figures();
    assertEquals(4, figures.size(), "two figures as SVG outputs, two inside one HTML output");
    List<String> titles = List.of("Rising line", "Falling line", "Rising line", "Falling line");
    for (int i = 0; i < figures.size(); i++) {
      Map<String, Object> figure = figures.get(i);
      assertTrue((Long) figure.get("uses") > 30, "glyphs and markers are drawn as <use>: " + figure.get("uses"));
      assertEquals(0L, figure.get("unresolved"), "every <use> resolves inside its own figure: " + figure.get("sample"));
      assertEquals(titles.get(i), figure.get("title"), "the title the reader sees");
      assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0"), figure.get("xticks"), "tick labels");
      assertTrue((Long) figure.get("glyphs") > 20, "text is drawn: " + figure.get("glyphs"));
      assertEquals(0L, figure.get("undrawn"), "every glyph has a size on screen");
      assertTrue((Long) figure.get("clips") > 0, "the plot is clipped to its axes");
      assertEquals(Boolean.TRUE, figure.get("clipped"), "clip paths are the figure's own");
    }
    List<Object> allIds = new java.util.ArrayList<>();
    for (Map<String, Object> figure : figures) {
      allIds.addAll((List<?>) figure.get("ids"));
    }
    assertEquals(allIds.size(), new java.util.HashSet<>(allIds).size(), "no id is defined twice");
  }
}
