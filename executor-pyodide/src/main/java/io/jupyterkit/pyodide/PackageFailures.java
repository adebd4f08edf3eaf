package io.jupyterkit.pyodide;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;

/** Words for the packages that could not be installed, as the kernel reports them ({@code {name: reason}}). */
final class PackageFailures {
  /** Longest reason shown; the kernel's own are shorter, a remote kernel's may not be. */
  static final int MAX_REASON = 300;

  private PackageFailures() {}

  /** One line per package ({@code Could not install numpy: <reason>}), or empty when nothing failed. */
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
      String words = reason != null && reason.isString() ? oneLine(reason.asString()) : "";
      text.append("Could not install ").append(name).append(": ").append(words.isEmpty() ? "unknown reason" : words);
    }
    return text.toString();
  }

  /** The first line that says something, white space runs as one space, cut to {@link #MAX_REASON}. */
  static String oneLine(String reason) {
    StringBuilder line = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (c == '\n' && line.length() > 0) {
        break;
      }
      if (Character.isWhitespace(c)) {
        space = line.length() > 0;
      } else {
        if (space) {
          line.append(' ');
          space = false;
        }
        line.append(c);
      }
    }
    return line.length() <= MAX_REASON ? line.toString()
        : line.substring(0, MAX_REASON - 1).trim() + "\u2026";
  }
}
