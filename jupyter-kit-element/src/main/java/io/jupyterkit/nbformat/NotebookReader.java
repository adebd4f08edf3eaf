package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads nbformat JSON into a {@link Notebook}. Notebook content is untrusted and often damaged: a bad cell or output
 * becomes a visible stand-in and the rest still reads; only JSON that is no notebook at all is refused.
 */
public final class NotebookReader {
  /**
   * How an upgraded notebook (see {@link #needsUpgrade}) marks what its converter could not read: a cell of type
   * {@code "invalid"} with this key says why, and a stream output with {@link #NOTICE} is the converter's notice.
   */
  public static final String PROBLEM = "jupyter_kit_problem";

  public static final String NOTICE = "jupyter_kit_notice";

  private NotebookReader() {}

  /**
   * Whether {@code root} is of nbformat 1, 2 or 3, which the on-demand converter upgrades to nbformat 4 (JSON in,
   * JSON out) before it is read. nbformat 1 alone had no number: it is told apart from a damaged v4 by its cells.
   */
  public static boolean needsUpgrade(JsonObject root) {
    Integer major = root.getInt("nbformat");
    if (major == null ? looksLikeV1(root) : major < 4) {
      return true;
    }
    return root.has("worksheets") && !root.has("cells");
  }

  static boolean looksLikeV1(JsonObject root) {
    JsonArray cells = root.getArray("cells");
    if (cells == null || root.has("worksheets")) {
      return false;
    }
    for (JsonValue cell : cells.items()) {
      JsonObject object = cell.asObject();
      if (object != null && ("text".equals(object.getString("cell_type", null))
          || ("code".equals(object.getString("cell_type", null)) && object.has("code") && !object.has("source")))) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code json}, a notebook of nbformat 4 (older ones are upgraded first: see {@link #needsUpgrade}). */
  public static Notebook read(JsonValue json) {
    Notebook notebook = readAnyFormat(json);
    for (Cell cell : notebook.cells()) {
      Output.mergeConsecutiveStreams(cell.outputs());
    }
    return notebook;
  }

  private static Notebook readAnyFormat(JsonValue json) {
    JsonObject root = json == null ? null : json.asObject();
    if (root == null) {
      throw new NotebookFormatException("a notebook is a JSON object, this is " + describe(json));
    }
    if (needsUpgrade(root)) {
      throw new NotebookFormatException("a notebook of nbformat 1 to 3 is upgraded to nbformat 4 before it is read");
    }
    JsonArray cells = root.getArray("cells");
    if (cells == null) {
      throw new NotebookFormatException("the notebook has no \"cells\" list");
    }
    Integer minor = root.getInt("nbformat_minor");
    Notebook notebook = new Notebook(root.getObject("metadata"), minor == null ? 5 : minor);
    for (int i = 0; i < cells.size(); i++) {
      notebook.cells().add(readCell(cells.get(i)));
    }
    return notebook;
  }

  /** Reads one cell; an unreadable one becomes an {@link CellType#INVALID} stand-in saying why. */
  public static Cell readCell(JsonValue json) {
    JsonObject object = json.asObject();
    if (object == null) {
      return Cell.invalid("This cell is not a JSON object (" + describe(json) + ").");
    }
    String typeName = object.getString("cell_type", null);
    if (CellType.INVALID.jsonName().equals(typeName) && object.getString(PROBLEM, null) != null) {
      return Cell.invalid(object.getString(PROBLEM, null));
    }
    CellType type = CellType.fromJsonName(typeName);
    if (type == null) {
      return Cell.invalid(typeName == null
          ? "This cell has no cell_type."
          : "Unknown cell type \"" + typeName + "\".");
    }
    JsonValue sourceJson = object.get("source");
    String source = MultilineText.join(sourceJson);
    if (source == null && sourceJson != null && !sourceJson.isNull()) {
      return Cell.invalid("Its source is " + describe(sourceJson) + ", not text.");
    }
    Cell cell = new Cell(type, source, object.getObject("metadata"));
    cell.setId(object.getString("id", null));
    cell.setAttachments(object.getObject("attachments"));
    if (type == CellType.CODE) {
      cell.setExecutionCount(object.getInt("execution_count"));
      JsonArray outputs = object.getArray("outputs");
      if (outputs != null) {
        for (JsonValue output : outputs.items()) {
          cell.outputs().add(readOutput(output));
        }
      }
      Output.mergeConsecutiveStreams(cell.outputs());
    }
    return cell;
  }

  /** Reads one output; an unreadable one becomes a stderr stream that says what was wrong. */
  public static Output readOutput(JsonValue json) {
    JsonObject object = json.asObject();
    if (object == null) {
      return notice("an output that is not a JSON object (" + describe(json) + ")");
    }
    String typeName = object.getString("output_type", null);
    OutputType type = OutputType.fromJsonName(typeName);
    if (type == null) {
      return notice(typeName == null ? "an output with no output_type" : "an output of unknown type \"" + typeName + "\"");
    }
    switch (type) {
      case STREAM:
        String text = MultilineText.join(object.get("text"));
        if (text == null) {
          return notice("a stream output whose text is " + describe(object.get("text")));
        }
        if (object.has(NOTICE)) {
          return Output.readerNotice(text);
        }
        return Output.stream(object.getString("name", "stdout"), text);
      case ERROR:
        return Output.error(object.getString("ename", ""), object.getString("evalue", ""),
            stringsOf(object.getArray("traceback")));
      case EXECUTE_RESULT:
        if (object.getObject("data") == null) {
          return notice("a result whose data is " + describe(object.get("data")));
        }
        return Output.executeResult(object.getObject("data"), object.getObject("metadata"),
            object.getInt("execution_count"));
      default:
        if (object.getObject("data") == null) {
          return notice("a display output whose data is " + describe(object.get("data")));
        }
        return Output.displayData(object.getObject("data"), object.getObject("metadata"));
    }
  }

  static Output notice(String what) {
    return Output.readerNotice("[jupyter-kit] This notebook has " + what + "; it is not shown.\n");
  }


  static String describe(JsonValue json) {
    if (json == null) {
      return "missing";
    }
    if (json.isNull()) {
      return "null";
    }
    if (json.isArray()) {
      return "a list";
    }
    if (json.isString()) {
      return "a string";
    }
    if (json.isNumber()) {
      return "a number";
    }
    if (json.isBoolean()) {
      return "a boolean";
    }
    return "an object";
  }

  private static List<String> stringsOf(JsonArray array) {
    return array == null ? new ArrayList<String>() : array.strings();
  }
}
