package io.jupyterkit.element;

import io.jupyterkit.notebook.Command;

/** An editor that has taken the place of a cell's shown source. */
interface SourceEditor {
  /** Hears the reader's edits and the notebook keys pressed in the editor. */
  interface Listener {
    void changed(String text);

    /** A notebook command from a key in the editor; true when it was carried out (the editor then ignores it). */
    boolean command(Command command);
  }

  void focus();

  /** Puts the cursor at the start or the end of the text. */
  void cursorTo(boolean end);

  String value();

  /** Replaces the text (an edit from outside: undo, a restored draft, the page's script). */
  void setValue(String text);

  /** Removes the editor from the page. */
  void destroy();
}
