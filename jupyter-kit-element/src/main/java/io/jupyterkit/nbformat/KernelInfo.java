package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.json.JsonWriter;

/**
 * What a kernel's {@code kernel_info_reply} puts in a notebook's metadata, as Jupyter writes it on saving:
 * {@code language_info} as the kernel gave it, and for jupyter-kit's Pyodide kernel the {@code kernelspec} that
 * JupyterLite's Pyodide kernel writes ({@code python}, "Python (Pyodide)").
 */
public final class KernelInfo {
  /** The {@code implementation} that jupyter-kit's Pyodide kernel reports. */
  public static final String PYODIDE = "pyodide";

  private KernelInfo() {}

  /**
   * Records {@code reply} (a {@code kernel_info_reply}'s content) in {@code metadata}; returns whether anything
   * changed. A reply without {@code language_info} or with status other than {@code ok} changes nothing.
   */
  public static boolean record(JsonObject metadata, JsonObject reply) {
    if (metadata == null || reply == null || !"ok".equals(reply.getString("status", "ok"))) {
      return false;
    }
    JsonObject languageInfo = reply.getObject("language_info");
    if (languageInfo == null || languageInfo.getString("name", null) == null) {
      return false;
    }
    boolean changed = replace(metadata, "language_info", languageInfo.copy());
    if (PYODIDE.equals(reply.getString("implementation", ""))) {
      JsonObject kernelspec = new JsonObject()
          .put("display_name", "Python (Pyodide)")
          .put("language", languageInfo.getString("name", "python"))
          .put("name", "python");
      changed |= replace(metadata, "kernelspec", kernelspec);
    }
    return changed;
  }

  private static boolean replace(JsonObject metadata, String key, JsonObject value) {
    JsonValue old = metadata.get(key);
    if (old != null && JsonWriter.write(old).equals(JsonWriter.write(value))) {
      return false;
    }
    metadata.put(key, value);
    return true;
  }
}
