package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes TeX out of markdown before the markdown parser sees it (which would eat its underscores and backslashes),
 * leaving {@code @@n@@} placeholders to put it back afterwards, by the rules of JupyterLab's {@code removeMath}:
 * math opens with {@code $}, {@code $$}, {@code \\(} or {@code \\[} (two backslashes, which markdown would turn
 * into one) or {@code \begin{name}}, and closes with the same delimiter (or {@code \end{name}}) once its braces
 * balance, within one paragraph; {@code \$}, {@code \{} and {@code \}} never delimit; dollars inside code spans
 * and fenced code are left to the markdown. What is put back is still delimited TeX: {@link TexFinder} then finds
 * the math in the rendered text, as MathJax does in JupyterLab. Single-backslash {@code \(} is markdown's escaped
 * parenthesis, as in JupyterLab.
 */
public final class MathExtractor {
  private final String text;
  private final boolean[] literal;
  private final List<String> math = new ArrayList<>();
  private String result;

  private MathExtractor(String text) {
    this.text = text;
    this.literal = CodeSpans.protectedDollars(text);
  }

  /** The markdown with placeholders; {@link #math()} holds what each placeholder stands for. */
  public static MathExtractor extract(String markdown) {
    MathExtractor extractor = new MathExtractor(markdown.replace("\r\n", "\n").replace('\r', '\n'));
    extractor.run();
    return extractor;
  }

  public String text() {
    return result;
  }

  /** The source of each piece of math, delimiters included, by placeholder number. */
  public List<String> math() {
    return math;
  }

  /** The placeholder for math number {@code index}. */
  public static String placeholder(int index) {
    return "@@" + index + "@@";
  }

  /**
   * {@code text} with every placeholder replaced by its math, {@code \\(…\\)} and {@code \\[…\\]} given the single
   * backslash TeX expects, as JupyterLab's {@code replaceMath} does; placeholders without math stay as they are.
   */
  public static String restore(String text, List<String> math) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at = text.indexOf("@@");
    while (at >= 0) {
      int end = text.indexOf("@@", at + 2);
      int index = end < 0 ? -1 : number(text.substring(at + 2, end));
      if (index < 0 || index >= math.size()) {
        at = end < 0 ? -1 : text.indexOf("@@", at + 2);
        continue;
      }
      out.append(text, from, at).append(singleBackslashed(math.get(index)));
      from = end + 2;
      at = text.indexOf("@@", from);
    }
    return out.append(text, from, text.length()).toString();
  }

  private static String singleBackslashed(String group) {
    if (group.length() >= 6 && (group.startsWith("\\\\(") && group.endsWith("\\\\)")
        || group.startsWith("\\\\[") && group.endsWith("\\\\]"))) {
      return group.substring(1, group.length() - 3) + group.substring(group.length() - 2);
    }
    return group;
  }

  private static int number(String digits) {
    if (digits.isEmpty() || digits.length() > 9) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The text split into plain runs (even indexes) and tokens (odd indexes), as removeMath splits it. */
  private List<String> split() {
    List<String> blocks = new ArrayList<>();
    int plainFrom = 0;
    int i = 0;
    while (i < text.length()) {
      int end = token(i);
      if (end < 0) {
        i++;
        continue;
      }
      blocks.add(text.substring(plainFrom, i));
      blocks.add(text.substring(i, end));
      plainFrom = end;
      i = end;
    }
    blocks.add(text.substring(plainFrom));
    return blocks;
  }

  /** The end of the token starting at {@code i}, or -1 when none starts there. */
  private int token(int i) {
    char c = text.charAt(i);
    if (c == '$') {
      if (literal[i]) {
        return -1;
      }
      return i + 1 < text.length() && text.charAt(i + 1) == '$' && !literal[i + 1] ? i + 2 : i + 1;
    }
    if (c == '\\') {
      int environment = environmentEnd(i);
      if (environment > 0) {
        return environment;
      }
      if (i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == '{' || next == '}' || next == '$') {
          return i + 2;
        }
        if (next == '\\' && i + 2 < text.length() && "()[]".indexOf(text.charAt(i + 2)) >= 0) {
          return i + 3;
        }
      }
      return -1;
    }
    if (c == '{' || c == '}') {
      return i + 1;
    }
    if (c == '\n') {
      int end = i + 1;
      while (end < text.length() && TexFinder.isSpace(text.charAt(end))) {
        end++;
      }
      return end;
    }
    if (c == '@' && text.startsWith("@@", i)) {
      int end = i + 2;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      return end > i + 2 && text.startsWith("@@", end) ? end + 2 : -1;
    }
    return -1;
  }

  /** The end of {@code \begin{name}} or {@code \end{name}} (name of ASCII letters, maybe starred) at {@code i}. */
  private int environmentEnd(int i) {
    int open;
    if (text.startsWith("\\begin{", i)) {
      open = i + 7;
    } else if (text.startsWith("\\end{", i)) {
      open = i + 5;
    } else {
      return -1;
    }
    int j = open;
    while (j < text.length() && isAsciiLetter(text.charAt(j))) {
      j++;
    }
    if (j < text.length() && text.charAt(j) == '*') {
      j++;
    }
    return j < text.length() && text.charAt(j) == '}' ? j + 1 : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private void run() {
    List<String> blocks = split();
    int start = -1;
    String end = null;
    int last = -1;
    int braces = 0;
    for (int i = 1; i < blocks.size(); i += 2) {
      String block = blocks.get(i);
      if (block.charAt(0) == '@') {
        // Text that looks like a placeholder is kept as math, so that it comes back unchanged.
        blocks.set(i, placeholder(math.size()));
        math.add(block);
      } else if (start >= 0) {
        if (block.equals(end)) {
          if (braces > 0) {
            last = i;
          } else {
            collect(blocks, start, i);
            start = -1;
            end = null;
            last = -1;
          }
        } else if (isParagraphBreak(block)) {
          if (last >= 0) {
            i = last;
            collect(blocks, start, i);
          }
          start = -1;
          end = null;
          last = -1;
          braces = 0;
        } else if (block.equals("{")) {
          braces++;
        } else if (block.equals("}") && braces > 0) {
          braces--;
        }
      } else if (block.equals("$") || block.equals("$$")) {
        start = i;
        end = block;
        braces = 0;
      } else if (block.equals("\\\\(") || block.equals("\\\\[")) {
        start = i;
        end = block.endsWith("(") ? "\\\\)" : "\\\\]";
        braces = 0;
      } else if (block.startsWith("\\begin")) {
        start = i;
        end = "\\end" + block.substring(6);
        braces = 0;
      }
    }
    if (start >= 0 && last >= 0) {
      collect(blocks, start, last);
    }
    StringBuilder out = new StringBuilder();
    for (String block : blocks) {
      out.append(block);
    }
    result = out.toString();
  }

  /** A run of line breaks holding two or more of them (with only spaces between): a new paragraph. */
  private static boolean isParagraphBreak(String block) {
    if (block.charAt(0) != '\n') {
      return false;
    }
    return block.indexOf('\n', 1) > 0;
  }

  private void collect(List<String> blocks, int from, int to) {
    StringBuilder tex = new StringBuilder();
    for (int k = from; k <= to; k++) {
      tex.append(blocks.get(k));
      blocks.set(k, "");
    }
    blocks.set(from, placeholder(math.size()));
    math.add(tex.toString());
  }
}
