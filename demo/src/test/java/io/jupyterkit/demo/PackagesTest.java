package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Packages with real Pyodide: the {@code packages} option, {@code autoloadImports}, {@code lockFileURL},
 * {@code figureFormats}, and failures shown in the cell and in onStatus. matplotlib and micropip are STAND-INs
 * served from a test lock file (see {@link TestPackages}); numpy is Pyodide's real lock entry, whose wheel an
 * offline copy of Pyodide does not have.
 */
class PackagesTest extends BrowserTestSupport {
  private static final String LOCK = "lockFileURL: '/test-packages/lock-pyodide.json'";

  private static String figureMarkup(int index) {
    return (String) js("const cell = document.getElementById('nb').shadowRoot"
        + ".querySelector('.cell[data-index=\"' + arguments[0] + '\"] .outputs');"
        + "const parts = [];"
        + "for (const host of cell.querySelectorAll('*')) { if (host.shadowRoot) parts.push(host.shadowRoot.innerHTML); }"
        + "for (const img of cell.querySelectorAll('img')) parts.push('img ' + img.naturalWidth + 'x' + img.naturalHeight);"
        + "return parts.join('\\n');", index);
  }

  @Test
  void thePackagesOptionInstallsFromTheLockFileBeforeAnyCellAndAgainAfterRestart() {
    openCells("{src: '/pyodide/pyodide.js', " + LOCK + ", packages: ['matplotlib'], autoloadImports: false}",
        "import matplotlib\nmatplotlib.STAND_IN");
    assertTrue(runAndWait("nb", 0, 90).contains("True"));
    List<String> statuses = statuses();
    int installing = statuses.indexOf("installing: matplotlib");
    assertTrue(installing > 0 && installing < statuses.indexOf(statuses.stream()
        .filter(s -> s.startsWith("ready")).findFirst().orElseThrow()), statuses.toString());
    assertFalse(statuses.stream().anyMatch(s -> s.startsWith("error")), statuses.toString());
    js("document.getElementById('nb').restart();");
    assertTrue(runAndWait("nb", 0, 90).contains("True"), "packages are installed again after a restart");
    assertEquals(2L, statuses().stream().filter(s -> s.equals("installing: matplotlib")).count());
  }

  @Test
  void aCellsImportsAreInstalledFirstAndOpenFiguresAreShownInEachFormat() {
    openCells("{src: '/pyodide/pyodide.js', " + LOCK + ", figureFormats: ['png', 'svg']}",
        "import matplotlib.pyplot as plt\nplt.plot([1, 4, 9])\nprint('plotted')",
        "plt.get_fignums()");
    String output = runAndWait("nb", 0, 90);
    assertTrue(output.contains("plotted"), output);
    assertTrue(statuses().contains("installing: matplotlib"), statuses().toString());
    String figure = figureMarkup(0);
    assertTrue(figure.contains("points=\"0,1 1,4 2,9\"") || figure.contains("img 3x3"), figure);
    assertEquals(List.of("image/png", "image/svg+xml", "text/plain"), js("return Object.keys("
        + "document.getElementById('nb').toJSON().cells[0].outputs.find(o => o.output_type === 'display_data').data)"
        + ".sort();"));
    assertTrue(runAndWait("nb", 1, 30).contains("[]"), "figures are closed once shown");
  }

  @Test
  void svgIsTheDefaultFigureFormat() {
    openCells("{src: '/pyodide/pyodide.js', " + LOCK + "}",
        "%pip install matplotlib\nimport matplotlib.pyplot as plt\nplt.plot([5, 6])\nplt.show()");
    String output = runAndWait("nb", 0, 90);
    assertTrue(output.contains("Installed matplotlib"), output);
    assertTrue(figureMarkup(0).contains("points=\"0,5 1,6\""), figureMarkup(0));
    assertEquals(List.of("image/svg+xml", "text/plain"), js("return Object.keys("
        + "document.getElementById('nb').toJSON().cells[0].outputs.find(o => o.output_type === 'display_data').data)"
        + ".sort();"));
  }

  @Test
  void failuresAreShownInTheCellAndReportedAndMicropipInstallsTheRest() {
    openCells("{src: '/pyodide/pyodide.js', " + LOCK + ", packages: ['numpy', 'tinylib', 'missing-lib']}",
        "import tinylib\ntinylib.INSTALLED_BY",
        "import numpy");
    String first = runAndWait("nb", 0, 90);
    assertTrue(first.contains("The packages option could not be fully honoured")
        && first.contains("Could not install numpy") && first.contains("Could not install missing-lib"), first);
    // One line per package: the download that failed with its URL and status, micropip's error without its hints.
    assertTrue(first.lines().anyMatch(line -> line.startsWith("Could not install numpy: could not download "
        + server.url("/pyodide/numpy-")) && line.endsWith(".whl (HTTP 404 Not Found)")), first);
    assertTrue(first.lines().anyMatch(line -> line.equals(
        "Could not install missing-lib: micropip: Can't find a pure Python 3 wheel for: 'missing-lib'")), first);
    assertFalse(first.contains("See:"), first);
    assertTrue(first.contains("'micropip stand-in'"), "micropip installed what the lock does not have: " + first);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("error: Could not install numpy: could not download "
        + server.url("/pyodide/numpy-"))), statuses().toString());
    String second = runAndWait("nb", 1, 60);
    assertTrue(second.contains("Could not install numpy") && second.contains("ModuleNotFoundError"), second);
    assertFalse(second.contains("fully honoured"), "the start-up notice is shown once: " + second);
  }
}
