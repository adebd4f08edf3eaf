package io.jupyterkit.element;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Notebook;
import io.jupyterkit.nbformat.NotebookReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The DOM of a whole notebook: one {@link CellView} per cell, in order. Cells are read and rendered progressively:
 * the first screen at once, the rest in short slices between frames, so a 2,000-cell notebook never freezes the
 * page. Anything that needs every cell ({@link #finishNow()}) completes the work synchronously first.
 */
final class NotebookView {
  /** Supplies the cells still to read, one at a time, so that reading is as lazy as rendering. */
  interface CellSource {
    int size();

    Cell read(int index);

    /** Cells already read. */
    static CellSource of(List<Cell> cells) {
      return new CellSource() {
        @Override
        public int size() {
          return cells.size();
        }

        @Override
        public Cell read(int index) {
          return cells.get(index);
        }
      };
    }

    /** An nbformat 4 cells array, each cell converted and read only when it is about to render. */
    static CellSource lazy(JsArray<Object> cells) {
      return new CellSource() {
        @Override
        public int size() {
          return cells.length;
        }

        @Override
        public Cell read(int index) {
          return NotebookReader.readCell(JsJson.fromJs(cells.getAt(index)));
        }
      };
    }
  }

  /** Enough cells to fill a screen, or as many as fit in this time, whichever comes first. */
  private static final int FIRST_SCREEN_CELLS = 10;
  private static final double FIRST_SCREEN_MS = 10;
  private static final double SLICE_MS = 12;

  private final Notebook notebook;
  private final CellSource source;
  private final CellView.RunAction runAction;
  private final RenderContext context;
  private final Runnable onComplete;
  private final HTMLElement root;
  private final List<CellView> cells = new ArrayList<>();
  private final HTMLElement caption;
  private int codeOrdinal;
  private double timer = -1;
  private boolean cancelled;

  NotebookView(Notebook notebook, CellSource source, CellView.RunAction runAction, RenderContext context,
      Runnable onComplete) {
    this.notebook = notebook;
    this.source = source;
    this.runAction = runAction;
    this.context = context;
    this.onComplete = onComplete;
    root = Dom.element("div", "notebook");
    caption = Dom.element("header", "filename");
    caption.hidden = true;
    root.appendChild(caption);
  }

  /** Renders the first screen now and schedules the rest. */
  void start() {
    renderSlice(true);
  }

  private void renderSlice(boolean firstScreen) {
    timer = -1;
    context.deferOffscreen = !firstScreen;
    try {
      renderCells(firstScreen);
    } finally {
      context.deferOffscreen = false;
    }
  }

  private void renderCells(boolean firstScreen) {
    double start = DomGlobal.performance.now();
    int renderedAtStart = cells.size();
    while (!cancelled && cells.size() < source.size()) {
      double elapsed = DomGlobal.performance.now() - start;
      boolean enough = firstScreen
          ? cells.size() - renderedAtStart >= FIRST_SCREEN_CELLS || elapsed > FIRST_SCREEN_MS
          : elapsed > SLICE_MS;
      if (enough) {
        timer = DomGlobal.setTimeout(ignored -> renderSlice(false), 0);
        return;
      }
      renderNext();
    }
    if (!cancelled) {
      cancelled = true;
      onComplete.run();
    }
  }

  private void renderNext() {
    int index = cells.size();
    Cell cell = source.read(index);
    notebook.cells().add(cell);
    if (cell.type() == CellType.CODE) {
      codeOrdinal++;
    }
    CellView view = new CellView(cell, index, codeOrdinal, runAction, context);
    cells.add(view);
    root.appendChild(view.element());
  }

  /** Reads and renders every remaining cell now. */
  void finishNow() {
    if (timer >= 0) {
      DomGlobal.clearTimeout(timer);
    }
    if (!cancelled) {
      while (cells.size() < source.size()) {
        renderNext();
      }
      cancelled = true;
      onComplete.run();
    }
  }

  /** Stops rendering: this view is being replaced. */
  void cancel() {
    cancelled = true;
    if (timer >= 0) {
      DomGlobal.clearTimeout(timer);
    }
  }

  Notebook notebook() {
    return notebook;
  }

  HTMLElement element() {
    return root;
  }

  /** The view of cell {@code index}, rendering up to it if needed; null when there is no such cell. */
  CellView cell(int index) {
    if (index >= cells.size() && index < source.size()) {
      finishNow();
    }
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

  /** Every cell's view, after rendering all of them. */
  List<CellView> cells() {
    finishNow();
    return cells;
  }
}
