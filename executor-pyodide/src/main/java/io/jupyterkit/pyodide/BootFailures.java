package io.jupyterkit.pyodide;

/** Words for a boot that did not finish: a candidate that stalled, and the short summary a toolbar shows. */
final class BootFailures {
  /** Longest reason kept in the summary; the cell shows the whole text. */
  static final int SUMMARY_REASON = 120;

  private BootFailures() {}

  /** {@code made no progress for 10 s (waiting for <what>)}: why a stalled candidate was abandoned. */
  static String noProgress(int timeoutMs, String waitingFor) {
    String limit = timeoutMs % 1000 == 0 ? timeoutMs / 1000 + " s" : timeoutMs + " ms";
    return "made no progress for " + limit + (waitingFor == null || waitingFor.isEmpty() ? ""
        : " (waiting for " + waitingFor + ")");
  }

  /**
   * What a reader sees as the kernel's state after all {@code candidates} failed: the reason when there was one,
   * else how many were tried. The cell shows every candidate with its reason.
   */
  static String summary(int candidates, String reason) {
    if (candidates == 1) {
      return "Python could not be started (" + shorten(reason) + ")";
    }
    return "Python could not be started from any of its " + candidates + " sources";
  }

  private static String shorten(String reason) {
    String line = reason == null ? "" : reason.trim();
    int newline = line.indexOf('\n');
    if (newline >= 0) {
      line = line.substring(0, newline).trim();
    }
    return line.length() <= SUMMARY_REASON ? line : line.substring(0, SUMMARY_REASON - 1).trim() + "…";
  }
}
