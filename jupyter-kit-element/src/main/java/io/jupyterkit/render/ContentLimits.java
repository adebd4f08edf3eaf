package io.jupyterkit.render;

/**
 * How much HTML the page may parse and sanitise in one go. Parsing is synchronous on the main thread, and some
 * shapes cost far more than their size (thousands of unclosed formatting tags make the HTML parser quadratic), so
 * HTML and markdown past these bounds are shown as text with a notice instead of freezing the page. A linear scan
 * that stops at the first bound decides, before any parsing.
 */
public final class ContentLimits {
  private ContentLimits() {}

  /** Characters of HTML (or markdown) parsed at once; a pandas table of a few thousand cells fits. */
  public static final int MAX_HTML_CHARS = 300_000;
  /** Open elements at once; real notebooks stay far below, pathological ones go to thousands. */
  public static final int MAX_NESTING = 256;

  /** Elements that never hold content. */
  private static final String VOID = " area base br col embed hr img input link meta param source track wbr ";
  /** Elements the parser closes by itself when the next one starts, so leaving them open costs nothing. */
  private static final String SELF_ENDING = " p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt"
      + " rp caption ";
  /** Elements whose content is text up to their end tag. */
  private static final String RAW_TEXT = " script style textarea title xmp noscript noembed noframes iframe ";

  /** Null when {@code html} can be drawn without freezing the page; else why not, in words for the reader. */
  public static String htmlProblem(String html) {
    if (html.length() > MAX_HTML_CHARS) {
      return "it is " + TextWindow.grouped(html.length()) + " characters long, more than the "
          + TextWindow.grouped(MAX_HTML_CHARS) + " that can be drawn without freezing the page (the notebook keeps"
          + " all of it).";
    }
    if (nestingDepth(html, MAX_NESTING + 1) > MAX_NESTING) {
      return "its tags nest more than " + MAX_NESTING + " deep, which would freeze the page (the notebook keeps all"
          + " of it).";
    }
    return null;
  }

  /** The deepest nesting of elements in {@code html}, counting up to {@code stopAt}. */
  static int nestingDepth(String html, int stopAt) {
    int depth = 0;
    int deepest = 0;
    int length = html.length();
    int at = html.indexOf('<');
    while (at >= 0 && at + 1 < length && deepest < stopAt) {
      char next = html.charAt(at + 1);
      if (html.startsWith("!--", at + 1)) {
        int end = html.indexOf("-->", at + 4);
        if (end < 0) {
          break;
        }
        at = html.indexOf('<', end + 3);
        continue;
      }
      if (next == '/') {
        depth = Math.max(0, depth - 1);
      } else if (isLetter(next)) {
        int nameEnd = at + 1;
        while (nameEnd < length && isNameChar(html.charAt(nameEnd))) {
          nameEnd++;
        }
        String name = " " + html.substring(at + 1, nameEnd).toLowerCase() + " ";
        int close = html.indexOf('>', nameEnd);
        if (close < 0) {
          break;
        }
        if (RAW_TEXT.indexOf(name) >= 0) {
          int end = endTag(html, name.trim(), close);
          if (end < 0) {
            break;
          }
          at = html.indexOf('<', html.indexOf('>', end) + 1);
          continue;
        }
        boolean selfClosed = html.charAt(close - 1) == '/';
        if (!selfClosed && VOID.indexOf(name) < 0 && SELF_ENDING.indexOf(name) < 0) {
          depth++;
          deepest = Math.max(deepest, depth);
        }
        at = close;
      }
      at = html.indexOf('<', at + 1);
    }
    return deepest;
  }

  /** Where the end tag of raw-text element {@code name} starts, from {@code from}; -1 when there is none. */
  private static int endTag(String html, String name, int from) {
    for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
      if (html.regionMatches(true, at + 2, name, 0, name.length())) {
        return at;
      }
    }
    return -1;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == ':';
  }
}
