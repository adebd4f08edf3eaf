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
  private static String validate(String notebookJson, Path file) throws IOException, InterruptedException {
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
}
