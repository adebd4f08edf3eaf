package io.jupyterkit.notebook;

import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.protocol.CellRuns;
import io.jupyterkit.protocol.OutputArea;

/**
 * One cell of a {@link NotebookModel}: the nbformat cell, its runs, the output area its messages go to, the note
 * about its last attempt to run and a pending {@code input()} request. Its {@link View} (the DOM, once built) hears
 * every change; without a view the state still changes, so cells off screen keep running.
 */
public final class CellState implements OutputArea.Listener {
  /** What the cell's DOM must follow. Every method may assume nothing else changed. */
  public interface View extends OutputArea.Listener {
    /** Prompt, button or note changed (a run queued, started, ended, or was not run). */
    void stateChanged();

    /** The source changed other than by typing into this cell's editor (undo, restore, the page's script). */
    void sourceChanged();

    /** An {@code input()} waits for an answer ({@link CellState#inputPrompt()}), or no longer waits. */
    void inputChanged();
  }

  /** Receives what the reader typed into an input box. */
  public interface InputAnswer {
    void answer(String value);
  }

  private static int nextKey;

  private final Cell cell;
  private final int key = ++nextKey;
  private final CellRuns runs = new CellRuns();
  private final OutputArea area;
  int index;
  private String note;
  private String inputPrompt;
  private boolean inputPassword;
  private InputAnswer inputAnswer;
  private View view;
  /** Told of output changes, so the model can say the notebook changed. */
  private final Runnable onChange;

  CellState(Cell cell, int index, Runnable onChange) {
    this.cell = cell;
    this.index = index;
    this.onChange = onChange;
    this.area = cell.type() == CellType.CODE ? new OutputArea(cell, this) : null;
  }

  public Cell cell() {
    return cell;
  }

  public CellType type() {
    return cell.type();
  }

  public boolean isCode() {
    return cell.type() == CellType.CODE;
  }

  /** The cell's position in the notebook now (cells move). */
  public int index() {
    return index;
  }

  /** Stays the same for the life of this cell, wherever it moves: a key for views and drafts. */
  public int key() {
    return key;
  }

  public CellRuns runs() {
    return runs;
  }

  /** Applies this cell's execution messages; null for cells that are not code. */
  public OutputArea area() {
    return area;
  }

  /** Why the last attempt to run did not happen, for the reader; null when there is nothing to say. */
  public String note() {
    return note;
  }

  public void setView(View view) {
    this.view = view;
  }

  public View view() {
    return view;
  }

  /** The prompt of a pending {@code input()}, or null when none waits. */
  public String inputPrompt() {
    return inputAnswer == null ? null : inputPrompt;
  }

  public boolean inputPassword() {
    return inputPassword;
  }

  /** Answers the pending {@code input()}; does nothing when none waits. */
  public void answerInput(String value) {
    InputAnswer answer = inputAnswer;
    if (answer != null) {
      endInput();
      answer.answer(value);
    }
  }

  void requestInput(String prompt, boolean password, InputAnswer answer) {
    inputPrompt = prompt;
    inputPassword = password;
    inputAnswer = answer;
    if (view != null) {
      view.inputChanged();
    }
  }

  void endInput() {
    if (inputAnswer != null) {
      inputAnswer = null;
      if (view != null) {
        view.inputChanged();
      }
    }
  }

  void setNote(String note) {
    this.note = note;
    stateChanged();
  }

  void stateChanged() {
    if (view != null) {
      view.stateChanged();
    }
  }

  void sourceChanged() {
    if (view != null) {
      view.sourceChanged();
    }
  }

  @Override
  public void outputAdded(int index) {
    onChange.run();
    if (view != null) {
      view.outputAdded(index);
    }
  }

  @Override
  public void outputChanged(int index) {
    onChange.run();
    if (view != null) {
      view.outputChanged(index);
    }
  }

  @Override
  public void outputsCleared() {
    onChange.run();
    if (view != null) {
      view.outputsCleared();
    }
  }

  @Override
  public void executionCountChanged(Integer executionCount) {
    onChange.run();
    if (view != null) {
      view.executionCountChanged(executionCount);
    }
  }
}
