package io.jupyterkit.nbformat;

/** The kinds of cell nbformat defines, plus {@link #INVALID} for a cell that could not be read. */
public enum CellType {
  CODE("code"),
  MARKDOWN("markdown"),
  RAW("raw"),
  INVALID("invalid");

  private final String jsonName;

  CellType(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** The type named {@code name}, or null for a name nbformat does not define. */
  public static CellType fromJsonName(String name) {
    for (CellType type : values()) {
      if (type != INVALID && type.jsonName.equals(name)) {
        return type;
      }
    }
    return null;
  }
}
