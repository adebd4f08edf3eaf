package io.jupyterkit.element;

import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.KeyboardEvent;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.notebook.CellState;
import io.jupyterkit.notebook.Command;
import io.jupyterkit.notebook.CommandKeys;
import io.jupyterkit.notebook.NotebookModel;
import io.jupyterkit.notebook.Selection;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;

/**
 * Carries out what the reader asks by key, toolbar or click: JupyterLab's command and edit modes over a
 * {@link NotebookModel}. Command mode keys act when a cell itself has the focus; in an editor only the run keys and
 * Escape do. With {@code readonly} the commands that change the notebook do nothing.
 */
final class NotebookCommands implements CellView.Actions {
  /** What only the element can do. */
  interface Host {
    void run(CellState cell);

    void cancel(CellState cell);

    void interrupt();

    void restart();

    /** False with {@code readonly}: no editing, no cell operations. */
    boolean editable();

    /** The executor now, for completion and inspection; null when there is none. */
    Executor executor();
  }

  private final NotebookModel model;
  private final Host host;
  private final Selection selection = new Selection();
  private final CommandKeys keys = new CommandKeys();
  private final CellToolbar cellToolbar = new CellToolbar(this);
  private NotebookView view;
  private final List<CellView> shownSelected = new ArrayList<>();

  NotebookCommands(NotebookModel model, Host host) {
    this.model = model;
    this.host = host;
  }

  /** Starts handling keys in {@code view}. */
  void attach(NotebookView view) {
    this.view = view;
    view.element().addEventListener("keydown", this::keyDown);
  }

  private void keyDown(Event event) {
    KeyboardEvent key = Js.uncheckedCast(event);
    if (key.defaultPrevented) {
      return;
    }
    Element target = Js.uncheckedCast(event.target);
    boolean editing = CellView.isEditorElement(target);
    if (!editing && !CellView.isCellElement(target)) {
      // A button, a link, a widget: the key is theirs.
      return;
    }
    Command command = keys.command(key.key, key.shiftKey, key.ctrlKey || key.metaKey, key.altKey, editing);
    if (command == null) {
      if (keys.awaitingPair()) {
        event.preventDefault();
      }
      return;
    }
    if (execute(command)) {
      event.preventDefault();
    }
  }

  /** Carries out {@code command} on the selected cells; returns false when it does not apply now. */
  @Override
  public boolean execute(Command command) {
    if (changesNotebook(command) && !host.editable()) {
      return false;
    }
    int first = selection.first();
    int last = selection.last();
    switch (command) {
      case RUN:
        runSelected();
        focusActive();
        return true;
      case RUN_AND_ADVANCE:
        runSelected();
        if (last + 1 < model.size()) {
          select(last + 1);
          focusActive();
        } else if (host.editable()) {
          insertAndEdit(last + 1);
        } else {
          focusActive();
        }
        return true;
      case RUN_AND_INSERT:
        runSelected();
        if (host.editable()) {
          insertAndEdit(last + 1);
        }
        return true;
      case COMMAND_MODE:
        focusActive();
        return true;
      case EDIT:
        CellView active = view.cell(selection.active());
        if (active != null) {
          active.startEditing(true);
        }
        return true;
      case EDIT_PREVIOUS:
      case EDIT_NEXT:
        int next = selection.active() + (command == Command.EDIT_PREVIOUS ? -1 : 1);
        CellView neighbour = next >= 0 ? view.cell(next) : null;
        if (neighbour == null || !host.editable()) {
          return false;
        }
        select(next);
        view.reveal(neighbour);
        neighbour.startEditing(true, command == Command.EDIT_PREVIOUS);
        return true;
      case INSERT_ABOVE:
        model.insert(selection.active(), CellType.CODE);
        select(first);
        focusActive();
        return true;
      case INSERT_BELOW:
        model.insert(selection.active() + 1, CellType.CODE);
        select(selection.active() + 1);
        focusActive();
        return true;
      case DELETE:
        for (CellState cell : model.delete(first, last)) {
          host.cancel(cell);
        }
        select(Math.min(first, model.size() - 1));
        focusActive();
        return true;
      case UNDO_DELETE:
        int restored = model.undoDelete();
        if (restored >= 0) {
          select(restored);
          focusActive();
        }
        return restored >= 0;
      case TO_CODE:
      case TO_MARKDOWN:
      case TO_RAW:
        CellType type = command == Command.TO_CODE ? CellType.CODE
            : command == Command.TO_MARKDOWN ? CellType.MARKDOWN : CellType.RAW;
        for (int i = first; i <= last; i++) {
          CellState before = model.cell(i);
          if (before != null && before.type() != type) {
            host.cancel(before);
            model.changeType(i, type);
          }
        }
        selection.range(first, last, model.size());
        showSelection();
        focusActive();
        return true;
      case SELECT_PREVIOUS:
      case SELECT_NEXT:
        selection.move(command == Command.SELECT_PREVIOUS ? -1 : 1, model.size());
        showSelection();
        focusActive();
        return true;
      case EXTEND_PREVIOUS:
      case EXTEND_NEXT:
        selection.extend(command == Command.EXTEND_PREVIOUS ? -1 : 1, model.size());
        showSelection();
        focusActive();
        return true;
      case MOVE_UP:
      case MOVE_DOWN:
        int delta = command == Command.MOVE_UP ? -1 : 1;
        boolean activeFirst = selection.active() == first;
        if (model.move(first, last, delta)) {
          if (activeFirst) {
            selection.range(last + delta, first + delta, model.size());
          } else {
            selection.range(first + delta, last + delta, model.size());
          }
          showSelection();
          focusActive();
        }
        return true;
      case INTERRUPT:
        host.interrupt();
        return true;
      case RESTART:
        host.restart();
        return true;
      default:
        return false;
    }
  }

