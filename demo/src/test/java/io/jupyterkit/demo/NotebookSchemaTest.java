package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What the element saves after running cells with real Pyodide is valid nbformat v4, checked with the official
 * schema (Debian's python3-nbformat, through src/test/python/validate_notebook.py). Every output type is produced:
 * streams, display_data (with a display id, later updated), clear_output, error, execute_result, and a figure (from
 * the matplotlib STAND-IN, see {@link TestPackages}).
 */
class NotebookSchemaTest extends BrowserTestSupport {
  private static final Path ROOT = Path.of(System.getProperty("jupyterkit.root", ".."));

  /** Runs the validator on a notebook's JSON text; returns its exit code and output. */
  static String validate(String notebookJson, Path file) throws IOException, InterruptedException {
    Files.writeString(file, notebookJson, StandardCharsets.UTF_8);
    String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    Process process = new ProcessBuilder(python,
        ROOT.resolve("demo/src/test/python/validate_notebook.py").toString(), file.toString())
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return process.waitFor() + " " + output;
  }

  @Test
  void savedOutputsOfEveryKindAreValidNbformat4() throws Exception {
    openCells("{src: '/pyodide/pyodide.js', lockFileURL: '/test-packages/lock-pyodide.json'}",
        "import sys\nprint('out')\nprint('err', file=sys.stderr)",
        "from IPython.display import display, HTML, Markdown\nh = display(HTML('<b>x</b>'), display_id='d1')\n"
            + "display(Markdown('*m*'), metadata={'note': 1})",
        "h.update(HTML('<i>y</i>'))",
        "from IPython.display import clear_output\nprint('a')\nclear_output(wait=True)\nprint('b')",
        "42",
        "import matplotlib.pyplot as plt\nplt.plot([1, 2])",
        // Last: as in Jupyter, the cells queued behind a failure are not run.
        "1/0");
    js("document.getElementById('nb').runAll();");
    await(120, () -> (Boolean) js("const root = document.getElementById('nb').shadowRoot;"
        + "return root.querySelectorAll('.cell.running, .cell.queued').length === 0"
        + "  && document.getElementById('nb').toJSON().cells[6].outputs.length > 0;"), done -> done);
    String saved = (String) js("return JSON.stringify(document.getElementById('nb').toJSON());");
    assertTrue(saved.contains("<i>y</i>") && saved.contains("ZeroDivisionError") && saved.contains("image/svg+xml"),
        saved);
    Path dir = ROOT.resolve("demo/target/schema-test");
    Files.createDirectories(dir);
    String verdict = validate(saved, dir.resolve("saved.ipynb"));
    assertTrue(verdict.startsWith("0 valid"), verdict);

    // The checker is not blind: the two mistakes the reference makes are caught.
    String withCountOnDisplay = (String) js("const nb = document.getElementById('nb').toJSON();"
        + "nb.cells[1].outputs[0].execution_count = 3; return JSON.stringify(nb);");
    assertTrue(validate(withCountOnDisplay, dir.resolve("count.ipynb")).startsWith("1 invalid"));
    String withoutMetadata = (String) js("const nb = document.getElementById('nb').toJSON();"
        + "delete nb.cells[4].outputs[0].metadata; return JSON.stringify(nb);");
    assertEquals("1", validate(withoutMetadata, dir.resolve("metadata.ipynb")).substring(0, 1));
  }

  /**
   * A notebook edited through the element's API (cells of each type inserted, cells deleted, moved and changed in
   * type, a source replaced) saves as valid nbformat: in 4.5 every cell, new ones too, has a unique id; in 4.4 none
   * has one (that schema forbids it).
   */
  @Test
  void anEditedNotebookIsValidNbformat4() throws Exception {
    Path dir = ROOT.resolve("demo/target/schema-test");
    Files.createDirectories(dir);
    for (int minor : new int[] {5, 4}) {
      driver.get(server.url("/test/blank.html"));
      js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.setAttribute('storage', 'none');"
          + "el.ipynb = {nbformat: 4, nbformat_minor: arguments[0], metadata: {}, cells: ["
          + "  {cell_type: 'code', metadata: {}, execution_count: 3, source: 'print(1)',"
          + "   outputs: [{output_type: 'stream', name: 'stdout', text: '1\\n'}]},"
          + "  {cell_type: 'markdown', metadata: {}, source: '# Title'},"
          + "  {cell_type: 'code', metadata: {}, execution_count: 4, source: '2',"
          + "   outputs: [{output_type: 'execute_result', execution_count: 4, metadata: {}, data: {'text/plain': '2'}}]},"
          + "  {cell_type: 'raw', metadata: {}, source: 'raw'}]"
          + "  .map((c, i) => arguments[0] >= 5 ? Object.assign({id: 'orig-' + i}, c) : c)};"
          + "document.body.appendChild(el);", minor);
      await(10, () -> (Long) js("return document.getElementById('nb').cells.length;"), n -> n == 4);
      String saved = (String) js("const nb = document.getElementById('nb');"
          + "const results = [nb.insertCell(0, 'code', 'x = 1'), nb.insertCell(2, 'markdown', '*new*'),"
          + "  nb.insertCell(99, 'raw', 'appended'), nb.deleteCell(1), nb.deleteCell(2), nb.setCellType(2, 'markdown'),"
          + "  nb.moveCell(0, 4), nb.setCellSource(0, '# Moved up'), nb.insertCell(1, 'code', '')];"
          + "if (results.some(r => r === false || r === -1)) throw new Error('an edit failed: ' + results);"
          + "return JSON.stringify(nb.toJSON());");
      String verdict = validate(saved, dir.resolve("edited-4." + minor + ".ipynb"));
      assertTrue(verdict.startsWith("0 valid"), minor + ": " + verdict + "\n" + saved);
      @SuppressWarnings("unchecked")
      java.util.List<Object> ids = (java.util.List<Object>) js("return JSON.parse(arguments[0]).cells.map(c => c.id);",
          saved);
      assertEquals(6, ids.size(), saved);
      if (minor == 5) {
        assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "unique ids: " + ids);
        assertTrue(ids.stream().allMatch(id -> id instanceof String), ids.toString());
        assertTrue(ids.contains("orig-2") && ids.contains("orig-3") && !ids.contains("orig-0"), "kept ids stay: " + ids);
      } else {
        assertTrue(ids.stream().allMatch(id -> id == null), ids.toString());
      }
      assertEquals("markdown:# Moved up|code:|markdown:2|raw:raw|raw:appended|code:x = 1",
          js("return JSON.parse(arguments[0]).cells.map(c => c.cell_type + ':' + [].concat(c.source).join(''))"
              + ".join('|');", saved));
    }
  }
}
