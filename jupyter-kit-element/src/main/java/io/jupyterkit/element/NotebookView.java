package io.jupyterkit.element;

import elemental2.dom.HTMLElement;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Notebook;
import java.util.ArrayList;
import java.util.List;

/** The DOM of a whole notebook: one {@link CellView} per cell, in order. */
final class NotebookView {
  private final Notebook notebook;
  private final HTMLElement root;
  private final List<CellView> cells = new ArrayList<>();
  private final HTMLElement caption;

  NotebookView(Notebook notebook, CellView.RunAction runAction, RenderContext context) {
    this.notebook = notebook;
    root = Dom.element("div", "notebook");
    caption = Dom.element("header", "filename");
    caption.hidden = true;
    root.appendChild(caption);
    int codeOrdinal = 0;
    for (int i = 0; i < notebook.cells().size(); i++) {
      Cell cell = notebook.cells().get(i);
      if (cell.type() == CellType.CODE) {
        codeOrdinal++;
      }
      CellView view = new CellView(cell, i, codeOrdinal, runAction, context);
      cells.add(view);
      root.appendChild(view.element());
    }
  }

  Notebook notebook() {
    return notebook;
  }

  HTMLElement element() {
    return root;
  }

  /** The view of cell {@code index}, or null when there is no such cell. */
  CellView cell(int index) {
    return index >= 0 && index < cells.size() ? cells.get(index) : null;
  }

  /** Shows {@code filename} above the cells, or nothing when it is null or empty. */
  void setCaption(String filename) {
    caption.textContent = filename == null ? "" : filename;
    caption.hidden = filename == null || filename.isEmpty();
  }

  void rehighlight() {
    for (CellView cell : cells) {
      cell.rehighlight();
    }
  }

  void refreshPrompts() {
    for (CellView cell : cells) {
      cell.refreshPrompts();
    }
  }

  List<CellView> cells() {
    return cells;
  }
}
