package io.jupyterkit.nbformat;

/** The output types of nbformat v4. */
public enum OutputType {
  STREAM("stream"),
  DISPLAY_DATA("display_data"),
  EXECUTE_RESULT("execute_result"),
  ERROR("error");

  private final String jsonName;

  OutputType(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  /** The type named {@code name}, or null for a name nbformat does not define. */
  public static OutputType fromJsonName(String name) {
    for (OutputType type : values()) {
      if (type.jsonName.equals(name)) {
        return type;
      }
    }
    return null;
  }
}
