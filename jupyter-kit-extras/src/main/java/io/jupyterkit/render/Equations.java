package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Equation numbers of one piece of math by the AMS rules MathJax applies with {@code tags: 'ams'}: each row of an
 * {@code equation}, {@code align}, {@code gather}, {@code alignat}, {@code flalign}, {@code multline} or
 * {@code eqnarray} environment (not starred) takes the next number unless it has a {@code \tag} or a
 * {@code \nonumber}/{@code \notag}; {@code \label} names the row's number or tag for {@code \eqref} and
 * {@code \ref}. The notebook numbers its math in document order; {@link #numbered} writes TeX that KaTeX shows
 * with those numbers as explicit tags (KaTeX's own numbering counts per CSS counter scope, which the element's
 * style containment resets for every cell, and knows no labels).
 */
public final class Equations {
  private static final String[] NUMBERED = {"equation", "align", "gather", "alignat", "flalign", "multline",
      "eqnarray", "xalignat", "xxalignat"};
  /** Environments KaTeX knows in a starred form, which takes tags but numbers nothing itself. */
  private static final String[] STARRABLE = {"equation", "align", "gather", "alignat"};

  /** One row that takes a number, or carries a label. */
  private static final class Row {
    /** Where its tag goes (the end of the row). */
    int end;
    boolean numbered;
    /** Its own {@code \tag{…}} text, or null. */
    String tag;
    boolean starredTag;
    final List<String> labels = new ArrayList<>();
  }

  private final String tex;
  private final List<Row> rows = new ArrayList<>();
  /** Ranges of {@code \label{…}}, {@code \nonumber} and {@code \notag} to drop, as start/end pairs. */
  private final List<int[]> drops = new ArrayList<>();
  /** Environment names to star: start/end of each name. */
  private final List<int[]> stars = new ArrayList<>();
  private final List<String> refs = new ArrayList<>();
  private int count;

  private Equations(String tex) {
    this.tex = tex;
  }

  /** The numbering of {@code tex}, the TeX of one piece of math (environments with their delimiters). */
  public static Equations of(String tex) {
    Equations equations = new Equations(tex);
    equations.scan(0, tex.length(), null);
    equations.findRefs();
    return equations;
  }

  /** How many numbers the display math of {@code markdown} takes once rendered. */
  public static int countInMarkdown(String markdown) {
    // Display math needs $$, \\[ or an environment: most markdown is spared the search.
    if (!markdown.contains("$$") && !markdown.contains("\\begin") && !markdown.contains("\\\\[")) {
      return 0;
    }
    MathExtractor extracted = MathExtractor.extract(markdown);
    int count = 0;
    for (int i = 0; i < extracted.math().size(); i++) {
      String restored = MathExtractor.restore(MathExtractor.placeholder(i), extracted.math());
      for (TexFinder.Piece piece : TexFinder.find(restored)) {
        if (piece.isMath() && piece.display()) {
          count += of(piece.text()).count();
        }
      }
    }
    return count;
  }

  /** How many numbers it takes. */
  public int count() {
    return count;
  }

  /** Whether its rendering depends on the notebook's numbering: it takes numbers, has labels, or refers to one. */
  public boolean isNumbered() {
    if (count > 0 || !refs.isEmpty()) {
      return true;
    }
    for (Row row : rows) {
      if (!row.labels.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Adds what its labels name, given that its first number is {@code first}, to {@code labels}. */
  public void addLabels(int first, Map<String, String> labels) {
    int number = first;
    for (Row row : rows) {
      String shown = row.tag != null ? (row.starredTag ? row.tag : "(" + row.tag + ")")
          : row.numbered ? "(" + number + ")" : null;
      if (row.numbered) {
        number++;
      }
      for (String label : row.labels) {
        if (shown != null && !labels.containsKey(label)) {
          labels.put(label, shown);
        }
      }
    }
  }

  /** The TeX to give KaTeX: its numbers from {@code first} as tags, references resolved from {@code labels}. */
  public String numbered(int first, Map<String, String> labels) {
    List<int[]> edits = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int[] drop : drops) {
      edits.add(drop);
      texts.add("");
    }
    for (int[] star : stars) {
      edits.add(new int[] {star[1], star[1]});
      texts.add("*");
    }
    int number = first;
    for (Row row : rows) {
      if (row.numbered) {
        edits.add(new int[] {row.end, row.end});
        texts.add("\\tag{" + number++ + "}");
      }
    }
    for (int i = 0; i < refs.size(); i++) {
      String ref = refs.get(i);
      int[] range = {refStarts.get(i), refEnds.get(i)};
      boolean eq = ref.startsWith("(");
      String shown = labels.get(ref.substring(1));
      if (shown == null) {
        shown = eq ? "(???)" : "???";
      } else if (!eq && shown.startsWith("(") && shown.endsWith(")")) {
        shown = shown.substring(1, shown.length() - 1);
      }
      edits.add(range);
      texts.add("\\text{" + escapeText(shown) + "}");
    }
    return apply(edits, texts);
  }

  private static String escapeText(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("#$%&_{}".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** {@code tex} with each range replaced by its text, earlier ranges first (an overlapping one is skipped). */
  private String apply(List<int[]> edits, List<String> texts) {
    // Few edits: an insertion sort by start, stable, keeps the order of edits at one place.
    int[] order = new int[edits.size()];
    for (int i = 0; i < order.length; i++) {
      int k = i;
      while (k > 0 && edits.get(order[k - 1])[0] > edits.get(i)[0]) {
        order[k] = order[k - 1];
        k--;
      }
      order[k] = i;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int k : order) {
      int[] range = edits.get(k);
      if (range[0] < from) {
        continue;
      }
      out.append(tex, from, range[0]).append(texts.get(k));
      from = range[1];
    }
    return out.append(tex, from, tex.length()).toString();
  }

  private final List<Integer> refStarts = new ArrayList<>();
  private final List<Integer> refEnds = new ArrayList<>();

  /** {@code \eqref{x}} and {@code \ref{x}} anywhere, kept as "(x" and ")x"-free keys: "(" or "[" then the name. */
  private void findRefs() {
    for (int i = 0; i < tex.length(); i++) {
      if (tex.charAt(i) != '\\') {
        continue;
      }
      int name = tex.startsWith("\\eqref", i) ? i + 6 : tex.startsWith("\\ref", i) ? i + 4 : -1;
      if (name < 0 || name < tex.length() && isLetter(tex.charAt(name))) {
        i++;
        continue;
      }
      int brace = skipSpaces(name);
      int end = brace < tex.length() && tex.charAt(brace) == '{' ? tex.indexOf('}', brace) : -1;
      if (end < 0) {
        continue;
      }
      refs.add((tex.startsWith("\\eqref", i) ? "(" : "[") + tex.substring(brace + 1, end).trim());
      refStarts.add(i);
      refEnds.add(end + 1);
      i = end;
    }
  }

  /**
   * Reads {@code [from, to)}; {@code environment} is the numbered environment it is the body of (its rows split at
   * {@code \\}), or null outside any, where only a {@code \tag} or {@code \label} of the whole math counts.
   */
  private void scan(int from, int to, String environment) {
    boolean multiRow = environment != null && !environment.equals("equation") && !environment.equals("multline");
    Row row = new Row();
    row.numbered = environment != null;
    int rowStart = from;
    int braces = 0;
    int i = from;
    while (i < to) {
      char c = tex.charAt(i);
      if (c == '{') {
        braces++;
        i++;
        continue;
      }
      if (c == '}') {
        braces = Math.max(0, braces - 1);
        i++;
        continue;
      }
      if (c != '\\' || i + 1 >= to) {
        i++;
        continue;
      }
      if (tex.startsWith("\\begin", i) && !isLetterAt(i + 6)) {
        int nameStart = skipSpaces(i + 6);
        int nameEnd = nameStart < to && tex.charAt(nameStart) == '{' ? tex.indexOf('}', nameStart) : -1;
        if (nameEnd < 0 || nameEnd >= to) {
          i += 6;
          continue;
        }
        String name = tex.substring(nameStart + 1, nameEnd).trim();
        int close = matchingEnd(name, nameEnd + 1, to);
        if (close < 0) {
          i = nameEnd + 1;
          continue;
        }
        if (environment == null && braces == 0 && isNumbered(name)) {
          if (isStarrable(name)) {
            stars.add(new int[] {nameStart + 1, nameEnd});
            int endName = tex.indexOf('{', close) + 1;
            stars.add(new int[] {endName, tex.indexOf('}', endName)});
          }
          scan(nameEnd + 1, close, name);
        } else {
          scanMarks(nameEnd + 1, close, row);
        }
        i = tex.indexOf('}', close) + 1;
        continue;
      }
      if (multiRow && braces == 0 && tex.charAt(i + 1) == '\\') {
        finishRow(row, rowStart, i);
        row = new Row();
        row.numbered = true;
        i += 2;
        rowStart = i;
        continue;
      }
      i = mark(i, to, row);
    }
    if (environment == null) {
      if (row.tag != null || !row.labels.isEmpty()) {
        row.numbered = false;
        row.end = to;
        rows.add(row);
      }
      return;
    }
    if (multiRow && tex.substring(rowStart, to).trim().isEmpty() && row.tag == null && row.labels.isEmpty()
        && rowStart > from) {
      // A last row left empty by a trailing \\ is no row.
      return;
    }
    finishRow(row, rowStart, to);
  }

  private void finishRow(Row row, int start, int end) {
    row.end = end;
    if (row.tag != null) {
      row.numbered = false;
    }
    if (row.numbered) {
      count++;
    }
    rows.add(row);
  }

  /** Labels, tags and number switches inside a nested environment belong to the row around it. */
  private void scanMarks(int from, int to, Row row) {
    int i = from;
    while (i < to) {
      i = tex.charAt(i) == '\\' && i + 1 < to ? mark(i, to, row) : i + 1;
    }
  }

  /** Reads the control sequence at {@code i} into {@code row}; returns the index after it. */
  private int mark(int i, int to, Row row) {
    int nameEnd = i + 1;
    while (nameEnd < to && isLetter(tex.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == i + 1) {
      return i + 2;
    }
    String command = tex.substring(i + 1, nameEnd);
    if (command.equals("nonumber") || command.equals("notag")) {
      row.numbered = false;
      drops.add(new int[] {i, nameEnd});
      return nameEnd;
    }
    if (command.equals("label") || command.equals("tag")) {
      int at = skipSpaces(nameEnd);
      boolean starred = false;
      if (command.equals("tag") && at < to && tex.charAt(at) == '*') {
        starred = true;
        at = skipSpaces(at + 1);
      }
      int end = at < to && tex.charAt(at) == '{' ? groupEnd(at, to) : -1;
      if (end < 0) {
        return nameEnd;
      }
      String argument = tex.substring(at + 1, end).trim();
      if (command.equals("label")) {
        row.labels.add(argument);
        drops.add(new int[] {i, end + 1});
      } else {
        row.tag = argument;
        row.starredTag = starred;
      }
      return end + 1;
    }
    return nameEnd;
  }

  /** The index of the brace closing the group opening at {@code open}, or -1. */
  private int groupEnd(int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i++) {
      char c = tex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Where the {@code \end{name}} closing an environment whose body starts at {@code from} begins, or -1. */
  private int matchingEnd(String name, int from, int to) {
    int depth = 0;
    int i = from;
    while (i < to) {
      if (tex.startsWith("\\begin", i) || tex.startsWith("\\end", i)) {
        boolean begin = tex.charAt(i + 1) == 'b';
        int brace = skipSpaces(i + (begin ? 6 : 4));
        int close = brace < to && tex.charAt(brace) == '{' ? tex.indexOf('}', brace) : -1;
        if (close > 0 && tex.substring(brace + 1, close).trim().equals(name)) {
          if (begin) {
            depth++;
          } else if (depth-- == 0) {
            return i;
          }
        }
        i = close > 0 ? close + 1 : i + 1;
        continue;
      }
      i += tex.charAt(i) == '\\' ? 2 : 1;
    }
    return -1;
  }

  private static boolean isNumbered(String name) {
    for (String numbered : NUMBERED) {
      if (numbered.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStarrable(String name) {
    for (String starrable : STARRABLE) {
      if (starrable.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private boolean isLetterAt(int i) {
    return i < tex.length() && isLetter(tex.charAt(i));
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private int skipSpaces(int from) {
    int i = from;
    while (i < tex.length() && TexFinder.isSpace(tex.charAt(i))) {
      i++;
    }
    return i;
  }
}
