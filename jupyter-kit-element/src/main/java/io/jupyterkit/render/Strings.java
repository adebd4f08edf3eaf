package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * String splitting and joining: String.split would pull J2CL's regular-expression emulation into the bundle, and
 * String.join its StringJoiner.
 */
public final class Strings {
  private Strings() {}

  /** The parts of {@code text} between occurrences of {@code separator}, empty parts included. */
  public static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == separator) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** The parts with {@code separator} between them. */
  public static String join(String separator, Iterable<String> parts) {
    StringBuilder text = new StringBuilder();
    for (String part : parts) {
      if (text.length() > 0) {
        text.append(separator);
      }
      text.append(part);
    }
    return text.toString();
  }
}
