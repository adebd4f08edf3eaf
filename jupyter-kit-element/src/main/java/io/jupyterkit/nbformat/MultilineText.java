package io.jupyterkit.nbformat;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonValue;

/** nbformat's "multiline string": a string, or an array of strings to be joined as they are. */
public final class MultilineText {
  private MultilineText() {}

  /** The joined text, or null when {@code value} is neither a string nor an array of strings. */
  public static String join(JsonValue value) {
    if (value == null) {
      return null;
    }
    if (value.isString()) {
      return value.asString();
    }
    JsonArray array = value.asArray();
    if (array == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (JsonValue part : array.items()) {
      if (!part.isString()) {
        return null;
      }
      text.append(part.asString());
    }
    return text.toString();
  }

  /** Splits text after each newline, as Jupyter writes multiline strings; indexOf keeps this native-fast. */
  public static JsonArray split(String text) {
    JsonArray lines = new JsonArray();
    int start = 0;
    for (int end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      lines.add(text.substring(start, end + 1));
      start = end + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
