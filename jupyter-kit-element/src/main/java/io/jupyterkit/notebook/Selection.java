package io.jupyterkit.notebook;

/**
 * Which cells the reader has selected in command mode: the active cell (where the keyboard acts) and the anchor a
 * Shift-Up/Down selection extends from. Indices, kept inside the notebook as it changes.
 */
public final class Selection {
  private int active;
  private int anchor;

  /** The cell the keyboard acts on. */
  public int active() {
    return active;
  }

  public int first() {
    return Math.min(active, anchor);
  }

  public int last() {
    return Math.max(active, anchor);
  }

  public boolean isSelected(int index) {
    return index >= first() && index <= last();
  }

  /** Makes cell {@code index} active and the only one selected, within {@code size} cells. */
  public void select(int index, int size) {
    active = clamp(index, size);
    anchor = active;
  }

  /** Moves the active cell by {@code delta}, selecting only it. */
  public void move(int delta, int size) {
    select(active + delta, size);
  }

  /** Moves the active cell by {@code delta} keeping the anchor: the selection grows or shrinks. */
  public void extend(int delta, int size) {
    active = clamp(active + delta, size);
  }

  /** Selects {@code first} to {@code last} with the active cell at {@code last}. */
  public void range(int first, int last, int size) {
    anchor = clamp(first, size);
    active = clamp(last, size);
  }

  private static int clamp(int index, int size) {
    return Math.max(0, Math.min(index, size - 1));
  }
}
