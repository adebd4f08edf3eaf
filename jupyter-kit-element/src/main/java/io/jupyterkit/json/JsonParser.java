package io.jupyterkit.json;

/**
 * Parses JSON text (RFC 8259). The browser uses {@code JSON.parse} instead ({@code JsJson.parse}); this serves the
 * JVM, tests and tools, and no browser code may call it (a test checks that no bundle holds it).
 */
public final class JsonParser {
  private final String text;
  private int pos;

  private JsonParser(String text) {
    this.text = text;
  }

  /** Parses {@code text}; throws {@link JsonException} with the offending position when it is not JSON. */
  public static JsonValue parse(String text) {
    JsonParser parser = new JsonParser(text);
    parser.skipSpace();
    JsonValue value = parser.value(0);
    parser.skipSpace();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected text after the value");
    }
    return value;
  }

  private static final int MAX_DEPTH = 1000;

  private JsonValue value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested too deeply");
    }
    if (pos >= text.length()) {
      throw error("unexpected end of text");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return new JsonString(string());
      case 't':
        literal("true");
        return JsonBoolean.TRUE;
      case 'f':
        literal("false");
        return JsonBoolean.FALSE;
      case 'n':
        literal("null");
        return JsonNull.INSTANCE;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private JsonObject object(int depth) {
    JsonObject object = new JsonObject();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return object;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a quoted key");
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      object.put(key, value(depth + 1));
      skipSpace();
      char c = next();
      if (c == '}') {
        return object;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private JsonArray array(int depth) {
    JsonArray array = new JsonArray();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return array;
    }
    while (true) {
      skipSpace();
      array.add(value(depth + 1));
      skipSpace();
      char c = next();
      if (c == ']') {
        return array;
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char e = next();
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out.append(e);
            break;
          case 'n':
            out.append('\n');
            break;
          case 'r':
            out.append('\r');
            break;
          case 't':
            out.append('\t');
            break;
          case 'b':
            out.append('\b');
            break;
          case 'f':
            out.append('\f');
            break;
          case 'u':
            if (pos + 4 > text.length()) {
              throw error("short \\u escape");
            }
            out.append((char) hex(text.substring(pos, pos + 4)));
            pos += 4;
            break;
          default:
            throw error("bad escape '\\" + e + "'");
        }
      } else if (c < 0x20) {
        throw error("control character in string");
      } else {
        out.append(c);
      }
    }
  }

  private int hex(String digits) {
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), 16);
      if (digit < 0) {
        throw error("bad \\u escape");
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private JsonNumber number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    digits();
    if (peek() == '.') {
      pos++;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      digits();
    }
    return new JsonNumber(Double.parseDouble(text.substring(start, pos)));
  }

  private void digits() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      pos++;
    }
    if (pos == start) {
      throw error("expected a digit");
    }
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("expected " + word);
    }
    pos += word.length();
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected '" + c + "'");
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char next() {
    if (pos >= text.length()) {
      throw error("unexpected end of text");
    }
    return text.charAt(pos++);
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  private JsonException error(String message) {
    return new JsonException(message + " at offset " + pos);
  }
}
