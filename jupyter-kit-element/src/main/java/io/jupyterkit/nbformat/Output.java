package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One output of a code cell. Which fields mean something depends on {@link #type()}: {@code name}/{@code text} for
 * streams, {@code data}/{@code metadata} for rich outputs, {@code ename}/{@code evalue}/{@code traceback} for errors.
 */
public final class Output {
  private final OutputType type;
  private String name;
  private final StringBuilder text = new StringBuilder();
  private JsonObject data = new JsonObject();
  private JsonObject metadata = new JsonObject();
  private Integer executionCount;
  private String ename = "";
  private String evalue = "";
  private List<String> traceback = new ArrayList<>();
  private String displayId;
  /** {@link #text()} with its carriage returns and backspaces applied, brought up to date when asked for. */
  private StreamText shown;
  private int shownUpTo;
  private boolean readerNotice;

  private Output(OutputType type) {
    this.type = type;
  }

  public static Output stream(String name, String text) {
    Output output = new Output(OutputType.STREAM);
    output.name = name;
    output.text.append(text);
    return output;
  }

  /** A stderr stream in which the reader says what it could not read; it keeps to itself when streams merge. */
  public static Output readerNotice(String text) {
    Output output = stream("stderr", text);
    output.readerNotice = true;
    return output;
  }

  /** Whether this is a notice of the reader (see {@link #readerNotice}). */
  boolean isReaderNotice() {
    return readerNotice;
  }

  public static Output displayData(JsonObject data, JsonObject metadata) {
    Output output = new Output(OutputType.DISPLAY_DATA);
    output.setData(data, metadata);
    return output;
  }

  public static Output executeResult(JsonObject data, JsonObject metadata, Integer executionCount) {
    Output output = new Output(OutputType.EXECUTE_RESULT);
    output.setData(data, metadata);
    output.executionCount = executionCount;
    return output;
  }

  public static Output error(String ename, String evalue, List<String> traceback) {
    Output output = new Output(OutputType.ERROR);
    output.ename = ename == null ? "" : ename;
    output.evalue = evalue == null ? "" : evalue;
    output.traceback = new ArrayList<>(traceback);
    return output;
  }

  public OutputType type() {
    return type;
  }

  /** The stream name, {@code stdout} or {@code stderr}. */
  public String name() {
    return name;
  }

  public String text() {
    return text.toString();
  }

  /** Appends to a stream's text: consecutive writes to one stream form one output, as in Jupyter. */
  public void appendText(String more) {
    text.append(more);
  }

  /**
   * The stream's text as a reader sees it: {@link #text()} (kept as written, and saved so) after its carriage
   * returns and backspaces have overwritten it. Only what was appended since the last call is worked through.
   */
  public String shownText() {
    if (shown == null) {
      shown = new StreamText();
      shownUpTo = 0;
    }
    if (shownUpTo < text.length()) {
      shown.append(text.substring(shownUpTo));
      shownUpTo = text.length();
    }
    return shown.text();
  }

  /**
   * Joins each run of consecutive stream outputs of one name into its first, as JupyterLab does when it loads
   * outputs, so that carriage returns in one reach back into the ones before (a progress bar saved in pieces).
   */
  public static void mergeConsecutiveStreams(List<Output> outputs) {
    for (int i = outputs.size() - 1; i > 0; i--) {
      Output previous = outputs.get(i - 1);
      Output output = outputs.get(i);
      if (previous.type == OutputType.STREAM && output.type == OutputType.STREAM && previous.name != null
          && previous.name.equals(output.name) && !previous.readerNotice && !output.readerNotice) {
        previous.text.append(output.text);
        outputs.remove(i);
      }
    }
  }

  /** The MIME bundle: MIME type to string (text types) or JSON value ({@code application/json} and the like). */
  public JsonObject data() {
    return data;
  }

  public JsonObject metadata() {
    return metadata;
  }

  public void setData(JsonObject data, JsonObject metadata) {
    this.data = data == null ? new JsonObject() : data;
    this.metadata = metadata == null ? new JsonObject() : metadata;
  }

  /** The text of MIME type {@code mimeType} in {@link #data()}, joined when stored as lines; null when absent. */
  public String dataText(String mimeType) {
    JsonValue value = data.get(mimeType);
    return value == null ? null : MultilineText.join(value);
  }

  public Integer executionCount() {
    return executionCount;
  }

  public String ename() {
    return ename;
  }

  public String evalue() {
    return evalue;
  }

  public List<String> traceback() {
    return new ArrayList<>(traceback);
  }

  /** The display id a {@code display(..., display_id=...)} gave this output, for {@code update_display_data}. */
  public String displayId() {
    return displayId;
  }

  public void setDisplayId(String displayId) {
    this.displayId = displayId;
  }
}
