package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonWriter;
import io.jupyterkit.notebook.NotebookModel;
import org.junit.jupiter.api.Test;

class KernelInfoTest {
  private static final String LANGUAGE_INFO = "{\"name\":\"python\",\"version\":\"3.12.1\","
      + "\"mimetype\":\"text/x-python\",\"file_extension\":\".py\","
      + "\"codemirror_mode\":{\"name\":\"ipython\",\"version\":3},\"pygments_lexer\":\"ipython3\","
      + "\"nbconvert_exporter\":\"python\"}";

  private static JsonObject reply(String implementation) {
    return JsonParser.parse("{\"status\":\"ok\",\"protocol_version\":\"5.3\",\"implementation\":\""
        + implementation + "\",\"language_info\":" + LANGUAGE_INFO + ",\"banner\":\"b\",\"help_links\":[]}")
        .asObject();
  }

  @Test
  void thePyodideKernelsInfoBecomesTheSavedLanguageInfoAndKernelspec() {
    Notebook notebook = NotebookReader.read(JsonParser.parse("{\"nbformat\":4,\"nbformat_minor\":5,"
        + "\"metadata\":{\"kernelspec\":{\"name\":\"python3\",\"display_name\":\"Python 3 (ipykernel)\","
        + "\"language\":\"python\"},\"title\":\"kept\"},\"cells\":[]}"));
    NotebookModel model = new NotebookModel(notebook, NotebookModel.CellSource.of(new java.util.ArrayList<>()));
    assertTrue(model.recordKernelInfo(reply("pyodide")));
    JsonObject metadata = NotebookWriter.write(model.notebook()).getObject("metadata");
    assertEquals(LANGUAGE_INFO, JsonWriter.write(metadata.get("language_info")));
    assertEquals("{\"display_name\":\"Python (Pyodide)\",\"language\":\"python\",\"name\":\"python\"}",
        JsonWriter.write(metadata.get("kernelspec")));
    assertEquals("kept", metadata.getString("title", null));
    assertFalse(model.recordKernelInfo(reply("pyodide")), "the same reply again changes nothing");
  }

  @Test
  void anotherKernelsInfoLeavesTheKernelspecAndABrokenReplyChangesNothing() {
    JsonObject metadata = JsonParser.parse("{\"kernelspec\":{\"name\":\"python3\",\"display_name\":\"P\"}}")
        .asObject();
    assertTrue(KernelInfo.record(metadata, reply("ipython")));
    assertEquals("python3", metadata.getObject("kernelspec").getString("name", null));
    assertEquals("3.12.1", metadata.getObject("language_info").getString("version", null));
    JsonObject empty = new JsonObject();
    assertFalse(KernelInfo.record(empty, JsonParser.parse("{\"status\":\"error\"}").asObject()));
    assertFalse(KernelInfo.record(empty, JsonParser.parse("{\"status\":\"ok\",\"language_info\":{}}").asObject()));
    assertFalse(KernelInfo.record(empty, null));
    assertEquals(0, empty.size());
  }
}
