package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonObject;

/** Which language a notebook's code cells are in, from its metadata as the tools that wrote it record it. */
public final class Languages {
  public static final String PYTHON = "python";

  private Languages() {}

  /** The canonical name of a language id: python, python3, ipython, ipython3 and py all mean Python. */
  public static String normalise(String id) {
    if (id == null) {
      return null;
    }
    String name = id.trim().toLowerCase();
    if (name.isEmpty()) {
      return null;
    }
    switch (name) {
      case "python":
      case "python2":
      case "python3":
      case "ipython":
      case "ipython2":
      case "ipython3":
      case "py":
        return PYTHON;
      default:
        return name;
    }
  }

  /**
   * The notebook's language: {@code language_info.name}, else {@code kernelspec.language}, else the kernelspec's
   * name, else {@code fallback} (the element's {@code language} attribute); normalised.
   */
  public static String of(Notebook notebook, String fallback) {
    JsonObject metadata = notebook.metadata();
    JsonObject languageInfo = metadata.getObject("language_info");
    JsonObject kernelspec = metadata.getObject("kernelspec");
    String[] candidates = {
      languageInfo == null ? null : languageInfo.getString("name", null),
      kernelspec == null ? null : kernelspec.getString("language", null),
      kernelspec == null ? null : kernelspec.getString("name", null),
      fallback,
    };
    for (String candidate : candidates) {
      String language = normalise(candidate);
      if (language != null) {
        return language;
      }
    }
    return PYTHON;
  }
}
