package io.jupyterkit.render;

/**
 * Pages of a long text, so that the page draws one page (bounded work and DOM) while the reader can still reach
 * every character. Pages end after a newline where there is one in the page's second half, else they are cut at a
 * character count (output printed without newlines), never inside a surrogate pair.
 */
public final class TextWindow {
  private TextWindow() {}

  /** The end of the page that starts at {@code start}. */
  public static int endOfPageFrom(String text, int start, int pageSize) {
    int end = start + pageSize;
    if (end >= text.length()) {
      return text.length();
    }
    int newline = text.lastIndexOf('\n', end - 1);
    if (newline >= start + pageSize / 2) {
      return newline + 1;
    }
    return avoidSplitPair(text, end);
  }

  /** The start of the page that ends at {@code end}. */
  public static int startOfPageTo(String text, int end, int pageSize) {
    int start = end - pageSize;
    if (start <= 0) {
      return 0;
    }
    int newline = text.indexOf('\n', start - 1);
    if (newline >= 0 && newline + 1 <= end - pageSize / 2) {
      return newline + 1;
    }
    return avoidSplitPair(text, start);
  }

  private static int avoidSplitPair(String text, int at) {
    return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
  }

  /** A count with thousands separators, for "characters 1–100,000 of 10,000,000". */
  public static String grouped(int count) {
    String digits = String.valueOf(count);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0 && digits.charAt(i - 1) != '-') {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
