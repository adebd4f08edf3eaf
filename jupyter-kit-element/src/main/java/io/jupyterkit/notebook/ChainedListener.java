package io.jupyterkit.notebook;

import java.util.List;

/** Two {@link NotebookModel.Listener}s as one, told in order: a view first, then what else follows the model. */
public final class ChainedListener implements NotebookModel.Listener {
  private final NotebookModel.Listener first;
  private final NotebookModel.Listener second;

  private ChainedListener(NotebookModel.Listener first, NotebookModel.Listener second) {
    this.first = first;
    this.second = second;
  }

  public static NotebookModel.Listener of(NotebookModel.Listener first, NotebookModel.Listener second) {
    return new ChainedListener(first, second);
  }

  @Override
  public void cellRead(CellState cell) {
    first.cellRead(cell);
    second.cellRead(cell);
  }

  @Override
  public void cellsInserted(int index, List<CellState> inserted) {
    first.cellsInserted(index, inserted);
    second.cellsInserted(index, inserted);
  }

  @Override
  public void cellsRemoved(int index, List<CellState> removed) {
    first.cellsRemoved(index, removed);
    second.cellsRemoved(index, removed);
  }

  @Override
  public void changed() {
    first.changed();
    second.changed();
  }
}
