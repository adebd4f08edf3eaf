package io.jupyterkit.element;

/**
 * The names of the events {@code <jupyter-notebook>} fires. They bubble and cross the shadow boundary, so each
 * carries the {@code jupyter-} prefix: a page's listeners for the native {@code load}, {@code error} or
 * {@code change} (error monitors on {@code window}, forms) never mistake them for their own. Described, with their
 * details, in the element's API file ({@code src/main/api/jupyter-notebook.json}), which a test keeps in step.
 */
public final class NotebookEvents {
  /** Every cell is read and the first ones are on screen, styled; detail {@code {cells}}. */
  public static final String LOAD = "jupyter-load";
  /** The notebook could not be loaded or read; detail {@code {message}}. */
  public static final String ERROR = "jupyter-error";
  /** The kernel went busy or idle; detail {@code {status}}. */
  public static final String STATUS = "jupyter-status";
  /** A cell's run started in the kernel; detail {@code {index}}. */
  public static final String CELL_EXECUTE_START = "jupyter-cell-execute-start";
  /** A cell's run ended; detail {@code {index, status}}. */
  public static final String CELL_EXECUTE_END = "jupyter-cell-execute-end";
  /** The notebook changed as a save would see it; detail {@code {cells, dirty}}. */
  public static final String CHANGE = "jupyter-change";

  private NotebookEvents() {}
}
