package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LegacyAndMetadataTest {
  private static Notebook resource(String name) throws IOException {
    try (InputStream in = LegacyAndMetadataTest.class.getResourceAsStream("/notebooks/" + name)) {
      return NotebookReader.read(JsonParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
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
  void languageComesFromMetadataThenTheFallback() {
    assertEquals("python", Languages.of(read("{\"metadata\":{\"language_info\":{\"name\":\"ipython3\"}},\"cells\":[]}"), "r"));
    assertEquals("python", Languages.of(read("{\"metadata\":{\"kernelspec\":{\"name\":\"python3\"}},\"cells\":[]}"), null));
    assertEquals("julia", Languages.of(read("{\"metadata\":{\"kernelspec\":{\"language\":\"Julia\"}},\"cells\":[]}"), null));
    assertEquals("r", Languages.of(read("{\"metadata\":{},\"cells\":[]}"), "R"));
    assertEquals("python", Languages.of(read("{\"cells\":[]}"), null));
    for (String id : new String[] {"python", "python3", "ipython3", "py", "IPython"}) {
      assertEquals("python", Languages.normalise(id), id);
    }
  }

  @Test
  void cellMetadataFlags() {
    Notebook notebook = read("{\"cells\":["
        + "{\"cell_type\":\"code\",\"source\":\"\",\"metadata\":{\"jupyter\":{\"source_hidden\":true}}},"
        + "{\"cell_type\":\"code\",\"source\":\"\",\"metadata\":{\"jupyter\":{\"outputs_hidden\":true},\"scrolled\":true}},"
        + "{\"cell_type\":\"code\",\"source\":\"\",\"metadata\":{\"collapsed\":true,\"scrolled\":\"auto\"}}]}");
    assertTrue(notebook.cells().get(0).sourceHidden());
    assertFalse(notebook.cells().get(0).outputsHidden());
    assertTrue(notebook.cells().get(1).outputsHidden());
    assertTrue(notebook.cells().get(1).scrolled());
    assertTrue(notebook.cells().get(2).outputsHidden());
    assertFalse(notebook.cells().get(2).scrolled());
  }

  private static Notebook read(String json) {
    return NotebookReader.read(JsonParser.parse(json));
  }
}
