package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes TeX out of markdown before the markdown parser sees it (which would eat its underscores and backslashes),
 * leaving {@code @@n@@} placeholders to put typeset math back in afterwards, as JupyterLab does. Recognised:
 * {@code $...$}, {@code $$...$$}, {@code \(...\)}, {@code \[...\]} and {@code \begin{env}...\end{env}}; code
 * spans and fenced code blocks are left alone.
 */
public final class MathExtractor {
  /** One piece of TeX and whether it is displayed as a block. */
  public static final class Math {
    private final String tex;
    private final boolean display;

    Math(String tex, boolean display) {
      this.tex = tex;
      this.display = display;
    }

    public String tex() {
      return tex;
    }

    public boolean display() {
      return display;
    }
  }

  private final String text;
  private final StringBuilder out = new StringBuilder();
  private final List<Math> math = new ArrayList<>();
  private int pos;

  private MathExtractor(String text) {
    this.text = text;
  }

  /** The markdown with placeholders; {@link #math()} holds what each placeholder stands for. */
  public static MathExtractor extract(String markdown) {
    MathExtractor extractor = new MathExtractor(markdown);
    extractor.run();
    return extractor;
  }

  public String text() {
    return out.toString();
  }

  public List<Math> math() {
    return math;
  }

  /** The TeX of a {@code text/latex} output, without the $$, $, \[ or \( delimiters that usually wrap it. */
  public static Math latexOutput(String latex) {
    String text = latex.trim();
    String[][] delimiters = {{"$$", "$$"}, {"\\[", "\\]"}, {"\\(", "\\)"}, {"$", "$"}};
    for (String[] pair : delimiters) {
      if (text.length() >= pair[0].length() + pair[1].length() && text.startsWith(pair[0]) && text.endsWith(pair[1])) {
        String inner = text.substring(pair[0].length(), text.length() - pair[1].length());
        return new Math(inner, !pair[0].equals("$") && !pair[0].equals("\\("));
      }
    }
    return new Math(text, true);
  }

  /** The placeholder for math number {@code index}. */
  public static String placeholder(int index) {
    return "@@" + index + "@@";
  }

  private void run() {
    boolean lineStart = true;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (lineStart && fence()) {
        lineStart = true;
        continue;
      }
      lineStart = false;
      if (c == '\n') {
        out.append(c);
        pos++;
        lineStart = true;
      } else if (c == '`') {
        codeSpan();
      } else if (c == '\\' && pos + 1 < text.length()) {
        char next = text.charAt(pos + 1);
        if ((next == '(' && delimited("\\(", "\\)", false)) || (next == '[' && delimited("\\[", "\\]", true))
            || (text.startsWith("\\begin{", pos) && environment())) {
          continue;
        }
        out.append(c).append(next);
        pos += 2;
      } else if (c == '$') {
        if (text.startsWith("$$", pos) && delimited("$$", "$$", true)) {
          continue;
        }
        if (!text.startsWith("$$", pos) && inlineDollar()) {
          continue;
        }
        out.append(c);
        pos++;
      } else {
        out.append(c);
        pos++;
      }
    }
  }

  /** A fenced code block at a line start, copied as it is. */
  private boolean fence() {
    int i = pos;
    while (i < text.length() && i - pos < 3 && text.charAt(i) == ' ') {
      i++;
    }
    String marker = text.startsWith("```", i) ? "```" : text.startsWith("~~~", i) ? "~~~" : null;
    if (marker == null) {
      return false;
    }
    int lineEnd = text.indexOf('\n', i);
    int end = lineEnd < 0 ? text.length() : lineEnd + 1;
    while (end < text.length()) {
      int next = text.indexOf('\n', end);
      int stop = next < 0 ? text.length() : next + 1;
      if (text.substring(end, stop).trim().startsWith(marker)) {
        end = stop;
        break;
      }
      end = stop;
    }
    out.append(text, pos, end);
    pos = end;
    return true;
  }

  /** An inline code span: a run of backticks up to the same run. */
  private void codeSpan() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) == '`') {
      pos++;
    }
    String ticks = text.substring(start, pos);
    int close = text.indexOf(ticks, pos);
    int end = close < 0 ? pos : close + ticks.length();
    out.append(text, start, end);
    pos = end;
  }

  private boolean delimited(String open, String close, boolean display) {
    int end = text.indexOf(close, pos + open.length());
    if (end < 0) {
      return false;
    }
    String tex = text.substring(pos + open.length(), end);
    if (tex.trim().isEmpty() || tex.contains("\n\n")) {
      return false;
    }
    add(tex, display);
    pos = end + close.length();
    return true;
  }

  private boolean inlineDollar() {
    int start = pos + 1;
    if (start >= text.length() || Character.isWhitespace(text.charAt(start))) {
      return false;
    }
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        return false;
      }
      if (c == '$') {
        boolean spaceBefore = Character.isWhitespace(text.charAt(i - 1));
        boolean digitAfter = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        if (spaceBefore || digitAfter) {
          return false;
        }
        add(text.substring(start, i), false);
        pos = i + 1;
        return true;
      }
      i++;
    }
    return false;
  }

  private boolean environment() {
    int nameStart = pos + "\\begin{".length();
    int nameEnd = text.indexOf('}', nameStart);
    if (nameEnd < 0) {
      return false;
    }
    String closing = "\\end{" + text.substring(nameStart, nameEnd) + "}";
    int end = text.indexOf(closing, nameEnd);
    if (end < 0) {
      return false;
    }
    end += closing.length();
    add(text.substring(pos, end), true);
    pos = end;
    return true;
  }

  private void add(String tex, boolean display) {
    out.append(placeholder(math.size()));
    math.add(new Math(tex, display));
  }
}
