package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonString;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * nbformat 1, 2 and 3 (IPython 0.12 to 2) read into the v4 model as nbformat's own reader converts them
 * ({@code nbformat.reads(text, as_version=4)}, tested against it): worksheets flattened, heading cells turned into
 * markdown headings, {@code input}/{@code prompt_number}, {@code pyout}/{@code pyerr}, the short MIME keys
 * ({@code png}, {@code text}, ...) mapped to MIME types, and the lines of a list joined as each version joins them.
 * Where nbformat gives up on a damaged file, this reads what it can and says what it could not. Part of the extras
 * bundle: the element loads it only for such notebooks (see {@link NotebookReader#needsUpgrade}).
 */
public final class LegacyNotebooks {
  private final int version;
  private final Function<String, JsonValue> jsonText;

  private LegacyNotebooks(int version, Function<String, JsonValue> jsonText) {
    this.version = version;
    this.jsonText = jsonText;
  }

  /** nbformat 3's short output keys and the MIME types it maps them to (in outputs and in their metadata). */
  private static final String[][] MIME_KEYS = {
    {"text", "text/plain"},
    {"html", "text/html"},
    {"svg", "image/svg+xml"},
    {"png", "image/png"},
    {"jpeg", "image/jpeg"},
    {"latex", "text/latex"},
    {"json", "application/json"},
    {"javascript", "application/javascript"},
  };

  /** The output keys whose lists of lines nbformat 2 and 3 join on reading; other lists are kept as they are. */
  private static final String[] MULTILINE_OUTPUT_KEYS = {"text", "html", "svg", "latex", "javascript", "json"};

  /** The output keys that stay beside {@code data} when a v3 display output is moved into v4's shape. */
  private static final String[] NON_DATA_KEYS = {"output_type", "execution_count", "metadata"};

  /**
   * {@code root} (for which {@link NotebookReader#needsUpgrade} holds) as nbformat 4 JSON that
   * {@link NotebookReader#read} reads into what nbformat's reader makes of it; what could not be read is marked as
   * {@link NotebookReader#PROBLEM} cells and {@link NotebookReader#NOTICE} outputs. {@code jsonText} parses the JSON
   * text nbformat 2 and 3 stored JSON outputs as. Throws {@link NotebookFormatException} when it is no notebook.
   */
  public static JsonObject upgrade(JsonObject root, Function<String, JsonValue> jsonText) {
    Integer major = root.getInt("nbformat");
    Notebook notebook;
    if (major == null ? NotebookReader.looksLikeV1(root) : major == 1) {
      notebook = readV1(root);
    } else {
      notebook = readWorksheets(root, major != null && major == 2 ? 2 : 3, jsonText);
    }
    CellIds.assign(notebook);
    JsonArray cells = new JsonArray();
    for (Cell cell : notebook.cells()) {
      if (cell.type() == CellType.INVALID) {
        cells.add(new JsonObject().put("cell_type", CellType.INVALID.jsonName())
            .put(NotebookReader.PROBLEM, cell.problem()));
        continue;
      }
      JsonObject json = NotebookWriter.writeCell(cell);
      if (cell.type() == CellType.CODE) {
        JsonArray outputs = json.getArray("outputs");
        for (int i = 0; i < cell.outputs().size(); i++) {
          if (cell.outputs().get(i).isReaderNotice()) {
            outputs.get(i).asObject().put(NotebookReader.NOTICE, true);
          }
        }
      }
      cells.add(json);
    }
    // The metadata as converted, with orig_nbformat: the writer leaves that out when the notebook is saved.
    return new JsonObject().put("cells", cells).put("metadata", notebook.metadata()).put("nbformat", 4)
        .put("nbformat_minor", notebook.nbformatMinor());
  }

  /**
   * nbformat 1 (IPython 0.12's first notebooks): a flat list of {@code code} and {@code text} cells. nbformat keeps
   * neither their outputs nor the notebook's metadata when it converts them, and neither does this.
   */
  private static Notebook readV1(JsonObject root) {
    JsonArray cells = root.getArray("cells");
    if (cells == null) {
      throw new NotebookFormatException("the nbformat 1 notebook has no \"cells\" list");
    }
    Notebook notebook = new Notebook(convertedMetadata(null, 2), 5);
    for (JsonValue json : cells.items()) {
      JsonObject object = json.asObject();
      String type = object == null ? null : object.getString("cell_type", null);
      if ("code".equals(type)) {
        Cell cell = new Cell(CellType.CODE, MultilineText.join(object.get("code")),
            new JsonObject().put("collapsed", false));
        cell.setExecutionCount(object.getInt("prompt_number"));
        notebook.cells().add(cell);
      } else if ("text".equals(type)) {
        notebook.cells().add(new Cell(CellType.MARKDOWN, MultilineText.join(object.get("text")), null));
      } else {
        notebook.cells().add(Cell.invalid(object == null
            ? "This cell is not a JSON object (" + NotebookReader.describe(json) + ")."
            : "This nbformat 1 cell is neither code nor text (cell_type " + NotebookReader.describe(object.get("cell_type"))
                + (type == null ? "" : " \"" + type + "\"") + ")."));
      }
    }
    return notebook;
  }

  /**
   * nbformat 2 (IPython 0.12-0.13; worksheets, and lists of lines written without their line ends) or 3 (IPython
   * 1-2). {@code jsonText} parses the JSON text v2 and v3 stored JSON outputs as.
   */
  private static Notebook readWorksheets(JsonObject root, int version, Function<String, JsonValue> jsonText) {
    return new LegacyNotebooks(version, jsonText).read(root);
  }

  private Notebook read(JsonObject root) {
    Notebook notebook = new Notebook(convertedMetadata(root.getObject("metadata"), version), 5);
    JsonArray worksheets = root.getArray("worksheets");
    if (worksheets == null) {
      throw new NotebookFormatException("the nbformat " + version + " notebook has no \"worksheets\" list");
    }
    for (JsonValue worksheet : worksheets.items()) {
      JsonArray cells = worksheet.isObject() ? worksheet.asObject().getArray("cells") : null;
      if (cells == null) {
        notebook.cells().add(Cell.invalid("A worksheet of this nbformat " + version + " notebook has no cells list."));
        continue;
      }
      for (JsonValue cell : cells.items()) {
        notebook.cells().add(readCell(cell));
      }
    }
    return notebook;
  }

  /** The notebook's metadata as nbformat leaves it: where it came from added, v3's name and signature gone. */
  private static JsonObject convertedMetadata(JsonObject metadata, int originalVersion) {
    JsonObject converted = metadata == null ? new JsonObject() : metadata;
    converted.remove("name");
    converted.remove("signature");
    converted.put("orig_nbformat", originalVersion);
    converted.put("orig_nbformat_minor", 0);
    return converted;
  }

  private Cell readCell(JsonValue json) {
    JsonObject object = json.asObject();
    if (object == null) {
      return NotebookReader.readCell(json);
    }
    String type = object.getString("cell_type", null);
    JsonObject metadata = object.getObject("metadata");
    if (metadata == null) {
      metadata = new JsonObject();
    }
    if ("code".equals(type)) {
      return readCodeCell(object, metadata);
    }
    JsonValue sourceJson = object.get("source");
    String source = join(sourceJson, version);
    if (source == null && sourceJson != null) {
      return Cell.invalid("Its source is " + NotebookReader.describe(sourceJson) + ", not text.");
    }
    if ("heading".equals(type)) {
      Integer level = object.getInt("level");
      if (level == null && object.has("level")) {
        return Cell.invalid("This heading cell's level is " + NotebookReader.describe(object.get("level"))
            + ", not a whole number.");
      }
      int hashes = level == null ? 1 : level;
      StringBuilder heading = new StringBuilder();
      for (int i = 0; i < hashes; i++) {
        heading.append('#');
      }
      heading.append(' ').append(joinedLines(source == null ? "" : source));
      return new Cell(CellType.MARKDOWN, heading.toString(), metadata);
    }
    if ("markdown".equals(type) || "html".equals(type)) {
      return new Cell(CellType.MARKDOWN, source, metadata);
    }
    if ("raw".equals(type)) {
      return new Cell(CellType.RAW, source, metadata);
    }
    return NotebookReader.readCell(json);
  }

  private Cell readCodeCell(JsonObject object, JsonObject metadata) {
    JsonValue input = object.get("input");
    String source = join(input, version);
    if (source == null && input != null) {
      return Cell.invalid("Its input is " + NotebookReader.describe(input) + ", not text.");
    }
    JsonValue collapsed = object.get("collapsed");
    if (collapsed != null) {
      metadata.put("collapsed", collapsed);
    }
    Cell cell = new Cell(CellType.CODE, source, metadata);
    cell.setExecutionCount(object.getInt("prompt_number"));
    JsonArray outputs = object.getArray("outputs");
    if (outputs != null) {
      for (JsonValue output : outputs.items()) {
        cell.outputs().add(readOutput(output));
      }
    }
    return cell;
  }

  private Output readOutput(JsonValue json) {
    JsonObject original = json.asObject();
    if (original == null) {
      return NotebookReader.readOutput(json);
    }
    JsonObject object = new JsonObject();
    for (String key : original.keys()) {
      JsonValue value = original.get(key);
      if (value.isArray() && isMultilineKey(key)) {
        String text = join(value, version);
        if (text == null) {
          return NotebookReader.notice("an output whose \"" + key + "\" is a list of something other than text");
        }
        value = new JsonString(text);
      }
      object.put(key, value);
    }
    String type = object.getString("output_type", null);
    if ("stream".equals(type)) {
      String text = MultilineText.join(object.get("text"));
      return Output.stream(object.getString("stream", "stdout"), text == null ? "" : text);
    }
    if ("pyerr".equals(type)) {
      JsonArray traceback = object.getArray("traceback");
      // nbformat 2 called the exception's name etype.
      String ename = object.getString("ename", object.getString("etype", ""));
      return Output.error(ename, object.getString("evalue", ""),
          traceback == null ? new ArrayList<String>() : traceback.strings());
    }
    if ("pyout".equals(type) || "display_data".equals(type)) {
      JsonObject metadata = object.getObject("metadata");
      metadata = toMimeKeys(metadata == null ? new JsonObject() : metadata);
      JsonObject data = new JsonObject();
      for (String key : object.keys()) {
        if (!isNonDataKey(key) && !("pyout".equals(type) && "prompt_number".equals(key))) {
          data.put(key, object.get(key));
        }
      }
      toMimeKeys(data);
      JsonValue jsonOutput = data.get("application/json");
      if (jsonOutput != null && jsonOutput.isString()) {
        try {
          data.put("application/json", jsonText.apply(jsonOutput.asString()));
        } catch (RuntimeException e) {
          return NotebookReader.notice("a JSON output that is not valid JSON (" + e.getMessage() + ")");
        }
      }
      return "pyout".equals(type)
          ? Output.executeResult(data, metadata, object.getInt("prompt_number"))
          : Output.displayData(data, metadata);
    }
    return NotebookReader.readOutput(json);
  }

  private static boolean isNonDataKey(String key) {
    return contains(NON_DATA_KEYS, key);
  }

  private static boolean isMultilineKey(String key) {
    return contains(MULTILINE_OUTPUT_KEYS, key);
  }

  private static boolean contains(String[] keys, String key) {
    for (String candidate : keys) {
      if (candidate.equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** Renames the short keys of {@code bundle} to MIME types in place; a short key wins over its MIME type. */
  private static JsonObject toMimeKeys(JsonObject bundle) {
    for (String[] key : MIME_KEYS) {
      JsonValue value = bundle.remove(key[0]);
      if (value != null) {
        bundle.put(key[1], value);
      }
    }
    return bundle;
  }

  /**
   * A list of lines joined as nbformat {@code version} joins it: version 2 wrote lines without their ends and joins
   * them with newlines; version 3 joins with nothing when the first line keeps its end, else with newlines.
   * Null when {@code value} is neither text nor a list of texts.
   */
  static String join(JsonValue value, int version) {
    JsonArray lines = value == null ? null : value.asArray();
    if (lines == null || (version == 3 && !lines.items().isEmpty() && endsLine(lines.get(0)))) {
      return MultilineText.join(value);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isString()) {
        return null;
      }
      if (i > 0) {
        text.append('\n');
      }
      text.append(lines.get(i).asString());
    }
    return text.toString();
  }

  private static boolean endsLine(JsonValue line) {
    if (!line.isString()) {
      return false;
    }
    String text = line.asString();
    return text.endsWith("\n") || text.endsWith("\r");
  }

  /** The lines of {@code text} (split as Python's {@code str.splitlines} splits) joined by single spaces. */
  static String joinedLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        lines.add(text.substring(start, i));
        i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    StringBuilder joined = new StringBuilder();
    for (int j = 0; j < lines.size(); j++) {
      if (j > 0) {
        joined.append(' ');
      }
      joined.append(lines.get(j));
    }
    return joined.toString();
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
        || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
