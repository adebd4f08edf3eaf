package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;

/** Writes a {@link Notebook} as nbformat v4 JSON, the shape every current tool reads. */
public final class NotebookWriter {
  private NotebookWriter() {}

  /** The notebook as JSON; cells of a 4.5 notebook that lack a valid id get one first, and keep it. */
  public static JsonObject write(Notebook notebook) {
    CellIds.assign(notebook);
    JsonObject root = new JsonObject();
    JsonArray cells = new JsonArray();
    for (Cell cell : notebook.cells()) {
      if (cell.type() != CellType.INVALID) {
        cells.add(writeCell(cell));
      }
    }
    root.put("cells", cells);
    root.put("metadata", savedMetadata(notebook.metadata()));
    root.put("nbformat", 4);
    root.put("nbformat_minor", notebook.nbformatMinor());
    return root;
  }

  /** The metadata without what nbformat never saves: where a converted notebook came from, the old signature. */
  private static JsonObject savedMetadata(JsonObject metadata) {
    if (!metadata.has("orig_nbformat") && !metadata.has("orig_nbformat_minor") && !metadata.has("signature")) {
      return metadata;
    }
    JsonObject saved = new JsonObject();
    for (String key : metadata.keys()) {
      if (!key.equals("orig_nbformat") && !key.equals("orig_nbformat_minor") && !key.equals("signature")) {
        saved.put(key, metadata.get(key));
      }
    }
    return saved;
  }

  static JsonObject writeCell(Cell cell) {
    JsonObject json = new JsonObject();
    json.put("cell_type", cell.type().jsonName());
    if (cell.id() != null) {
      json.put("id", cell.id());
    }
    json.put("metadata", cell.metadata());
    json.put("source", MultilineText.split(cell.source()));
    if (cell.attachments() != null && cell.type() != CellType.CODE) {
      json.put("attachments", cell.attachments());
    }
    if (cell.type() == CellType.CODE) {
      json.put("execution_count", cell.executionCount());
      JsonArray outputs = new JsonArray();
      for (Output output : cell.outputs()) {
        outputs.add(writeOutput(output));
      }
      json.put("outputs", outputs);
    }
    return json;
  }

  public static JsonObject writeOutput(Output output) {
    JsonObject json = new JsonObject();
    json.put("output_type", output.type().jsonName());
    switch (output.type()) {
      case STREAM:
        json.put("name", output.name());
        json.put("text", MultilineText.split(output.text()));
        break;
      case ERROR:
        json.put("ename", output.ename());
        json.put("evalue", output.evalue());
        json.put("traceback", JsonArray.ofStrings(output.traceback()));
        break;
      case EXECUTE_RESULT:
        json.put("data", output.data());
        json.put("execution_count", output.executionCount());
        json.put("metadata", output.metadata());
        break;
      default:
        json.put("data", output.data());
        json.put("metadata", output.metadata());
    }
    return json;
  }
}
