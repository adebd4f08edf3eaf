package io.jupyterkit.notebook;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.KernelInfo;
import io.jupyterkit.nbformat.Notebook;
import io.jupyterkit.protocol.CellRuns;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The notebook being worked in: its cells, read lazily from a {@link CellSource} so that a huge notebook is never
 * read in one go, the operations a reader performs on them, and the messages that answer their runs. Listeners
 * hear each change; the element turns them into DOM and events. Every structural change and every edit makes the
 * notebook {@link #isDirty() dirty}.
 */
public final class NotebookModel {
  /** Supplies the cells still to read, one at a time, so that reading is as lazy as rendering. */
  public interface CellSource {
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
  }

  /** Hears changes to the list of cells and to what they hold. */
  public interface Listener {
    /**
     * The cell was read from the source and appended (whoever asked for it: a view reading ahead, a run of a later
     * cell, a save), so a view can give it its place.
     */
    default void cellRead(CellState cell) {}

    /** Cells were added at {@code index} by an operation (not by reading). */
    void cellsInserted(int index, List<CellState> inserted);

    /** Cells that were at {@code index} onwards were removed. */
    void cellsRemoved(int index, List<CellState> removed);

    /** Something the notebook would save changed: a source, a cell, an output. */
    void changed();
  }

  /** Hears what runs do, to announce it and fire events. */
  public interface RunListener {
    void kernelStatus(String executionState);

    void runStarted(CellState cell);

    /** {@code status} is the reply's: {@code ok} or {@code error}. */
    void runFinished(CellState cell, String status);

    /** A queued run will not happen; {@code reason} says why, in words for the reader. */
    void runAborted(CellState cell, String reason);
  }

  private static final Listener NO_LISTENER = new Listener() {
    @Override
    public void cellsInserted(int index, List<CellState> inserted) {}

    @Override
    public void cellsRemoved(int index, List<CellState> removed) {}

    @Override
    public void changed() {}
  };

  private final Notebook notebook;
  private final CellSource source;
  private int nextToRead;
  private final List<CellState> cells = new ArrayList<>();
  private final List<Deletion> deletions = new ArrayList<>();
  private Listener listener = NO_LISTENER;
  private RunListener runListener;
  private boolean dirty;
  private final Runnable onChange = this::markChanged;
  /** Each read cell's position among the code cells (1-based), or null after a change that moves them. */
  private int[] codeOrdinals;

  /** Cells deleted together, to put back with {@link #undoDelete()}. */
  private static final class Deletion {
    final int index;
    final List<CellState> cells;

    Deletion(int index, List<CellState> cells) {
      this.index = index;
      this.cells = cells;
    }
  }

  /** {@code notebook} holds the header and metadata; its cells come from {@code source}. */
  public NotebookModel(Notebook notebook, CellSource source) {
    this.notebook = notebook;
    this.source = source;
    notebook.cells().clear();
  }

  public void setListener(Listener listener) {
    this.listener = listener == null ? NO_LISTENER : listener;
  }

  public void setRunListener(RunListener runListener) {
    this.runListener = runListener;
  }

  /** The header, metadata and the cells read so far (all of them after {@link #readAll()}). */
  public Notebook notebook() {
    return notebook;
  }

  /**
   * Records the running kernel's {@code kernel_info_reply} content in the notebook's metadata ({@code language_info},
   * {@code kernelspec}), so that what is saved names the kernel that ran it, as Jupyter does. It is not an edit: a
   * kernel that starts makes no draft. Returns whether the metadata changed.
   */
  public boolean recordKernelInfo(JsonObject reply) {
    return KernelInfo.record(notebook.metadata(), reply);
  }

  /** Cells in the notebook, read or not. */
  public int size() {
    return cells.size() + source.size() - nextToRead;
  }

  public int readCount() {
    return cells.size();
  }

  public boolean fullyRead() {
    return nextToRead >= source.size();
  }

  /** Reads the next cell from the source and appends it; returns it, or null when all are read. */
  public CellState readNext() {
    if (fullyRead()) {
      return null;
    }
    Cell cell = source.read(nextToRead++);
    CellState state = new CellState(cell, cells.size(), onChange);
    cells.add(state);
    notebook.cells().add(cell);
    codeOrdinals = null;
    listener.cellRead(state);
    return state;
  }

  public void readAll() {
    while (readNext() != null) {
      // Reading is all there is to do.
    }
  }

  /** Cell {@code index}, reading up to it if needed; null when there is no such cell. */
  public CellState cell(int index) {
    while (index >= cells.size() && readNext() != null) {
      // Read on until the cell is there.
    }
    return index >= 0 && index < cells.size() ? cells.get(index) : null;
  }

  /** The cells read so far, in order (a copy). */
  public List<CellState> readCells() {
    return new ArrayList<>(cells);
  }

  public boolean isDirty() {
    return dirty;
  }

  /** The notebook was saved: it is no longer dirty (a later change makes it so again). */
  public void markClean() {
    dirty = false;
  }

  private void markChanged() {
    dirty = true;
    listener.changed();
  }

  /** The cell's position among code cells, counting from 1, as {@code seq-as-execution-count} numbers them. */
  public int codeOrdinal(CellState cell) {
    if (codeOrdinals == null || codeOrdinals.length != cells.size()) {
      codeOrdinals = new int[cells.size()];
      int ordinal = 0;
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).isCode()) {
          ordinal++;
        }
        codeOrdinals[i] = ordinal;
      }
    }
    return cell.index < codeOrdinals.length ? codeOrdinals[cell.index] : 0;
  }

  // Operations a reader performs.

  /** Inserts an empty cell of {@code type} at {@code index} (0 to size()); returns it. */
  public CellState insert(int index, CellType type) {
    Cell cell = new Cell(type, "", null);
    return insert(index, cell);
  }

  /** Inserts {@code cell} at {@code index}, reading up to there first. */
  public CellState insert(int index, Cell cell) {
    int at = clampForInsert(index);
    CellState state = new CellState(cell, at, onChange);
    List<CellState> inserted = new ArrayList<>();
    inserted.add(state);
    insertAll(at, inserted);
    return state;
  }

  private int clampForInsert(int index) {
    if (index > cells.size()) {
      cell(index - 1);
    }
    return Math.max(0, Math.min(index, cells.size()));
  }

  private void insertAll(int at, List<CellState> inserted) {
    for (int i = 0; i < inserted.size(); i++) {
      cells.add(at + i, inserted.get(i));
      notebook.cells().add(at + i, inserted.get(i).cell());
    }
    renumber(at);
    listener.cellsInserted(at, inserted);
    markChanged();
  }

  /**
   * Deletes cells {@code from} to {@code to} (inclusive, in either order); {@link #undoDelete()} puts them back.
   * Returns the deleted cells (their runs are the caller's to cancel).
   */
  public List<CellState> delete(int from, int to) {
    int first = Math.max(0, Math.min(from, to));
    int last = Math.min(Math.max(from, to), cells.size() - 1);
    List<CellState> removed = new ArrayList<>();
    if (first > last) {
      return removed;
    }
    for (int i = last; i >= first; i--) {
      removed.add(0, cells.remove(i));
      notebook.cells().remove(i);
    }
    for (CellState cell : removed) {
      cell.endInput();
    }
    deletions.add(new Deletion(first, removed));
    renumber(first);
    listener.cellsRemoved(first, removed);
    markChanged();
    return removed;
  }

  public boolean canUndoDelete() {
    return !deletions.isEmpty();
  }

  /** Puts back the cells deleted last, where they were; returns the index of the first, or -1. */
  public int undoDelete() {
    if (deletions.isEmpty()) {
      return -1;
    }
    Deletion deletion = deletions.remove(deletions.size() - 1);
    int at = clampForInsert(deletion.index);
    insertAll(at, deletion.cells);
    return at;
  }

  /**
   * Moves cells {@code from} to {@code to} (inclusive) by {@code delta} places (negative: up); does nothing when
   * that would leave the notebook. Returns whether they moved.
   */
  public boolean move(int from, int to, int delta) {
    int first = Math.min(from, to);
    int last = Math.max(from, to);
    cell(last);
    boolean fits = delta < 0 ? first + delta >= 0 : cell(last + delta) != null;
    if (delta == 0 || first < 0 || !fits || last >= cells.size()) {
      return false;
    }
    List<CellState> moving = new ArrayList<>(cells.subList(first, last + 1));
    for (int i = last; i >= first; i--) {
      cells.remove(i);
      notebook.cells().remove(i);
    }
    renumber(first);
    listener.cellsRemoved(first, moving);
    int at = first + delta;
    for (int i = 0; i < moving.size(); i++) {
      cells.add(at + i, moving.get(i));
      notebook.cells().add(at + i, moving.get(i).cell());
    }
    renumber(Math.min(first, at));
    listener.cellsInserted(at, moving);
    markChanged();
    return true;
  }

  /**
   * Makes cell {@code index} a {@code type} cell with the same source, id and metadata; as in JupyterLab, a code
   * cell that becomes another kind loses its outputs. Returns the new cell state (the old one is gone), or the
   * same one when it already has that type.
   */
  public CellState changeType(int index, CellType type) {
    CellState old = cell(index);
    if (old == null || old.type() == type || type == CellType.INVALID || old.type() == CellType.INVALID) {
      return old;
    }
    Cell cell = new Cell(type, old.cell().source(), old.cell().metadata());
    cell.setId(old.cell().id());
    if (type != CellType.CODE) {
      cell.setAttachments(old.cell().attachments());
    }
    List<CellState> removed = new ArrayList<>();
    removed.add(cells.remove(index));
    notebook.cells().remove(index);
    old.endInput();
    listener.cellsRemoved(index, removed);
    CellState state = new CellState(cell, index, onChange);
    List<CellState> inserted = new ArrayList<>();
    inserted.add(state);
    cells.add(index, state);
    notebook.cells().add(index, cell);
    renumber(index);
    listener.cellsInserted(index, inserted);
    markChanged();
    return state;
  }

  /** The reader edited the cell's source in its editor (the editor already shows it). */
  public void edited(CellState cell, String source) {
    if (!cell.cell().source().equals(source)) {
      cell.cell().setSource(source);
      markChanged();
    }
  }

  /** Sets the source from outside the cell's editor (the editor must follow). */
  public void setSource(CellState cell, String source) {
    if (!cell.cell().source().equals(source)) {
      cell.cell().setSource(source);
      cell.sourceChanged();
      markChanged();
    }
  }

  /** Removes the outputs and execution counts of every code cell, as JupyterLab's "Clear outputs of all cells". */
  public void clearAllOutputs() {
    readAll();
    for (CellState cell : cells) {
      if (cell.isCode()) {
        cell.area().clear();
        if (cell.cell().executionCount() != null) {
          cell.cell().setExecutionCount(null);
          cell.executionCountChanged(null);
        }
      }
    }
  }

  /**
   * Whether running {@code cell} only clears it: a code cell of nothing but whitespace, which JupyterLab never
   * sends to the kernel (it clears the cell's outputs and execution count instead). If so, clears it.
   */
  public boolean clearIfBlank(CellState cell) {
    if (!cell.isCode() || !cell.cell().source().trim().isEmpty()) {
      return false;
    }
    cell.setNote(null);
    cell.area().clear();
    if (cell.cell().executionCount() != null) {
      cell.cell().setExecutionCount(null);
      cell.executionCountChanged(null);
    }
    return true;
  }

  private void renumber(int from) {
    for (int i = Math.max(0, from); i < cells.size(); i++) {
      cells.get(i).index = i;
    }
    codeOrdinals = null;
  }

  // Runs and the messages that answer them.

  /** A run of {@code cell} went into the executor's queue as request {@code msgId}. */
  public void runQueued(CellState cell, String msgId) {
    cell.runs().queued(msgId);
    cell.stateChanged();
  }

  /** The cell could not be run; {@code why} says so in its place, and nothing it showed is lost. */
  public void explain(CellState cell, String why) {
    cell.setNote(why);
  }

  /**
   * Applies one message answering a run of {@code cell}. Display updates reach every cell showing that display
   * id; an {@code input_request} waits in the cell for {@link CellState#answerInput}, which hands the answer to
   * {@code inputSink}.
   */
  public void apply(CellState cell, JupyterMessage message, CellState.InputAnswer inputSink) {
    CellRuns.Route route = cell.runs().route(message);
    switch (route) {
      case STATUS:
        if (runListener != null) {
          runListener.kernelStatus(message.content().getString("execution_state", ""));
        }
        return;
      case IGNORE:
        return;
      case ABORTED:
        String reason = message.content().getString("reason", "an earlier cell failed or the kernel restarted");
        cell.setNote("Not run: " + reason + ".");
        if (runListener != null) {
          runListener.runAborted(cell, reason);
        }
        return;
      default:
        break;
    }
    if (route.starts()) {
      cell.setNote(null);
      cell.area().clear();
      if (runListener != null) {
        runListener.runStarted(cell);
      }
    }
    if (MessageTypes.UPDATE_DISPLAY_DATA.equals(message.msgType())) {
      updateDisplay(message.content());
    } else if (MessageTypes.INPUT_REQUEST.equals(message.msgType())) {
      cell.requestInput(message.content().getString("prompt", ""), message.content().getBoolean("password", false),
          inputSink);
    } else {
      cell.area().apply(message);
    }
    if (route.finishes()) {
      cell.endInput();
      cell.stateChanged();
      if (runListener != null) {
        runListener.runFinished(cell, message.content().getString("status", "ok"));
      }
    }
  }

  /** A display id names outputs anywhere in the notebook, not only in the running cell. */
  private void updateDisplay(JsonObject content) {
    for (CellState any : cells) {
      if (any.area() != null) {
        any.area().updateDisplay(content);
      }
    }
  }
}