  private static boolean changesNotebook(Command command) {
    switch (command) {
      case EDIT:
      case EDIT_PREVIOUS:
      case EDIT_NEXT:
      case INSERT_ABOVE:
      case INSERT_BELOW:
      case DELETE:
      case UNDO_DELETE:
      case TO_CODE:
      case TO_MARKDOWN:
      case TO_RAW:
      case MOVE_UP:
      case MOVE_DOWN:
        return true;
      default:
        return false;
    }
  }

  /** Runs the selected code cells in order; markdown cells being edited show their rendering again. */
  private void runSelected() {
    for (int i = selection.first(); i <= selection.last(); i++) {
      CellState cell = model.cell(i);
      if (cell == null) {
        continue;
      }
      if (cell.isCode()) {
        host.run(cell);
      } else {
        CellView cellView = view.cell(i);
        if (cellView != null) {
          cellView.stopEditing(true);
        }
      }
    }
  }

  private void insertAndEdit(int index) {
    insertAndEdit(index, CellType.CODE);
  }

  private void insertAndEdit(int index, CellType type) {
    model.insert(index, type);
    select(index);
    CellView inserted = view.cell(index);
    if (inserted != null) {
      view.reveal(inserted);
      inserted.startEditing(true);
    }
  }

  /** Adds a cell of {@code type} at the end and edits it (the notebook's own add buttons). */
  void append(CellType type) {
    if (host.editable()) {
      insertAndEdit(model.size(), type);
    }
  }

  /** Makes cell {@code index} the active and only selected cell. */
  void select(int index) {
    if (model.size() == 0) {
      return;
    }
    selection.select(index, model.size());
    showSelection();
  }

  private void focusActive() {
    CellView active = view == null ? null : view.cell(selection.active());
    if (active != null) {
      view.reveal(active);
      active.stopEditing(false);
      active.focusCell();
    }
  }

  /** Marks the selected cells and puts the cell toolbar on the active one. */
  void showSelection() {
    for (CellView shown : shownSelected) {
      shown.setSelection(false, false);
    }
    shownSelected.clear();
    if (view == null || model.size() == 0) {
      cellToolbar.element().remove();
      return;
    }
    boolean several = selection.first() != selection.last();
    for (int i = selection.first(); i <= selection.last(); i++) {
      CellView cellView = view.cell(i);
      if (cellView != null) {
        cellView.setSelection(i == selection.active(), several);
        shownSelected.add(cellView);
      }
    }
    CellView active = view.cell(selection.active());
    if (active != null) {
      cellToolbar.showIn(active);
    }
  }

  // CellView.Actions: what a cell's own controls ask.

  @Override
  public void run(CellView cellView) {
    host.run(cellView.state());
  }

  @Override
  public void cancel(CellView cellView) {
    host.cancel(cellView.state());
  }

  @Override
  public void interrupt(CellView cellView) {
    host.interrupt();
  }

  @Override
  public int codeOrdinal(CellView cellView) {
    return model.codeOrdinal(cellView.state());
  }

  @Override
  public void select(CellView cellView) {
    // Focus moving to the active cell (after a command) keeps a selection of several cells.
    if (cellView.index() != selection.active() || !cellView.isActive()) {
      select(cellView.index());
    }
  }

  @Override
  public void edit(CellView cellView) {
    if (host.editable()) {
      select(cellView);
      cellView.startEditing(true);
    }
  }

  @Override
  public void edited(CellView cellView, String source) {
    model.edited(cellView.state(), source);
  }

  @Override
  public boolean editable() {
    return host.editable();
  }

  @Override
  public Executor executor() {
    return host.executor();
  }
}
