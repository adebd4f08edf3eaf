package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class LegacyUpgradeTest {
  private static Notebook resource(String name) throws IOException {
    return LegacyNotebooksOracleTest.oursRead(Paths.get("src/test/resources/notebooks", name));
  }

  @Test
  void nbformat3IsReadIntoTheV4Model() throws IOException {
    Notebook notebook = resource("v3.ipynb");
    assertEquals(4, notebook.cells().size());
    assertEquals("## Section title", notebook.cells().get(0).source(), "heading level kept");
    assertEquals(CellType.MARKDOWN, notebook.cells().get(0).type());
    Cell code = notebook.cells().get(2);
    assertEquals("print('a')\n1 + 1", code.source());
    assertEquals(4, code.executionCount());
    assertTrue(code.outputsHidden(), "v3 collapsed hides outputs");
    assertEquals("stdout", code.outputs().get(0).name());
    assertEquals(OutputType.EXECUTE_RESULT, code.outputs().get(1).type());
    assertEquals(4, code.outputs().get(1).executionCount());
    assertEquals("<b>2</b>", code.outputs().get(1).dataText("text/html"));
    assertEquals("iVBORw0KGgo=", code.outputs().get(2).dataText("image/png"));
    assertEquals(OutputType.ERROR, code.outputs().get(3).type());
    assertEquals(CellType.RAW, notebook.cells().get(3).type());
    assertEquals("python", Languages.of(notebook, null), "a v3 notebook records no language: Python");
    assertEquals(4, NotebookWriter.write(notebook).getInt("nbformat"), "written back as v4");
  }

  @Test
  void whatCannotBeReadIsMarkedForTheReader() throws IOException {
    Notebook notebook = resource("legacy-damaged/v3-heading-level-text.ipynb");
    boolean invalid = false;
    for (Cell cell : notebook.cells()) {
      invalid |= cell.type() == CellType.INVALID && cell.problem().startsWith("This heading cell's level is");
    }
    assertTrue(invalid, "the converter's reason reaches the reader");
    Notebook json = resource("legacy-damaged/v3-invalid-json-output.ipynb");
    boolean notice = false;
    for (Cell cell : json.cells()) {
      for (Output output : cell.outputs()) {
        notice |= output.isReaderNotice() && output.text().startsWith("[jupyter-kit] This notebook has a JSON output");
      }
    }
    assertTrue(notice, "the converter's notice stays a notice");
  }
}
