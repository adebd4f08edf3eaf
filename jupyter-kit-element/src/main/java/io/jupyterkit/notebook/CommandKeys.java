package io.jupyterkit.notebook;

/**
 * JupyterLab's notebook shortcuts: which {@link Command} a key press means. The run keys work in both modes; the
 * single letters only in command mode, where {@code dd}, {@code ii} and {@code 00} are pairs (any other key in
 * between cancels the first). Ctrl stands for Cmd on a Mac.
 */
public final class CommandKeys {
  private String pending;

  /**
   * The command for a key press ({@code key} as {@code KeyboardEvent.key} names it), or null when the key is not
   * a notebook shortcut (the browser or the editor keeps it).
   */
  public Command command(String key, boolean shift, boolean ctrl, boolean alt, boolean editing) {
    String first = pending;
    pending = null;
    if ("Enter".equals(key)) {
      if (shift && !ctrl && !alt) {
        return Command.RUN_AND_ADVANCE;
      }
      if (ctrl && !shift && !alt) {
        return Command.RUN;
      }
      if (alt && !shift && !ctrl) {
        return Command.RUN_AND_INSERT;
      }
      return !editing && !shift && !ctrl && !alt ? Command.EDIT : null;
    }
    if (editing) {
      return "Escape".equals(key) && !shift && !ctrl && !alt ? Command.COMMAND_MODE : null;
    }
    if (ctrl || alt) {
      return ctrl && shift && "ArrowUp".equals(key) ? Command.MOVE_UP
          : ctrl && shift && "ArrowDown".equals(key) ? Command.MOVE_DOWN : null;
    }
    switch (key) {
      case "ArrowUp":
        return shift ? Command.EXTEND_PREVIOUS : Command.SELECT_PREVIOUS;
      case "ArrowDown":
        return shift ? Command.EXTEND_NEXT : Command.SELECT_NEXT;
      case "k":
      case "K":
        return shift ? Command.EXTEND_PREVIOUS : Command.SELECT_PREVIOUS;
      case "j":
      case "J":
        return shift ? Command.EXTEND_NEXT : Command.SELECT_NEXT;
      default:
        break;
    }
    if (shift) {
      return null;
    }
    switch (key) {
      case "a":
        return Command.INSERT_ABOVE;
      case "b":
        return Command.INSERT_BELOW;
      case "z":
        return Command.UNDO_DELETE;
      case "m":
        return Command.TO_MARKDOWN;
      case "y":
        return Command.TO_CODE;
      case "r":
        return Command.TO_RAW;
      case "d":
      case "i":
      case "0":
        if (key.equals(first)) {
          return "d".equals(key) ? Command.DELETE : "i".equals(key) ? Command.INTERRUPT : Command.RESTART;
        }
        pending = key;
        return null;
      default:
        return null;
    }
  }

  /** Whether a pair's first key was just pressed (the browser should not act on it either). */
  public boolean awaitingPair() {
    return pending != null;
  }
}
