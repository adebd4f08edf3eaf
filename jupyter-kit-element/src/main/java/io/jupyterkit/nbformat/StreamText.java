package io.jupyterkit.nbformat;

/**
 * A stream's text as JupyterLab keeps it: carriage returns and backspaces are applied as the text arrives, so a
 * progress bar written as many pieces (live messages or consecutive saved outputs) leaves its last state. A
 * carriage return moves the cursor to the start of its line and what follows overwrites from there; a newline
 * always goes at the end; a backspace deletes the character before the cursor unless that ends a line. The text
 * then holds neither, and the cursor is the state the next piece continues from.
 */
public final class StreamText {
  private final StringBuilder text = new StringBuilder();
  private int cursor;

  /** Applies {@code piece}, as written after everything before. */
  public StreamText append(String piece) {
    int runStart = 0;
    for (int i = 0; i <= piece.length(); i++) {
      char c = i < piece.length() ? piece.charAt(i) : '\n';
      boolean control = c == '\n' || c == '\r' || c == '\b';
      if (!control) {
        continue;
      }
      write(piece, runStart, i);
      runStart = i + 1;
      if (i == piece.length()) {
        break;
      }
      if (c == '\n') {
        text.append('\n');
        cursor = text.length();
      } else if (c == '\r') {
        while (cursor > 0 && text.charAt(cursor - 1) != '\n') {
          cursor--;
        }
      } else if (cursor > 0 && text.charAt(cursor - 1) != '\n') {
        text.deleteCharAt(cursor - 1);
        cursor--;
      }
    }
    return this;
  }

  /** Writes {@code piece[from, to)} at the cursor, over what is there. */
  private void write(String piece, int from, int to) {
    if (from >= to) {
      return;
    }
    int length = to - from;
    if (cursor == text.length()) {
      text.append(piece, from, to);
    } else {
      text.replace(cursor, Math.min(cursor + length, text.length()), piece.substring(from, to));
    }
    cursor += length;
  }

  public String text() {
    return text.toString();
  }

  public int length() {
    return text.length();
  }
}
