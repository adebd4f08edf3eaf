package io.jupyterkit.pyodide;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;

/** Words for the packages that could not be installed, as the kernel reports them ({@code {name: reason}}). */
final class PackageFailures {
  private PackageFailures() {}

  /** One line per package, or empty when nothing failed. */
  static String describe(JsonObject failures) {
    if (failures == null) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    for (String name : failures.keys()) {
      JsonValue reason = failures.get(name);
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append("Could not install ").append(name).append(": ")
          .append(reason != null && reason.isString() ? reason.asString() : "unknown reason");
    }
    return text.toString();
  }
}
