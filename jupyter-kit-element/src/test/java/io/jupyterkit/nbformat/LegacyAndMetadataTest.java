package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonParser;
import org.junit.jupiter.api.Test;

class LegacyAndMetadataTest {
  @Test
  void olderFormatsAreUpgradedBeforeTheyAreRead() {
    assertTrue(NotebookReader.needsUpgrade(JsonParser.parse("{\"nbformat\":3,\"worksheets\":[]}").asObject()));
    assertTrue(NotebookReader.needsUpgrade(JsonParser.parse("{\"cells\":[{\"cell_type\":\"text\",\"text\":\"a\"}]}").asObject()),
        "nbformat 1 had no number");
    assertFalse(NotebookReader.needsUpgrade(JsonParser.parse("{\"cells\":[{\"cell_type\":\"code\",\"source\":\"\"}]}").asObject()),
        "a v4 notebook without its number");
    assertFalse(NotebookReader.needsUpgrade(JsonParser.parse("{\"nbformat\":4,\"cells\":[]}").asObject()));
    assertThrows(NotebookFormatException.class, () -> read("{\"nbformat\":2,\"worksheets\":[]}"));
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
