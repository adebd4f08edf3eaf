package io.jupyterkit.render;

/** Terminal escape handling for stream and traceback text. */
public final class Ansi {
  private Ansi() {}

  /** The text without ANSI escape sequences (CSI sequences such as colours, and two-character escapes). */
  public static String strip(String text) {
    if (text.indexOf('\u001b') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '\u001b') {
        out.append(c);
        i++;
        continue;
      }
      i++;
      if (i < text.length() && text.charAt(i) == '[') {
        i++;
        // Parameter and intermediate bytes, then one final byte in @..~.
        while (i < text.length() && (text.charAt(i) < '@' || text.charAt(i) > '~')) {
          i++;
        }
        i++;
      } else if (i < text.length()) {
        i++;
      }
    }
    return out.toString();
  }
}
