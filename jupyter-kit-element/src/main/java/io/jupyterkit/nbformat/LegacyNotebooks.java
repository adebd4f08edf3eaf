package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;

/**
 * nbformat 3 (IPython 1-2 era) read into the v4 model: worksheets flattened, heading cells turned into markdown
 * headings of the same level, {@code input}/{@code prompt_number}, {@code pyout}/{@code pyerr}, and the short MIME
 * keys ({@code png}, {@code text}, {@code html}, ...) mapped to MIME types.
 */
final class LegacyNotebooks {
  private LegacyNotebooks() {}

  private static final String[][] MIME_KEYS = {
    {"text", "text/plain"},
    {"html", "text/html"},
    {"markdown", "text/markdown"},
    {"latex", "text/latex"},
    {"svg", "image/svg+xml"},
    {"png", "image/png"},
    {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},
    {"json", "application/json"},
    {"javascript", "application/javascript"},
    {"pdf", "application/pdf"},
  };

  static Notebook readV3(JsonObject root) {
    JsonObject metadata = root.getObject("metadata");
    Notebook notebook = new Notebook(metadata == null ? new JsonObject() : metadata, 0);
    JsonArray worksheets = root.getArray("worksheets");
    if (worksheets == null) {
      throw new NotebookFormatException("the nbformat 3 notebook has no \"worksheets\" list");
    }
    for (JsonValue worksheet : worksheets.items()) {
      JsonArray cells = worksheet.isObject() ? worksheet.asObject().getArray("cells") : null;
      if (cells == null) {
        notebook.cells().add(Cell.invalid("A worksheet of this nbformat 3 notebook has no cells list."));
        continue;
      }
      for (JsonValue cell : cells.items()) {
        notebook.cells().add(readCell(cell, notebook));
      }
    }
    return notebook;
  }

  private static Cell readCell(JsonValue json, Notebook notebook) {
    JsonObject object = json.asObject();
    if (object == null) {
      return NotebookReader.readCell(json);
    }
    String type = object.getString("cell_type", null);
    if ("heading".equals(type)) {
      Integer level = object.getInt("level");
      int hashes = level == null ? 1 : Math.max(1, Math.min(6, level));
      String text = MultilineText.join(object.get("source"));
      StringBuilder source = new StringBuilder();
      for (int i = 0; i < hashes; i++) {
        source.append('#');
      }
      source.append(' ').append(text == null ? "" : text.replace('\n', ' '));
      return new Cell(CellType.MARKDOWN, source.toString(), object.getObject("metadata"));
    }
    if (!"code".equals(type)) {
      return NotebookReader.readCell(json);
    }
    JsonObject metadata = object.getObject("metadata");
    Cell cell = new Cell(CellType.CODE, MultilineText.join(object.get("input")),
        metadata == null ? new JsonObject() : metadata);
    if (object.getBoolean("collapsed", false)) {
      cell.metadata().put("collapsed", true);
    }
    String language = object.getString("language", null);
    if (language != null && !notebook.metadata().has("language_info")) {
      notebook.metadata().put("language_info", new JsonObject().put("name", language));
    }
    cell.setExecutionCount(object.getInt("prompt_number"));
    JsonArray outputs = object.getArray("outputs");
    if (outputs != null) {
      for (JsonValue output : outputs.items()) {
        cell.outputs().add(readOutput(output));
      }
    }
    return cell;
  }

  private static Output readOutput(JsonValue json) {
    JsonObject object = json.asObject();
    if (object == null) {
      return NotebookReader.readOutput(json);
    }
    String type = object.getString("output_type", null);
    if ("stream".equals(type)) {
      String text = MultilineText.join(object.get("text"));
      return Output.stream(object.getString("stream", object.getString("name", "stdout")), text == null ? "" : text);
    }
    if ("pyerr".equals(type) || "error".equals(type)) {
      JsonArray traceback = object.getArray("traceback");
      return Output.error(object.getString("ename", ""), object.getString("evalue", ""),
          traceback == null ? new java.util.ArrayList<String>() : traceback.strings());
    }
    if ("pyout".equals(type) || "execute_result".equals(type)) {
      return Output.executeResult(mimeBundle(object), object.getObject("metadata"), object.getInt("prompt_number"));
    }
    if ("display_data".equals(type)) {
      return Output.displayData(mimeBundle(object), object.getObject("metadata"));
    }
    return NotebookReader.notice(type == null ? "an output with no output_type"
        : "an output of unknown type \"" + type + "\"");
  }

  private static JsonObject mimeBundle(JsonObject output) {
    JsonObject data = new JsonObject();
    for (String[] key : MIME_KEYS) {
      JsonValue value = output.get(key[0]);
      if (value != null) {
        data.put(key[1], value);
      }
    }
    return data;
  }
}
