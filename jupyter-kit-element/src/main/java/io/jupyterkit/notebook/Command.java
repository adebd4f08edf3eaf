package io.jupyterkit.notebook;

/** What a reader can ask of a notebook, by key, toolbar or menu. */
public enum Command {
  /** Shift-Enter: run the selected cells and select the next (a new one at the end). */
  RUN_AND_ADVANCE,
  /** Ctrl/Cmd-Enter: run the selected cells and stay. */
  RUN,
  /** Alt-Enter: run the selected cells and insert a code cell below, to edit. */
  RUN_AND_INSERT,
  /** Escape in an editor: leave it for command mode on the same cell. */
  COMMAND_MODE,
  /** Enter in command mode: edit the active cell. */
  EDIT,
  /** ArrowUp on an editor's first line: edit the cell above, from its end. */
  EDIT_PREVIOUS,
  /** ArrowDown on an editor's last line: edit the cell below, from its start. */
  EDIT_NEXT,
  INSERT_ABOVE,
  INSERT_BELOW,
  DELETE,
  UNDO_DELETE,
  TO_CODE,
  TO_MARKDOWN,
  TO_RAW,
  SELECT_PREVIOUS,
  SELECT_NEXT,
  EXTEND_PREVIOUS,
  EXTEND_NEXT,
  MOVE_UP,
  MOVE_DOWN,
  INTERRUPT,
  RESTART
}
