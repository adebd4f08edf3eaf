package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A notebook as nbformat v4 describes it, whatever version it was read from. */
public final class Notebook {
  private final JsonObject metadata;
  private final int nbformatMinor;
  private final List<Cell> cells = new ArrayList<>();

  public Notebook(JsonObject metadata, int nbformatMinor) {
    this.metadata = metadata == null ? new JsonObject() : metadata;
    this.nbformatMinor = nbformatMinor;
  }

  public JsonObject metadata() {
    return metadata;
  }

  public int nbformatMinor() {
    return nbformatMinor;
  }

  public List<Cell> cells() {
    return cells;
  }
}
