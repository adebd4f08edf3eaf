package io.jupyterkit.protocol;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.nbformat.OutputType;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the iopub messages of one execution to a cell, as Jupyter front ends do: consecutive writes to a stream
 * join one output, {@code clear_output(wait=True)} waits for the next output, {@code update_display_data} replaces
 * outputs in place by display id. A {@link Listener} hears each change so a view can update only what changed.
 */
public final class OutputArea {
  /** Hears what changed, by output index, so a view re-renders only that. */
  public interface Listener {
    void outputAdded(int index);

    void outputChanged(int index);

    void outputsCleared();

    void executionCountChanged(Integer executionCount);
  }

  private final Cell cell;
  private final Listener listener;
  private boolean clearPending;

  public OutputArea(Cell cell, Listener listener) {
    this.cell = cell;
    this.listener = listener;
  }

  public Cell cell() {
    return cell;
  }

  /** Removes every output, as happens when a cell starts running. */
  public void clear() {
    clearPending = false;
    if (!cell.outputs().isEmpty()) {
      cell.outputs().clear();
      listener.outputsCleared();
    }
  }

  /** Applies one message; returns false when the message is not one an output area acts on. */
  public boolean apply(JupyterMessage message) {
    JsonObject content = message.content();
    switch (message.msgType()) {
      case MessageTypes.EXECUTE_INPUT:
      case MessageTypes.EXECUTE_REPLY:
        Integer count = content.getInt("execution_count");
        if (count != null) {
          cell.setExecutionCount(count);
          listener.executionCountChanged(count);
        }
        return true;
      case MessageTypes.STREAM:
        appendStream(content.getString("name", "stdout"), content.getString("text", ""));
        return true;
      case MessageTypes.DISPLAY_DATA:
        Output display = Output.displayData(content.getObject("data"), content.getObject("metadata"));
        display.setDisplayId(displayId(content));
        add(display);
        return true;
      case MessageTypes.EXECUTE_RESULT:
        add(Output.executeResult(content.getObject("data"), content.getObject("metadata"),
            content.getInt("execution_count")));
        return true;
      case MessageTypes.ERROR:
        add(Output.error(content.getString("ename", ""), content.getString("evalue", ""),
            stringsOf(content.getArray("traceback"))));
        return true;
      case MessageTypes.UPDATE_DISPLAY_DATA:
        updateDisplay(content);
        return true;
      case MessageTypes.CLEAR_OUTPUT:
        if (content.getBoolean("wait", false)) {
          clearPending = true;
        } else {
          clear();
        }
        return true;
      default:
        return false;
    }
  }

  /** Replaces, in place, every output of this cell shown with the message's display id. */
  public boolean updateDisplay(JsonObject content) {
    String id = displayId(content);
    boolean found = false;
    if (id == null) {
      return false;
    }
    List<Output> outputs = cell.outputs();
    for (int i = 0; i < outputs.size(); i++) {
      Output output = outputs.get(i);
      if (id.equals(output.displayId())) {
        output.setData(content.getObject("data"), content.getObject("metadata"));
        listener.outputChanged(i);
        found = true;
      }
    }
    return found;
  }

  private void appendStream(String name, String text) {
    flushPendingClear();
    List<Output> outputs = cell.outputs();
    if (!outputs.isEmpty()) {
      Output last = outputs.get(outputs.size() - 1);
      if (last.type() == OutputType.STREAM && name.equals(last.name())) {
        last.appendText(text);
        listener.outputChanged(outputs.size() - 1);
        return;
      }
    }
    add(Output.stream(name, text));
  }

  private void add(Output output) {
    flushPendingClear();
    cell.outputs().add(output);
    listener.outputAdded(cell.outputs().size() - 1);
  }

  private void flushPendingClear() {
    if (clearPending) {
      clear();
    }
  }

  private static String displayId(JsonObject content) {
    JsonObject transientData = content.getObject("transient");
    return transientData == null ? null : transientData.getString("display_id", null);
  }

  private static List<String> stringsOf(JsonArray array) {
    return array == null ? new ArrayList<String>() : array.strings();
  }
}
