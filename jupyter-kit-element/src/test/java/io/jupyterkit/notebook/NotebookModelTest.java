package io.jupyterkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Notebook;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookModelTest {
  private final List<String> events = new ArrayList<>();

  private NotebookModel model(String... sources) {
    List<Cell> cells = new ArrayList<>();
    for (String source : sources) {
      boolean markdown = source.startsWith("#");
      cells.add(new Cell(markdown ? CellType.MARKDOWN : CellType.CODE, source, null));
    }
    NotebookModel model = new NotebookModel(new Notebook(new JsonObject(), 5), NotebookModel.CellSource.of(cells));
    model.setListener(new NotebookModel.Listener() {
      @Override
      public void cellRead(CellState cell) {
        events.add("read " + cell.index());
      }

      @Override
      public void cellsInserted(int index, List<CellState> inserted) {
        events.add("+" + index + "x" + inserted.size());
      }

      @Override
      public void cellsRemoved(int index, List<CellState> removed) {
        events.add("-" + index + "x" + removed.size());
      }

      @Override
      public void changed() {
        events.add("changed");
      }
    });
    return model;
  }

  private static String sources(NotebookModel model) {
    model.readAll();
    StringBuilder text = new StringBuilder();
    for (CellState cell : model.readCells()) {
      text.append(text.length() == 0 ? "" : ",").append(cell.cell().source());
      assertSame(cell.cell(), model.notebook().cells().get(cell.index()), "the saved notebook follows the model");
    }
    return text.toString();
  }

  private static JupyterMessage message(String type, String parent, JsonObject content) {
    return new JupyterMessage("m", type, parent, content, null);
  }

  @Test
  void cellsAreReadOnlyWhenAskedFor() {
    NotebookModel model = model("a", "b", "c");
    assertEquals(3, model.size());
    assertEquals(0, model.readCount());
    assertEquals("b", model.cell(1).cell().source());
    assertEquals(2, model.readCount());
    assertEquals("[read 0, read 1]", events.toString(), "whoever reads, listeners hear of each cell");
    assertFalse(model.isDirty(), "reading is not a change");
    assertNull(model.cell(3));
  }

  @Test
  void insertDeleteAndUndoKeepOrderAndIndices() {
    NotebookModel model = model("a", "b", "c");
    CellState inserted = model.insert(1, CellType.MARKDOWN);
    assertEquals("a,,b,c", sources(model));
    assertEquals(1, inserted.index());
    assertEquals(2, model.cell(2).index());
    assertTrue(model.isDirty());
    List<CellState> removed = model.delete(2, 1);
    assertEquals(2, removed.size());
    assertEquals("a,c", sources(model));
    assertEquals(1, model.cell(1).index());
    assertEquals(1, model.undoDelete());
    assertEquals("a,,b,c", sources(model));
    assertSame(inserted, model.cell(1), "undo puts back the same cells, outputs and all");
    assertFalse(model.canUndoDelete());
    assertEquals(-1, model.undoDelete());
  }

  @Test
  void insertingBeyondWhatIsReadReadsFirst() {
    NotebookModel model = model("a", "b", "c");
    model.insert(3, CellType.CODE).cell().setSource("d");
    assertEquals("a,b,c,d", sources(model));
  }

  @Test
  void moveUpAndDownStopsAtTheEnds() {
    NotebookModel model = model("a", "b", "c", "d");
    assertTrue(model.move(1, 2, -1));
    assertEquals("b,c,a,d", sources(model));
    assertFalse(model.move(0, 0, -1));
    assertTrue(model.move(0, 1, 2));
    assertEquals("a,d,b,c", sources(model));
    assertFalse(model.move(2, 3, 1));
    assertEquals(3, model.cell(3).index());
  }

  @Test
  void changingTypeKeepsSourceAndIdAndDropsOutputsOfCode() {
    NotebookModel model = model("x = 1");
    CellState code = model.cell(0);
    code.cell().setId("keep");
    code.cell().outputs().add(Output.stream("stdout", "1"));
    CellState markdown = model.changeType(0, CellType.MARKDOWN);
    assertEquals(CellType.MARKDOWN, markdown.type());
    assertEquals("x = 1", markdown.cell().source());
    assertEquals("keep", markdown.cell().id());
    assertTrue(markdown.cell().outputs().isEmpty());
    assertSame(markdown.cell(), model.notebook().cells().get(0));
    assertSame(markdown, model.changeType(0, CellType.MARKDOWN));
    assertEquals(CellType.CODE, model.changeType(0, CellType.CODE).type());
  }

  @Test
  void codeOrdinalsFollowMoves() {
    NotebookModel model = model("a", "# title", "b");
    model.readAll();
    CellState b = model.cell(2);
    assertEquals(2, model.codeOrdinal(b));
    model.move(2, 2, -2);
    assertEquals(1, model.codeOrdinal(b));
  }

  @Test
  void editsMakeItDirtyAndTellListeners() {
    NotebookModel model = model("a");
    CellState cell = model.cell(0);
    model.edited(cell, "a");
    assertFalse(model.isDirty(), "the same text is no edit");
    model.edited(cell, "ab");
    assertTrue(model.isDirty());
    assertEquals("ab", cell.cell().source());
    model.markClean();
    assertFalse(model.isDirty());
    assertTrue(events.contains("changed"));
  }

  @Test
  void messagesRouteToTheCellAndDisplayUpdatesReachEveryCell() {
    NotebookModel model = model("display", "update");
    CellState first = model.cell(0);
    CellState second = model.cell(1);
    List<String> runs = new ArrayList<>();
    model.setRunListener(new NotebookModel.RunListener() {
      @Override
      public void kernelStatus(String executionState) {
        runs.add(executionState);
      }

      @Override
      public void runStarted(CellState cell) {
        runs.add("start " + cell.index());
      }

      @Override
      public void runFinished(CellState cell, String status) {
        runs.add("end " + cell.index() + " " + status);
      }

      @Override
      public void runAborted(CellState cell, String reason) {
        runs.add("aborted " + cell.index() + " " + reason);
      }
    });
    first.cell().outputs().add(Output.stream("stdout", "old"));
    model.runQueued(first, "r1");
    assertEquals(1, first.cell().outputs().size(), "queued: the old outputs stay");
    JsonObject transientId = new JsonObject().put("display_id", "d");
    model.apply(first, message(MessageTypes.DISPLAY_DATA, "r1", new JsonObject()
        .put("data", new JsonObject().put("text/plain", "v1")).put("transient", transientId)), null);
    assertEquals(1, first.cell().outputs().size(), "started: replaced");
    model.apply(first, message(MessageTypes.EXECUTE_REPLY, "r1", new JsonObject().put("status", "ok")
        .put("execution_count", 1)), null);
    assertEquals(Integer.valueOf(1), first.cell().executionCount());
    model.runQueued(second, "r2");
    model.apply(second, message(MessageTypes.UPDATE_DISPLAY_DATA, "r2", new JsonObject()
        .put("data", new JsonObject().put("text/plain", "v2")).put("transient", transientId)), null);
    assertEquals("v2", first.cell().outputs().get(0).data().getString("text/plain", ""));
    List<String> answers = new ArrayList<>();
    model.apply(second, message(MessageTypes.INPUT_REQUEST, "r2", new JsonObject().put("prompt", "Name? ")),
        answers::add);
    assertEquals("Name? ", second.inputPrompt());
    second.answerInput("Ada");
    assertEquals("[Ada]", answers.toString());
    assertNull(second.inputPrompt());
    model.apply(second, message(MessageTypes.STATUS, "r2", new JsonObject().put("execution_state", "idle")), null);
    model.runQueued(first, "r3");
    model.apply(first, message(MessageTypes.EXECUTE_REPLY, "r3", new JsonObject().put("status", "aborted")
        .put("reason", "Python was restarted")), null);
    assertEquals("Not run: Python was restarted.", first.note());
    assertEquals(1, first.cell().outputs().size(), "an aborted run keeps the outputs");
    assertEquals("[start 0, end 0 ok, start 1, idle, aborted 0 Python was restarted]", runs.toString());
  }

  @Test
  void clearAllOutputsClearsCountsToo() {
    NotebookModel model = model("a", "# t");
    CellState code = model.cell(0);
    code.cell().outputs().add(Output.stream("stdout", "x"));
    code.cell().setExecutionCount(3);
    model.clearAllOutputs();
    assertTrue(code.cell().outputs().isEmpty());
    assertNull(code.cell().executionCount());
  }

  @Test
  void runningABlankCellClearsItAsJupyterLabDoes() {
    NotebookModel model = model(" \n\t", "x = 1", "# t");
    CellState blank = model.cell(0);
    blank.cell().outputs().add(Output.stream("stdout", "old"));
    blank.cell().setExecutionCount(4);
    assertTrue(model.clearIfBlank(blank));
    assertTrue(blank.cell().outputs().isEmpty());
    assertNull(blank.cell().executionCount());
    CellState code = model.cell(1);
    code.cell().setExecutionCount(2);
    assertFalse(model.clearIfBlank(code));
    assertEquals(Integer.valueOf(2), code.cell().executionCount());
  }

  @Test
  void selectionExtendsFromItsAnchorAndStaysInside() {
    Selection selection = new Selection();
    selection.select(2, 5);
    selection.extend(1, 5);
    selection.extend(1, 5);
    assertEquals(2, selection.first());
    assertEquals(4, selection.last());
    selection.extend(5, 5);
    assertEquals(4, selection.active());
    selection.move(-10, 5);
    assertEquals(0, selection.first());
    assertEquals(0, selection.last());
    assertTrue(selection.isSelected(0));
    assertFalse(selection.isSelected(1));
  }
}
