package io.jupyterkit.java;

/**
 * The names of the events {@code <jupyter-notebook>} fires, in one place so that the app, the facade and the
 * tests agree (and a rename of the element's events is one edit here).
 */
public final class NotebookEvents {
  /** A code cell started running; {@code detail.index} is the cell's index. */
  public static final String CELL_EXECUTE_START = "cell-execute-start";
  /** A code cell's run ended; {@code detail.index} and {@code detail.status} ("ok", "error" or "aborted"). */
  public static final String CELL_EXECUTE_END = "cell-execute-end";
  /** The notebook is shown, its styles applied. */
  public static final String LOAD = "load";
  /** The notebook could not be loaded or read; {@code detail.message} says why. */
  public static final String ERROR = "error";
  /** The kernel's execution state changed; {@code detail.status}. */
  public static final String STATUS = "status";
  /** The notebook was edited or run. */
  public static final String CHANGE = "change";

  private NotebookEvents() {}
}
