package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which dollars of a markdown text sit in fenced code or code spans, found as JupyterLab's removeMath finds them
 * before it looks for math: a fence of three or more backticks or tildes at the start of a line up to a line of the
 * same fence, and a run of backticks (not after a backslash) up to the next run of the same length on that line.
 * In linear time, however many backticks a line holds.
 */
final class CodeSpans {
  private CodeSpans() {}

  /** For each character of {@code text}, whether it is a dollar that stays literal. */
  static boolean[] protectedDollars(String text) {
    boolean[] literal = new boolean[text.length()];
    if (text.indexOf('`') < 0 && !text.contains("~~~")) {
      return literal;
    }
    fences(text, literal);
    spans(text, literal);
    return literal;
  }

  private static void mark(String text, boolean[] literal, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '$') {
        literal[i] = true;
      }
    }
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }

  private static int run(String text, int from, char c) {
    int end = from;
    while (end < text.length() && text.charAt(end) == c) {
      end++;
    }
    return end - from;
  }

  private static void fences(String text, boolean[] literal) {
    int line = 0;
    while (line < text.length()) {
      int end = lineEnd(text, line);
      int matched = fenceAt(text, line, end);
      if (matched > 0) {
        mark(text, literal, line, matched);
        line = matched;
        continue;
      }
      line = end + 1;
    }
  }

  /**
   * The end of the fenced block opening on the line {@code [line, end)}, or -1. The opening fence's info string
   * holds no backtick; a backtick fence closes on a line of at least as many backticks and nothing else, a tilde
   * fence on a line of exactly as many tildes (or of fewer, as long as they are three or more: the pattern may give
   * the opening's extra tildes to its info string), followed by nothing but backticks.
   */
  private static int fenceAt(String text, int line, int end) {
    char c = text.charAt(line);
    if (c != '`' && c != '~') {
      return -1;
    }
    int length = run(text, line, c);
    if (length < 3 || end >= text.length() || text.substring(line + length, end).indexOf('`') >= 0) {
      return -1;
    }
    for (int fence = length; fence >= 3; fence--) {
      for (int next = end + 1; next <= text.length(); ) {
        int nextEnd = lineEnd(text, next);
        if (closes(text, next, nextEnd, c, fence)) {
          return nextEnd;
        }
        if (nextEnd >= text.length()) {
          break;
        }
        next = nextEnd + 1;
      }
      if (c == '`') {
        break;
      }
    }
    return -1;
  }

  private static boolean closes(String text, int from, int to, char c, int fence) {
    if (to - from < fence || run(text, from, c) < fence) {
      return false;
    }
    for (int i = from + fence; i < to; i++) {
      if (text.charAt(i) != '`') {
        return false;
      }
    }
    return true;
  }

  /** A maximal run of backticks on one line. */
  private static final class Run {
    final int start;
    final int length;

    Run(int start, int length) {
      this.start = start;
      this.length = length;
    }
  }

  private static void spans(String text, boolean[] literal) {
    int line = 0;
    while (line <= text.length()) {
      int end = lineEnd(text, line);
      spansInLine(text, literal, line, end);
      if (end >= text.length()) {
        break;
      }
      line = end + 1;
    }
  }

  /**
   * The pattern's opening run starts at a line start or after any character but a backslash (after a backslash,
   * one backtick in). It takes as many backticks as a later run of exactly that length on the line can close, and
   * closes at the first such run; the character before the opening belongs to the match.
   */
  private static void spansInLine(String text, boolean[] literal, int line, int end) {
    List<Run> runs = new ArrayList<>();
    for (int i = line; i < end; ) {
      if (text.charAt(i) == '`') {
        int length = run(text, i, '`');
        runs.add(new Run(i, length));
        i += length;
      } else {
        i++;
      }
    }
    if (runs.size() < 2) {
      return;
    }
    Map<Integer, List<Integer>> byLength = new HashMap<>();
    for (int r = 0; r < runs.size(); r++) {
      List<Integer> list = byLength.get(runs.get(r).length);
      if (list == null) {
        list = new ArrayList<>();
        byLength.put(runs.get(r).length, list);
      }
      list.add(r);
    }
    int r = 0;
    while (r < runs.size()) {
      Run current = runs.get(r);
      boolean afterBackslash = current.start > line && text.charAt(current.start - 1) == '\\';
      int opening = afterBackslash ? current.start + 1 : current.start;
      int closing = closingRun(runs, byLength, r, current.start + current.length - opening);
      if (closing < 0) {
        r++;
        continue;
      }
      Run close = runs.get(closing);
      mark(text, literal, opening == line ? opening : opening - 1, close.start + close.length);
      r = closing + 1;
    }
  }

  /** The first run after {@code r} of the greatest length not above {@code available} that has one, or -1. */
  private static int closingRun(List<Run> runs, Map<Integer, List<Integer>> byLength, int r, int available) {
    for (int length = available; length >= 1; length--) {
      List<Integer> candidates = byLength.get(length);
      if (candidates == null) {
        continue;
      }
      int found = firstAfter(candidates, r);
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  private static int firstAfter(List<Integer> sorted, int r) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted.get(mid) <= r) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < sorted.size() ? sorted.get(low) : -1;
  }
}
