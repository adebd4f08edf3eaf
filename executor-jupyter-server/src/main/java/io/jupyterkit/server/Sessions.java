package io.jupyterkit.server;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.render.Strings;

/**
 * Jupyter sessions as the REST API shows them ({@code GET api/sessions}): a notebook's path bound to a kernel. A
 * notebook that names its path reuses the kernel of the session with that path, as JupyterLab does for a file it
 * opens again, so two pages (or a page and JupyterLab) on one notebook share one kernel. Plain Java.
 */
public final class Sessions {
  private Sessions() {}

  /** The session in {@code sessions} (the API's list) whose path is {@code path} and that has a kernel, or null. */
  public static JsonObject withPath(JsonValue sessions, String path) {
    JsonArray list = sessions == null ? null : sessions.asArray();
    if (list == null || path == null) {
      return null;
    }
    for (int i = 0; i < list.size(); i++) {
      JsonObject session = list.get(i).asObject();
      if (session != null && path.equals(session.getString("path", null)) && kernelId(session) != null) {
        return session;
      }
    }
    return null;
  }

  /** The id of {@code session}'s kernel, or null. */
  public static String kernelId(JsonObject session) {
    JsonObject kernel = session == null ? null : session.getObject("kernel");
    return kernel == null ? null : kernel.getString("id", null);
  }

  /** The body of {@code POST api/sessions} for a notebook at {@code path} on a kernel named {@code kernelName}. */
  public static JsonObject newSession(String path, String name, String kernelName) {
    return new JsonObject()
        .put("path", path)
        .put("name", name == null ? nameOf(path) : name)
        .put("type", "notebook")
        .put("kernel", new JsonObject().put("name", kernelName));
  }

  /** The file name at the end of {@code path}. */
  static String nameOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /**
   * The kernel to start from {@code GET api/kernelspecs}: {@code wanted} when the server has it, its default when
   * {@code wanted} is null; null when it has no such kernel.
   */
  public static String kernelName(JsonValue specs, String wanted) {
    JsonObject object = specs == null ? null : specs.asObject();
    JsonObject kernels = object == null ? null : object.getObject("kernelspecs");
    if (wanted == null || wanted.isEmpty()) {
      String fallback = object == null ? null : object.getString("default", null);
      return fallback != null ? fallback : kernels != null && kernels.size() > 0 ? kernels.keys().get(0) : null;
    }
    return kernels != null && kernels.get(wanted) != null ? wanted : null;
  }

  /** The kernel names of {@code GET api/kernelspecs}, comma-separated, for a message. */
  public static String kernelNames(JsonValue specs) {
    JsonObject object = specs == null ? null : specs.asObject();
    JsonObject kernels = object == null ? null : object.getObject("kernelspecs");
    return kernels == null || kernels.size() == 0 ? "none" : Strings.join(", ", kernels.keys());
  }

  /** The language of kernel {@code kernelName} in {@code GET api/kernelspecs} ({@code spec.language}), or null. */
  public static String language(JsonValue specs, String kernelName) {
    JsonObject object = specs == null ? null : specs.asObject();
    JsonObject kernels = object == null ? null : object.getObject("kernelspecs");
    JsonObject kernel = kernels == null || kernelName == null ? null : kernels.getObject(kernelName);
    JsonObject spec = kernel == null ? null : kernel.getObject("spec");
    return spec == null ? null : spec.getString("language", null);
  }
}
