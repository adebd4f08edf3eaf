package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds TeX in a run of rendered text as MathJax does with JupyterLab's settings: inline {@code $…$} and
 * {@code \(…\)}, display {@code $$…$$}, {@code \[…\]} and {@code \begin{env}…\end{env}} (kept whole), the closing
 * delimiter counted only outside braces and control sequences; {@code \$} and {@code \\} stand for a dollar and a
 * backslash; {@code \ref{…}} and {@code \eqref{…}} outside math are math of their own.
 */
public final class TexFinder {
  /** A piece of the text: plain text, or TeX with whether it is displayed. */
  public static final class Piece {
    private final String text;
    private final boolean math;
    private final boolean display;

    Piece(String text, boolean math, boolean display) {
      this.text = text;
      this.math = math;
      this.display = display;
    }

    /** The plain text, or the TeX without its delimiters (environments keep theirs). */
    public String text() {
      return text;
    }

    public boolean isMath() {
      return math;
    }

    public boolean display() {
      return display;
    }
  }

  /**
   * How many characters the searches for closing delimiters may read in one text. Each unclosed opening reads to
   * the end, so a text of many lone dollars costs its length squared; past this, the rest is text (a page of prose
   * takes a few thousand).
   */
  private static final int SEARCH_BUDGET = 4_000_000;

  private final String text;
  private int budget = SEARCH_BUDGET;

  private TexFinder(String text) {
    this.text = text;
  }

  /** The pieces of {@code text} in order; one plain piece when it holds no math. */
  public static List<Piece> find(String text) {
    return new TexFinder(text).pieces();
  }

  private List<Piece> pieces() {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (budget <= 0) {
        plain.append(text, i, text.length());
        break;
      }
      char c = text.charAt(i);
      int consumed = -1;
      if (c == '$') {
        boolean display = text.startsWith("$$", i);
        consumed = delimited(i, display ? "$$" : "$", display ? "$$" : "$", display, plain, pieces);
      } else if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == '(') {
          consumed = delimited(i, "\\(", "\\)", false, plain, pieces);
        } else if (next == '[') {
          consumed = delimited(i, "\\[", "\\]", true, plain, pieces);
        } else if (text.startsWith("\\begin", i)) {
          consumed = environment(i, plain, pieces);
        }
        if (consumed < 0 && (next == '$' || next == '\\')) {
          plain.append(next);
          consumed = i + 2;
        }
        if (consumed < 0) {
          consumed = reference(i, plain, pieces);
        }
      }
      if (consumed < 0) {
        // An opening delimiter that never closes is text, all of it (MathJax looks for the next one after it).
        int opening = openingLength(i);
        plain.append(text, i, i + opening);
        i += opening;
      } else {
        i = consumed;
      }
    }
    if (plain.length() > 0 || pieces.isEmpty()) {
      pieces.add(new Piece(plain.toString(), false, false));
    }
    return pieces;
  }

  private int openingLength(int at) {
    if (text.startsWith("$$", at) || text.startsWith("\\(", at) || text.startsWith("\\[", at)) {
      return 2;
    }
    if (text.startsWith("\\begin", at)) {
      int brace = skipSpaces(at + 6);
      int nameEnd = brace < text.length() && text.charAt(brace) == '{' ? text.indexOf('}', brace + 1) : -1;
      return nameEnd < 0 ? 1 : nameEnd + 1 - at;
    }
    return 1;
  }

  private static void add(List<Piece> pieces, StringBuilder plain, String tex, boolean display) {
    if (plain.length() > 0) {
      pieces.add(new Piece(plain.toString(), false, false));
      plain.setLength(0);
    }
    pieces.add(new Piece(tex, true, display));
  }

  /** Math from {@code open} at {@code at} to its {@code close}: the index after it, or -1 when it does not close. */
  private int delimited(int at, String open, String close, boolean display, StringBuilder plain,
      List<Piece> pieces) {
    int from = at + open.length();
    int end = closing(from, close);
    if (end < 0) {
      return -1;
    }
    add(pieces, plain, text.substring(from, end), display);
    return end + close.length();
  }

  /** Where {@code close} first occurs at brace depth 0 from {@code from}, skipping control sequences; or -1. */
  private int closing(int from, String close) {
    return closing(from, i -> text.startsWith(close, i));
  }

  /** The first index from {@code from}, at brace depth 0 and not inside a control sequence, where {@code closes}. */
  private int closing(int from, IntPredicate closes) {
    int braces = 0;
    int i = from;
    while (i < text.length() && budget-- > 0) {
      if (braces == 0 && closes.test(i)) {
        return i;
      }
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) != '\n') {
        i += 2;
        continue;
      }
      if (c == '{') {
        braces++;
      } else if (c == '}' && braces > 0) {
        braces--;
      }
      i++;
    }
    return -1;
  }

  private int environment(int at, StringBuilder plain, List<Piece> pieces) {
    int brace = skipSpaces(at + 6);
    if (brace >= text.length() || text.charAt(brace) != '{') {
      return -1;
    }
    int nameEnd = text.indexOf('}', brace + 1);
    if (nameEnd < 0) {
      return -1;
    }
    String name = text.substring(brace + 1, nameEnd);
    String closingName = "{" + name + "}";
    int found = closing(nameEnd + 1,
        i -> text.startsWith("\\end", i) && text.startsWith(closingName, skipSpaces(i + 4)));
    if (found < 0) {
      return -1;
    }
    int end = skipSpaces(found + 4) + closingName.length();
    add(pieces, plain, text.substring(at, end), true);
    return end;
  }

  /** {@code \ref{…}} or {@code \eqref{…}} outside math: inline math of its own. */
  private int reference(int at, StringBuilder plain, List<Piece> pieces) {
    int name = text.startsWith("\\ref", at) ? at + 4 : text.startsWith("\\eqref", at) ? at + 6 : -1;
    if (name < 0) {
      return -1;
    }
    int brace = skipSpaces(name);
    if (brace >= text.length() || text.charAt(brace) != '{') {
      return -1;
    }
    int end = text.indexOf('}', brace);
    if (end < 0) {
      return -1;
    }
    add(pieces, plain, text.substring(at, end + 1), false);
    return end + 1;
  }

  private int skipSpaces(int from) {
    int i = from;
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** White space as TeX and JavaScript's {@code \s} mostly see it. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0';
  }
}
