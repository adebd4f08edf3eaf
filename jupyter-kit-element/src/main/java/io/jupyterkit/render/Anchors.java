package io.jupyterkit.render;

/**
 * In-page links as JupyterLab makes them: a markdown heading's id is its text with each space replaced by
 * {@code -} (nothing else changes: case, punctuation and accents stay), and a link whose {@code href} is only a
 * fragment ({@code #…}) goes to the element of that id or name in the notebook.
 */
public final class Anchors {
  private Anchors() {}

  /** The id JupyterLab gives a heading of this text. */
  public static String headingId(String text) {
    return text.replace(' ', '-');
  }

  /** The fragment an in-page link points to ({@code "#a-b"} gives {@code "a-b"}); null for any other link. */
  public static String fragment(String href) {
    if (href == null) {
      return null;
    }
    String trimmed = href.trim();
    return trimmed.length() > 1 && trimmed.charAt(0) == '#' ? trimmed.substring(1) : null;
  }

  /**
   * Whether a markdown source has a heading whose id would be {@code id}, or names {@code id} in an {@code id} or
   * {@code name} attribute: the cell to bring near the screen when its DOM is not drawn yet. Headings are compared
   * as written less their inline markup characters, so this finds the cell, not the exact element.
   */
  public static boolean markdownMayHold(String source, String id) {
    if (namesInHtml(source, id)) {
      return true;
    }
    String wanted = withoutMarkup(id);
    for (String line : Strings.split(source, '\n')) {
      String text = line.trim();
      if (!text.startsWith("#")) {
        continue;
      }
      int start = 0;
      while (start < text.length() && text.charAt(start) == '#') {
        start++;
      }
      int end = text.length();
      while (end > start && (text.charAt(end - 1) == '#' || text.charAt(end - 1) == ' ')) {
        end--;
      }
      if (headingId(withoutMarkup(text.substring(start, end).trim())).equals(wanted)) {
        return true;
      }
    }
    // Setext headings (a line underlined with = or -) are compared whole.
    return source.indexOf(id.replace('-', ' ')) >= 0 && (source.indexOf("\n===") >= 0 || source.indexOf("\n---") >= 0);
  }

  /** Whether HTML names {@code id} in an {@code id} or {@code name} attribute. */
  public static boolean namesInHtml(String html, String id) {
    for (String attribute : new String[] {"id=\"", "id='", "name=\"", "name='"}) {
      String quote = attribute.substring(attribute.length() - 1);
      if (html.indexOf(attribute + id + quote) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String withoutMarkup(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '*' && c != '_' && c != '`') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
