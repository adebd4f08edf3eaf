package io.jupyterkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.OutputType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputAreaTest {
  private final Cell cell = new Cell(CellType.CODE, "", null);
  private final List<String> events = new ArrayList<>();
  private final OutputArea area = new OutputArea(cell, new OutputArea.Listener() {
    @Override
    public void outputAdded(int index) {
      events.add("added " + index);
    }

    @Override
    public void outputChanged(int index) {
      events.add("changed " + index);
    }

    @Override
    public void outputsCleared() {
      events.add("cleared");
    }

    @Override
    public void executionCountChanged(Integer executionCount) {
      events.add("count " + executionCount);
    }
  });

  private static JupyterMessage message(String type, String content) {
    return new JupyterMessage("m", type, "p", JsonParser.parse(content).asObject(), null);
  }

  @Test
  void consecutiveWritesToOneStreamJoinOneOutput() {
    area.apply(message("stream", "{\"name\":\"stdout\",\"text\":\"a\"}"));
    area.apply(message("stream", "{\"name\":\"stdout\",\"text\":\"b\"}"));
    area.apply(message("stream", "{\"name\":\"stderr\",\"text\":\"c\"}"));
    area.apply(message("stream", "{\"name\":\"stdout\",\"text\":\"d\"}"));
    assertEquals(3, cell.outputs().size());
    assertEquals("ab", cell.outputs().get(0).text());
    assertEquals(List.of("added 0", "changed 0", "added 1", "added 2"), events);
  }

  @Test
  void aLiveProgressBarShowsOneLineInItsLastState() {
    area.apply(message("stream", "{\"name\":\"stderr\",\"text\":\"  0%|  |\"}"));
    area.apply(message("stream", "{\"name\":\"stderr\",\"text\":\"\\r 50%|# |\"}"));
    area.apply(message("stream", "{\"name\":\"stderr\",\"text\":\"\\r100%|##|\"}"));
    assertEquals(1, cell.outputs().size());
    assertEquals("100%|##|", cell.outputs().get(0).shownText());
    area.apply(message("stream", "{\"name\":\"stderr\",\"text\":\"\\n\"}"));
    assertEquals("100%|##|\n", cell.outputs().get(0).shownText());
  }

  @Test
  void clearOutputWithWaitClearsOnlyWhenTheNextOutputArrives() {
    area.apply(message("stream", "{\"name\":\"stdout\",\"text\":\"old\"}"));
    area.apply(message("clear_output", "{\"wait\":true}"));
    assertEquals(1, cell.outputs().size());
    area.apply(message("stream", "{\"name\":\"stdout\",\"text\":\"new\"}"));
    assertEquals(1, cell.outputs().size());
    assertEquals("new", cell.outputs().get(0).text());
    area.apply(message("clear_output", "{\"wait\":false}"));
    assertEquals(0, cell.outputs().size());
  }

  @Test
  void updateDisplayDataReplacesInPlaceByDisplayId() {
    area.apply(message("display_data",
        "{\"data\":{\"text/plain\":\"1\"},\"metadata\":{},\"transient\":{\"display_id\":\"x\"}}"));
    area.apply(message("stream", "{\"name\":\"stdout\",\"text\":\"between\"}"));
    area.apply(message("update_display_data",
        "{\"data\":{\"text/plain\":\"2\"},\"metadata\":{},\"transient\":{\"display_id\":\"x\"}}"));
    assertEquals(2, cell.outputs().size());
    assertEquals("2", cell.outputs().get(0).dataText("text/plain"));
    assertEquals("changed 0", events.get(events.size() - 1));
  }

  @Test
  void resultsErrorsAndCountsLandOnTheCell() {
    area.apply(message("execute_input", "{\"code\":\"1\",\"execution_count\":7}"));
    area.apply(message("execute_result", "{\"data\":{\"text/plain\":\"1\"},\"metadata\":{},\"execution_count\":7}"));
    area.apply(message("error", "{\"ename\":\"E\",\"evalue\":\"v\",\"traceback\":[\"t1\",3,\"t2\"]}"));
    assertEquals(7, cell.executionCount());
    assertEquals(OutputType.EXECUTE_RESULT, cell.outputs().get(0).type());
    assertEquals(7, cell.outputs().get(0).executionCount());
    assertEquals(List.of("t1", "t2"), cell.outputs().get(1).traceback());
    assertFalse(area.apply(message("status", "{\"execution_state\":\"idle\"}")));
  }

  @Test
  void failureMessagesEndARequestThatNoKernelRan() {
    JupyterMessage[] messages = JupyterMessage.failure("req", "PyodideLoadError", "why");
    for (JupyterMessage m : messages) {
      area.apply(m);
    }
    assertEquals("req", messages[1].parentMsgId());
    assertEquals(MessageTypes.EXECUTE_REPLY, messages[1].msgType());
    assertEquals("why", cell.outputs().get(0).evalue());
  }

  @Test
  void messagesRoundTripThroughJson() {
    JupyterMessage request = JupyterMessage.executeRequest("id-1", "print(1)");
    JsonObject json = request.toJson();
    JupyterMessage back = JupyterMessage.fromJson(JsonParser.parse(json.toString()));
    assertEquals("execute_request", back.msgType());
    assertEquals("print(1)", back.content().getString("code", null));
    assertEquals(null, JupyterMessage.fromJson(JsonParser.parse("{\"content\":{}}")));
  }
}
