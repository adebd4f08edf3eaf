package io.jupyterkit.java;

/** Hears one cell's run ending, with the cell's 0-based index and its status: "ok", "error" or "aborted". */
public interface CellListener {
  void onCell(int index, String status);
}
