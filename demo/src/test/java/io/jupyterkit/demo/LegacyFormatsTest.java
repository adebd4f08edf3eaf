package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * nbformat 1, 2 and 3 files given to the element as text, as a page would fetch them; the conversion itself is
 * tested against nbformat in jupyter-kit-extras' LegacyNotebooksOracleTest, with these same files. The converter is
 * in the extras bundle, which only such notebooks load.
 */
class LegacyFormatsTest extends BrowserTestSupport {
  private static void open(String fixture, int cells) throws IOException {
    Path root = Path.of(System.getProperty("jupyterkit.root", ".."));
    String text = Files.readString(root.resolve("jupyter-kit-extras/src/test/resources/notebooks/" + fixture));
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.ipynb = arguments[0];"
        + "document.body.appendChild(el);", text);
    await(20, () -> (Long) js("const el = document.getElementById('nb');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n == cells);
  }

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  @Test
  void onlyOldNotebooksLoadTheConverter() throws IOException {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'v4';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "  {cell_type: 'markdown', id: 'a', metadata: {}, source: 'current'}]};"
        + "document.body.appendChild(el);");
    await(20, () -> (String) js("const el = document.getElementById('v4');"
        + "return el.shadowRoot && el.shadowRoot.querySelector('.markdown') ? el.shadowRoot.querySelector('.markdown').innerText : null;"),
        text -> text != null && text.contains("current"));
    String loads = "return performance.getEntriesByType('resource')"
        + ".filter(e => e.name.endsWith('/jupyter-kit-extras.mjs')).length;";
    assertEquals(0L, js(loads), "an nbformat 4 notebook does not load the extras bundle");
    String text = Files.readString(Path.of(System.getProperty("jupyterkit.root", ".."))
        .resolve("jupyter-kit-extras/src/test/resources/notebooks/legacy/v2.ipynb"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.ipynb = arguments[0];"
        + "document.body.appendChild(el);", text);
    await(20, () -> (Long) js("const el = document.getElementById('nb');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n == 9);
    assertEquals(1L, js(loads), "an nbformat 2 notebook loads it, once");
    assertTrue(!Files.readString(Path.of(System.getProperty("jupyterkit.root", ".."))
        .resolve("npm/target/package/jupyter-kit.js")).contains("This heading cell's level is"),
        "the main bundle holds no copy of the converter");
  }

  @Test
  void anNbformat1NotebookWithoutANumberIsShown() throws IOException {
    open("legacy/v1-unnumbered.ipynb", 2);
    assertEquals("x = 1\nx + 1\n", inShadow("cell(0).querySelector('.source').textContent"));
    await(15, () -> (String) inShadow("cell(1).innerText"), text -> text.contains("may carry no nbformat number"));
  }

  @Test
  void anNbformat2NotebookShowsItsCellsAndOutputs() throws IOException {
    open("legacy/v2.ipynb", 9);
    assertEquals("A v2 heading", await(15, () -> (String) inShadow("(h => h && h.textContent)(cell(1).querySelector('h3'))"),
        heading -> heading != null));
    assertEquals("a = [1, 2]\na", inShadow("cell(3).querySelector('.source').textContent"), "lines joined with newlines");
    String outputs = await(15, () -> outputText("nb", 4), text -> text != null && text.contains("second line"));
    assertTrue(outputs.contains("first line\nsecond line"), outputs);
    assertTrue(outputText("nb", 5).contains("ZeroDivisionError"), "the v2 traceback is shown");
    assertEquals("A cell of the second worksheet.", ((String) inShadow("cell(8).innerText")).trim());
  }

  @Test
  void whatCannotBeReadIsANoticeAndTheRestIsShown() throws IOException {
    open("legacy-damaged/v3-invalid-json-output.ipynb", 1);
    String outputs = await(15, () -> outputText("nb", 0), text -> text != null && text.contains("still shown"));
    assertTrue(outputs.contains("This notebook has a JSON output that is not valid JSON"), outputs);
  }
}
