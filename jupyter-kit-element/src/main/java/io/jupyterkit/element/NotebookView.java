package io.jupyterkit.element;

import elemental2.dom.HTMLElement;
import io.jupyterkit.nbformat.Notebook;
import java.util.ArrayList;
import java.util.List;

/** The DOM of a whole notebook: one {@link CellView} per cell, in order. */
final class NotebookView {
  private final Notebook notebook;
  private final HTMLElement root;
  private final List<CellView> cells = new ArrayList<>();

  NotebookView(Notebook notebook, CellView.RunAction runAction) {
    this.notebook = notebook;
    root = Dom.element("div", "notebook");
    for (int i = 0; i < notebook.cells().size(); i++) {
      CellView view = new CellView(notebook.cells().get(i), i, runAction);
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

  List<CellView> cells() {
    return cells;
  }
}
