package io.jupyterkit.json;


/** Writes JSON text. Indentation is optional; nbformat files are conventionally written with one space. */
public final class JsonWriter {
  private final StringBuilder out = new StringBuilder();
  private final String indent;

  private JsonWriter(String indent) {
    this.indent = indent;
  }

  /** Compact text. */
  public static String write(JsonValue value) {
    JsonWriter writer = new JsonWriter(null);
    writer.value(value, 0);
    return writer.out.toString();
  }

  /** Text with each nesting level indented by {@code indent}, as Jupyter writes notebooks. */
  public static String write(JsonValue value, String indent) {
    JsonWriter writer = new JsonWriter(indent);
    writer.value(value, 0);
    return writer.out.toString();
  }

  private void value(JsonValue value, int depth) {
    if (value == null || value.isNull()) {
      out.append("null");
    } else if (value.isBoolean()) {
      out.append(value.asBoolean() ? "true" : "false");
    } else if (value.isNumber()) {
      number(value.asNumber());
    } else if (value.isString()) {
      string(value.asString());
    } else if (value.isArray()) {
      array(value.asArray(), depth);
    } else {
      object(value.asObject(), depth);
    }
  }

  private void number(double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      out.append("null");
    } else if (number == Math.floor(number) && Math.abs(number) < 9.007199254740992E15) {
      integral(number);
    } else {
      out.append(number);
    }
  }

  /**
   * A whole number without a decimal point, in two int halves: Java longs are emulated in JavaScript, and that code
   * would ship just for this.
   */
  private void integral(double number) {
    if (number < 0) {
      out.append('-');
      number = -number;
    }
    double high = Math.floor(number / 1e9);
    int low = (int) (number - high * 1e9);
    if (high == 0) {
      out.append(low);
      return;
    }
    out.append((int) high);
    String digits = String.valueOf(low);
    for (int i = digits.length(); i < 9; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  private void array(JsonArray array, int depth) {
    if (array.size() == 0) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      newline(depth + 1);
      value(array.get(i), depth + 1);
    }
    newline(depth);
    out.append(']');
  }

  private void object(JsonObject object, int depth) {
    if (object.size() == 0) {
      out.append("{}");
      return;
    }
    out.append('{');
    boolean first = true;
    for (String key : object.keys()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      newline(depth + 1);
      string(key);
      out.append(indent == null ? ":" : ": ");
      value(object.get(key), depth + 1);
    }
    newline(depth);
    out.append('}');
  }

  private void newline(int depth) {
    if (indent == null) {
      return;
    }
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append(indent);
    }
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        default:
          // U+2028/2029 are escaped too so the text is also valid inside a JavaScript string.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append("\\u");
            String hex = Integer.toHexString(c);
            for (int pad = hex.length(); pad < 4; pad++) {
              out.append('0');
            }
            out.append(hex);
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

}
