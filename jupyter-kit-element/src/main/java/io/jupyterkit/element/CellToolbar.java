package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLOptionElement;
import elemental2.dom.HTMLSelectElement;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.notebook.Command;
import jsinterop.base.Js;

/**
 * The active cell's own controls, for mouse and touch: move up, move down, its type, insert below, delete. One
 * toolbar per notebook, moved into whichever cell is active, so a notebook of thousands of cells does not build
 * thousands of them. Hidden with {@code readonly}.
 */
final class CellToolbar {
  private final HTMLElement root = Dom.element("div", "cell-toolbar");
  private final HTMLSelectElement type = Js.uncheckedCast(Dom.element("select", "cell-type"));
  private final NotebookCommands commands;

  CellToolbar(NotebookCommands commands) {
    this.commands = commands;
    root.setAttribute("role", "toolbar");
    root.setAttribute("aria-label", "Cell actions");
    root.setAttribute("part", "cell-toolbar");
    root.appendChild(button("\u2191", "Move cell up", Command.MOVE_UP));
    root.appendChild(button("\u2193", "Move cell down", Command.MOVE_DOWN));
    type.setAttribute("aria-label", "Cell type");
    option("code", "Code");
    option("markdown", "Markdown");
    option("raw", "Raw");
    type.onchange = event -> {
      CellType chosen = CellType.fromJsonName(type.value);
      commands.execute(chosen == CellType.MARKDOWN ? Command.TO_MARKDOWN
          : chosen == CellType.RAW ? Command.TO_RAW : Command.TO_CODE);
      return null;
    };
    root.appendChild(type);
    root.appendChild(button("+", "Insert cell below", Command.INSERT_BELOW));
    root.appendChild(button("\u2715", "Delete cell", Command.DELETE));
  }

  private HTMLButtonElement button(String text, String label, Command command) {
    HTMLButtonElement button = Js.uncheckedCast(Dom.text("button", "tool", text));
    button.type = "button";
    button.title = label;
    button.setAttribute("aria-label", label);
    button.onclick = event -> {
      event.stopPropagation();
      commands.execute(command);
      return null;
    };
    return button;
  }

  private void option(String value, String label) {
    HTMLOptionElement option = Js.uncheckedCast(Dom.text("option", null, label));
    option.value = value;
    type.appendChild(option);
  }

  HTMLElement element() {
    return root;
  }

  /** Puts the toolbar on {@code cell}, showing its type. */
  void showIn(CellView cell) {
    HTMLElement host = cell.toolbarHost();
    if (root.parentNode != host) {
      host.appendChild(root);
    }
    type.value = cell.cell().type().jsonName();
    type.disabled = cell.cell().type() == CellType.INVALID;
  }
}
