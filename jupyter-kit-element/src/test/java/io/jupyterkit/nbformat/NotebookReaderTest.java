package io.jupyterkit.nbformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonWriter;
import org.junit.jupiter.api.Test;

class NotebookReaderTest {
  private static final String NOTEBOOK = "{\"nbformat\":4,\"nbformat_minor\":5,"
      + "\"metadata\":{\"kernelspec\":{\"name\":\"python3\"}},\"cells\":["
      + "{\"cell_type\":\"markdown\",\"id\":\"m\",\"metadata\":{},\"source\":[\"# Title\\n\",\"text\"]},"
      + "{\"cell_type\":\"code\",\"id\":\"c\",\"metadata\":{},\"execution_count\":2,\"source\":\"print(1)\","
      + " \"outputs\":[{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":[\"1\\n\"]},"
      + "  {\"output_type\":\"execute_result\",\"execution_count\":2,\"metadata\":{},"
      + "   \"data\":{\"text/plain\":[\"a\\n\",\"b\"]}}]},"
      + "{\"cell_type\":\"raw\",\"metadata\":{},\"source\":\"raw\"}]}";

  @Test
  void cellsOfA45NotebookAreSavedWithValidUniqueIds() {
    Notebook notebook = NotebookReader.read(JsonParser.parse("{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{},"
        + "\"cells\":[{\"cell_type\":\"raw\",\"source\":\"\",\"id\":\"cell-1\"},"
        + "{\"cell_type\":\"raw\",\"source\":\"\"},{\"cell_type\":\"raw\",\"source\":\"\",\"id\":\"cell-1\"},"
        + "{\"cell_type\":\"raw\",\"source\":\"\",\"id\":\"bad id!\"},{\"cell_type\":\"raw\",\"source\":\"\",\"id\":\"keep_me\"}]}"));
    assertNull(notebook.cells().get(1).id(), "reading changes nothing");
    JsonObject saved = NotebookWriter.write(notebook);
    assertEquals("cell-2", saved.getArray("cells").get(1).asObject().getString("id", null));
    assertEquals("cell-1", notebook.cells().get(0).id());
    assertEquals("cell-2", notebook.cells().get(1).id());
    assertEquals("cell-3", notebook.cells().get(2).id(), "a duplicate is renamed");
    assertEquals("cell-4", notebook.cells().get(3).id(), "an id breaking the pattern is replaced");
    assertEquals("keep_me", notebook.cells().get(4).id());
    Notebook older = NotebookReader.read(JsonParser.parse("{\"nbformat\":4,\"nbformat_minor\":4,\"metadata\":{},"
        + "\"cells\":[{\"cell_type\":\"raw\",\"source\":\"\"}]}"));
    NotebookWriter.write(older);
    assertNull(older.cells().get(0).id(), "before 4.5 cells have no ids");
  }

  @Test
  void readsCellsSourcesAndOutputs() {
    Notebook notebook = NotebookReader.read(JsonParser.parse(NOTEBOOK));
    assertEquals(3, notebook.cells().size());
    Cell markdown = notebook.cells().get(0);
    assertEquals(CellType.MARKDOWN, markdown.type());
    assertEquals("# Title\ntext", markdown.source());
    Cell code = notebook.cells().get(1);
    assertEquals(2, code.executionCount());
    assertEquals("1\n", code.outputs().get(0).text());
    assertEquals("a\nb", code.outputs().get(1).dataText("text/plain"));
    assertEquals(CellType.RAW, notebook.cells().get(2).type());
  }

  @Test
  void refusesJsonThatIsNoNotebook() {
    assertThrows(NotebookFormatException.class, () -> NotebookReader.read(JsonParser.parse("[1,2]")));
    NotebookFormatException noCells =
        assertThrows(NotebookFormatException.class, () -> NotebookReader.read(JsonParser.parse("{\"a\":1}")));
    assertTrue(noCells.getMessage().contains("cells"));
  }

  @Test
  void aBadCellBecomesAVisibleStandInAndTheRestStillReads() {
    Notebook notebook = NotebookReader.read(JsonParser.parse("{\"cells\":[42,{\"cell_type\":\"weird\"},"
        + "{\"source\":\"x\"},{\"cell_type\":\"code\",\"source\":\"ok\"},{\"cell_type\":\"raw\",\"source\":7}]}"));
    assertEquals(5, notebook.cells().size());
    assertTrue(notebook.cells().get(4).problem().contains("source is a number"));
    assertEquals(CellType.INVALID, notebook.cells().get(0).type());
    assertTrue(notebook.cells().get(0).problem().contains("not a JSON object"));
    assertTrue(notebook.cells().get(1).problem().contains("\"weird\""));
    assertTrue(notebook.cells().get(2).problem().contains("no cell_type"));
    assertEquals("ok", notebook.cells().get(3).source());
    assertNull(notebook.cells().get(3).executionCount());
  }

  @Test
  void aBadOutputBecomesANoticeOnStderr() {
    Notebook notebook = NotebookReader.read(JsonParser.parse("{\"cells\":[{\"cell_type\":\"code\",\"source\":\"\","
        + "\"outputs\":[\"text\",{\"output_type\":\"pyout\"},{\"output_type\":\"stream\",\"text\":5},"
        + "{\"output_type\":\"display_data\",\"data\":[]}]}]}"));
    Cell cell = notebook.cells().get(0);
    assertEquals(4, cell.outputs().size());
    assertEquals("stderr", cell.outputs().get(0).name());
    assertTrue(cell.outputs().get(1).text().contains("\"pyout\""));
    assertTrue(cell.outputs().get(2).text().contains("text is a number"));
    assertTrue(cell.outputs().get(3).text().contains("data is a list"));
  }

  @Test
  void writesValidV4WithCountsOnlyOnExecuteResults() {
    Notebook notebook = NotebookReader.read(JsonParser.parse(NOTEBOOK));
    notebook.cells().get(1).outputs().add(Output.displayData(new JsonObject(), null));
    JsonObject written = NotebookWriter.write(notebook);
    assertEquals(4, written.getInt("nbformat"));
    JsonObject code = written.getArray("cells").get(1).asObject();
    JsonObject stream = code.getArray("outputs").get(0).asObject();
    JsonObject result = code.getArray("outputs").get(1).asObject();
    JsonObject display = code.getArray("outputs").get(2).asObject();
    assertFalse(stream.has("execution_count"));
    assertEquals(2, result.getInt("execution_count"));
    assertTrue(display.has("metadata"));
    assertFalse(display.has("execution_count"));
    assertEquals("[\"# Title\\n\",\"text\"]",
        JsonWriter.write(written.getArray("cells").get(0).asObject().get("source")));
    Notebook again = NotebookReader.read(JsonParser.parse(JsonWriter.write(written, " ")));
    assertEquals("print(1)", again.cells().get(1).source());
  }
}
