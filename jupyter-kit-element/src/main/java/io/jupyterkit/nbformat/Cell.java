package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** One notebook cell. Code cells own their outputs and execution count; other cells ignore them. */
public final class Cell {
  private final CellType type;
  private String id;
  private String source;
  private JsonObject metadata;
  private JsonObject attachments;
  private Integer executionCount;
  private final List<Output> outputs = new ArrayList<>();
  private String problem;

  public Cell(CellType type, String source, JsonObject metadata) {
    this.type = type;
    this.source = source == null ? "" : source;
    this.metadata = metadata == null ? new JsonObject() : metadata;
  }

  /** A stand-in for a cell that could not be read; {@code problem} says why, for the reader of the page. */
  public static Cell invalid(String problem) {
    Cell cell = new Cell(CellType.INVALID, "", null);
    cell.problem = problem;
    return cell;
  }

  public CellType type() {
    return type;
  }

  public String id() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String source() {
    return source;
  }

  public void setSource(String source) {
    this.source = source == null ? "" : source;
  }

  public JsonObject metadata() {
    return metadata;
  }

  /** The cell's attachments (name to MIME bundle), or null when it has none. */
  public JsonObject attachments() {
    return attachments;
  }

  public void setAttachments(JsonObject attachments) {
    this.attachments = attachments;
  }

  public Integer executionCount() {
    return executionCount;
  }

  public void setExecutionCount(Integer executionCount) {
    this.executionCount = executionCount;
  }

  /** The outputs, live: the output area of a running cell appends to this list. */
  public List<Output> outputs() {
    return outputs;
  }

  /** {@code metadata.jupyter.source_hidden}: the input is collapsed. */
  public boolean sourceHidden() {
    JsonObject jupyter = metadata.getObject("jupyter");
    return jupyter != null && jupyter.getBoolean("source_hidden", false);
  }

  /** {@code metadata.jupyter.outputs_hidden}, or the older {@code metadata.collapsed}: the outputs are collapsed. */
  public boolean outputsHidden() {
    JsonObject jupyter = metadata.getObject("jupyter");
    return (jupyter != null && jupyter.getBoolean("outputs_hidden", false)) || metadata.getBoolean("collapsed", false);
  }

  /** {@code metadata.scrolled == true}: long outputs scroll in a box of bounded height. */
  public boolean scrolled() {
    return metadata.getBoolean("scrolled", false);
  }

  /** Why this cell could not be read, for {@link CellType#INVALID} cells; else null. */
  public String problem() {
    return problem;
  }
}
