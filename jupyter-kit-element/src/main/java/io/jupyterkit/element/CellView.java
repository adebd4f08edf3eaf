package io.jupyterkit.element;

import elemental2.dom.Element;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLInputElement;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Languages;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.nbformat.OutputType;
import io.jupyterkit.notebook.CellState;
import io.jupyterkit.notebook.Command;
import io.jupyterkit.protocol.CellRuns;
import jsinterop.base.Js;

/**
 * The DOM of one cell, a view on its {@link CellState}. A notebook of 50,000 cells keeps 50,000 states but builds
 * DOM only for the cells a reader can reach; {@link #element()} builds what the state says when it is needed, and
 * from then on the view follows each change, updating only what changed.
 */
final class CellView implements CellState.View {
  /** What the cell's controls ask of its notebook. */
  interface Actions {
    void run(CellView view);

    void cancel(CellView view);

    void interrupt(CellView view);

    /** The reader clicked or focused something in the cell: it becomes the active cell. */
    void select(CellView view);

    /** The reader asks to edit the cell (double-click on rendered markdown, a click in the code). */
    void edit(CellView view);

    /** The reader changed the source in the cell's editor. */
    void edited(CellView view, String source);

    /** A notebook command asked from inside the cell's editor (its run keys, Escape). */
    boolean execute(Command command);

    /** False with {@code readonly}. */
    boolean editable();

    /** What answers the editor's completion and inspection requests now; null when nothing does. */
    Executor executor();

    /** The cell's position among code cells (1-based), for {@code seq-as-execution-count}. */
    int codeOrdinal(CellView view);
  }

  private final CellState state;
  private final Cell cell;
  private final RenderContext context;
  private final Actions actions;
  /** The block of the notebook view this cell's DOM goes in; the notebook view's business. */
  NotebookView.Block block;
  /** Null until the DOM is built. */
  private HTMLElement root;
  private HTMLElement promptElement;
  private HTMLElement noteElement;
  private HTMLElement outputs;
  private HTMLButtonElement runButton;
  private HTMLElement code;
  private Runnable onNeedsDom;
  /** Holds the source as shown (highlighted code, rendered markdown) or its editor; the cell toolbar sits in it. */
  private HTMLElement sourceBox;
  /** What shows the source when no editor does. */
  private HTMLElement rendered;
  private SourceEditor editor;
  private boolean editorOpening;
  private boolean active;
  private boolean selected;

  CellView(CellState state, Actions actions, RenderContext context) {
    this.state = state;
    this.cell = state.cell();
    this.context = context;
    this.actions = actions;
    state.setView(this);
  }

  /** Called when the cell must be on screen now (it asks the reader for input). */
  void whenDomNeeded(Runnable callback) {
    onNeedsDom = callback;
  }

  boolean hasDom() {
    return root != null;
  }

  /** The cell's DOM, built from its current state the first time it is asked for. */
  HTMLElement element() {
    if (root == null) {
      build();
    }
    return root;
  }

  private void build() {
    root = Dom.element("section", "cell " + cell.type().jsonName() + "-cell");
    root.setAttribute("part", "cell");
    root.tabIndex = -1;
    root.addEventListener("focusin", event -> actions.select(this));
    if (selected) {
      root.classList.add("selected");
    }
    if (active) {
      root.classList.add("active");
      root.tabIndex = 0;
    }
    root.setAttribute("data-index", String.valueOf(index()));
    switch (cell.type()) {
      case CODE:
        buildCode();
        break;
      case MARKDOWN:
        root.setAttribute("aria-label", "Markdown cell " + (index() + 1));
        sourceBox = Dom.element("div", "source-box markdown-box");
        rendered = MarkdownRenderer.render(cell.source(), "markdown", context, cell.attachments());
        sourceBox.appendChild(rendered);
        root.appendChild(sourceBox);
        if (cell.sourceHidden()) {
          root.classList.add("source-hidden");
        }
        root.addEventListener("dblclick", event -> actions.edit(this));
        break;
      case RAW:
        root.setAttribute("aria-label", "Raw cell " + (index() + 1));
        sourceBox = Dom.element("div", "source-box raw-box");
        rendered = PagedText.of(cell.source(), "raw", null);
        sourceBox.appendChild(rendered);
        sourceBox.addEventListener("click", event -> actions.edit(this));
        root.appendChild(sourceBox);
        break;
      default:
        root.setAttribute("aria-label", "Unreadable cell " + (index() + 1));
        HTMLElement notice = Dom.text("div", "notice", "Cell " + (index() + 1) + " could not be shown: " + cell.problem());
        notice.setAttribute("role", "note");
        root.appendChild(notice);
    }
  }

  private void buildCode() {
    root.setAttribute("aria-label", "Code cell " + (index() + 1));
    HTMLElement input = Dom.element("div", "input");
    promptElement = Dom.element("div", "prompt input-prompt");
    input.appendChild(promptElement);
    sourceBox = Dom.element("div", "source-box");
    rendered = sourceView();
    sourceBox.appendChild(rendered);
    sourceBox.addEventListener("click", event -> {
      if (editor == null) {
        actions.edit(this);
      }
    });
    input.appendChild(sourceBox);
    if (cell.sourceHidden()) {
      root.classList.add("source-hidden");
    }
    runButton = Js.uncheckedCast(Dom.element("button", "run"));
    runButton.type = "button";
    runButton.setAttribute("part", "run-button");
    runButton.onclick = event -> {
      if (state.runs().isRunning()) {
        actions.interrupt(this);
      } else if (state.runs().isWaiting()) {
        actions.cancel(this);
      } else {
        actions.run(this);
      }
      return null;
    };
    input.appendChild(runButton);
    root.appendChild(input);
    noteElement = Dom.element("div", "run-note");
    noteElement.setAttribute("role", "status");
    root.appendChild(noteElement);
    outputs = Dom.element("div", "outputs" + (cell.scrolled() ? " scrolled" : ""));
    if (cell.scrolled()) {
      outputs.setAttribute("tabindex", "0");
      outputs.setAttribute("aria-label", "Outputs of cell " + (index() + 1) + ", scrollable");
    }
    if (cell.outputsHidden()) {
      root.classList.add("outputs-hidden");
    }
    outputs.setAttribute("aria-live", "polite");
    root.appendChild(outputs);
    for (int i = 0; i < cell.outputs().size(); i++) {
      outputAdded(i);
    }
    showState();
    if (state.inputPrompt() != null) {
      showInputRequest();
    }
  }

  /** The source: highlighted once near the screen; a huge one is shown a page at a time and never highlighted. */
  private HTMLElement sourceView() {
    String text = cell.source();
    if (text.length() > PagedText.PAGE) {
      code = null;
      return PagedText.of(text, "source", "Source of cell " + (index() + 1));
    }
    HTMLElement source = Dom.element("pre", "source");
    code = Dom.text("code", null, text);
    source.appendChild(code);
    HTMLElement highlighted = code;
    context.visibleWork.whenVisible(root, () -> CodeHighlighter.highlight(highlighted, context.language));
    return source;
  }

  /** The count a prompt shows: the cell's position among code cells with {@code seq-as-execution-count}. */
  private Integer shownCount(Integer executionCount) {
    return context.seqAsExecutionCount ? Integer.valueOf(actions.codeOrdinal(this)) : executionCount;
  }

  /** Prompt, button and note as the runs are now: the prompt says {@code [*]} while a run waits or runs. */
  private void showState() {
    if (root == null || promptElement == null) {
      return;
    }
    CellRuns runs = state.runs();
    String note = state.note();
    promptElement.textContent = runs.isBusy() ? "In [*]:" : OutputRenderer.prompt("In", shownCount(cell.executionCount()));
    root.classList.toggle("running", runs.isBusy());
    root.classList.toggle("queued", runs.isWaiting() && !runs.isRunning());
    promptElement.title = runs.isRunning() ? "Running" : runs.isWaiting() ? "Queued" : "";
    String label;
    String action;
    if (runs.isRunning()) {
      label = "Stop";
      action = "Stop cell ";
    } else if (runs.isWaiting()) {
      label = "Cancel";
      action = "Cancel queued cell ";
    } else {
      label = "Run";
      action = "Run cell ";
    }
    runButton.textContent = label;
    runButton.setAttribute("aria-label", action + (index() + 1));
    noteElement.textContent = note == null ? "" : note;
    noteElement.hidden = note == null;
  }

  /** Shows the code as plain text again and highlights it for the current language. */
  void rehighlight() {
    if (code != null) {
      code.classList.remove("hljs");
      code.textContent = cell.source();
      CodeHighlighter.highlight(code, context.language);
    }
  }

  /** Re-renders the prompts after the numbering mode changed. */
  void refreshPrompts() {
    if (root == null || promptElement == null) {
      return;
    }
    showState();
    for (int i = 0; i < cell.outputs().size(); i++) {
      outputChanged(i);
    }
  }

  Cell cell() {
    return cell;
  }

  CellState state() {
    return state;
  }

  int index() {
    return state.index();
  }

  boolean isCode() {
    return state.isCode();
  }

  /** Shows whether the cell is selected, and whether it is the active one (reached by Tab, acted on by keys). */
  void setSelection(boolean active, boolean selected) {
    this.active = active;
    this.selected = selected;
    if (root != null) {
      root.classList.toggle("active", active);
      root.classList.toggle("selected", selected);
      root.tabIndex = active ? 0 : -1;
    }
  }

  /** Whether the cell shows itself active. */
  boolean isActive() {
    return active;
  }

  /** Focuses the cell itself (command mode), building its DOM if needed. */
  void focusCell() {
    if (root == null && onNeedsDom != null) {
      onNeedsDom.run();
    }
    element().focus();
  }

  /** The cell moved: labels that name its position follow. */
  void renumbered() {
    if (root == null) {
      return;
    }
    root.setAttribute("data-index", String.valueOf(index()));
    String kind = cell.type() == CellType.CODE ? "Code" : cell.type() == CellType.MARKDOWN ? "Markdown"
        : cell.type() == CellType.RAW ? "Raw" : "Unreadable";
    root.setAttribute("aria-label", kind + " cell " + (index() + 1));
    if (outputs != null && cell.scrolled()) {
      outputs.setAttribute("aria-label", "Outputs of cell " + (index() + 1) + ", scrollable");
    }
    if (runButton != null) {
      showState();
    }
  }

  @Override
  public void stateChanged() {
    showState();
  }

  @Override
  public void sourceChanged() {
    if (editor != null) {
      editor.setValue(cell.source());
    } else if (cell.type() == CellType.MARKDOWN && rendered != null) {
      showRendered();
    } else if (code != null) {
      rehighlight();
    }
  }

  /** Where the cell toolbar goes: the top right of the source. */
  HTMLElement toolbarHost() {
    element();
    return sourceBox != null ? sourceBox : root;
  }

  /** Whether {@code element} is (inside) a cell's editor, or another text field where keys type text. */
  static boolean isEditorElement(Element element) {
    if (element == null) {
      return false;
    }
    String tag = element.tagName;
    return "TEXTAREA".equals(tag) || "INPUT".equals(tag) || "SELECT".equals(tag) || element.closest(".editor") != null;
  }

  /** Whether {@code element} is a cell itself, which has the focus in command mode. */
  static boolean isCellElement(Element element) {
    return element != null && element.classList.contains("cell");
  }

  boolean isEditing() {
    return editor != null;
  }

  /**
   * Puts an editor in place of the shown source (once; later calls focus it) and focuses it when {@code focus}.
   * Cells that cannot be edited (unreadable ones, a readonly notebook) stay as they are.
   */
  void startEditing(boolean focus) {
    startEditing(focus, null);
  }

  /** As {@link #startEditing(boolean)}, with the cursor put at the end ({@code true}) or start ({@code false}). */
  void startEditing(boolean focus, Boolean cursorAtEnd) {
    if (!actions.editable() || sourceBox == null && cell.type() == CellType.INVALID) {
      return;
    }
    element();
    if (editor != null) {
      if (cursorAtEnd != null) {
        editor.cursorTo(cursorAtEnd);
      }
      if (focus) {
        editor.focus();
      }
      return;
    }
    if (editorOpening || sourceBox == null) {
      return;
    }
    editorOpening = true;
    SourceEditors.open(sourceBox, rendered, cell.source(), editorLanguage(), context, new SourceEditor.Listener() {
      @Override
      public void changed(String text) {
        actions.edited(CellView.this, text);
      }

      @Override
      public boolean command(Command command) {
        return actions.execute(command);
      }
    }, actions::executor).then(opened -> {
      editorOpening = false;
      editor = opened;
      if (cursorAtEnd != null) {
        opened.cursorTo(cursorAtEnd);
      }
      if (focus) {
        opened.focus();
      }
      return null;
    });
  }

  private String editorLanguage() {
    switch (cell.type()) {
      case MARKDOWN:
        return "markdown";
      case RAW:
        return "text";
      default:
        // The grammar's name settles the aliases (zsh, c++17, golang) for the editor too.
        String grammar = Languages.highlightGrammar(context.language);
        return grammar != null ? grammar : context.language;
    }
  }

  /**
   * Leaves the editor. With {@code render} a markdown cell shows its rendering again (as running it does); code and
   * raw cells keep their editor, so undo history survives.
   */
  void stopEditing(boolean render) {
    if (!render || editor == null || cell.type() != CellType.MARKDOWN) {
      return;
    }
    actions.edited(this, editor.value());
    editor.destroy();
    editor = null;
    showRendered();
  }

  /** Takes the editor away (the notebook became readonly): the source shows as it does before editing. */
  void closeEditor() {
    if (editor == null) {
      return;
    }
    actions.edited(this, editor.value());
    editor.destroy();
    editor = null;
    if (cell.type() == CellType.MARKDOWN) {
      showRendered();
      return;
    }
    HTMLElement fresh = cell.type() == CellType.RAW ? PagedText.of(cell.source(), "raw", null) : sourceView();
    sourceBox.insertBefore(fresh, sourceBox.firstChild);
    rendered = fresh;
  }

  private void showRendered() {
    HTMLElement fresh = MarkdownRenderer.render(cell.source(), "markdown", context, cell.attachments());
    if (rendered != null && rendered.parentNode == sourceBox) {
      sourceBox.replaceChild(fresh, rendered);
    } else {
      sourceBox.insertBefore(fresh, sourceBox.firstChild);
    }
    rendered = fresh;
  }

  @Override
  public void inputChanged() {
    if (state.inputPrompt() == null) {
      removeInputElement();
      return;
    }
    if (root == null && onNeedsDom != null) {
      onNeedsDom.run();
    }
    if (root != null) {
      showInputRequest();
    }
  }

  private void showInputRequest() {
    removeInputElement();
    HTMLElement row = Dom.element("div", "input-request");
    String prompt = state.inputPrompt();
    HTMLElement label = Dom.text("label", null, prompt);
    HTMLInputElement field = Js.uncheckedCast(Dom.element("input", null));
    field.type = state.inputPassword() ? "password" : "text";
    field.setAttribute("aria-label", prompt.trim().isEmpty() ? "Input for cell " + (index() + 1) : prompt.trim());
    field.addEventListener("keydown", event -> {
      if ("Enter".equals(((elemental2.dom.KeyboardEvent) event).key)) {
        state.answerInput(field.value);
      }
    });
    label.appendChild(field);
    row.appendChild(label);
    root.appendChild(row);
    field.focus();
  }

  private void removeInputElement() {
    elemental2.dom.Element pending = root == null ? null : root.querySelector(".input-request");
    if (pending != null) {
      root.removeChild(pending);
    }
  }

  @Override
  public void outputAdded(int outputIndex) {
    if (outputs != null) {
      outputs.appendChild(OutputRenderer.render(cell.outputs().get(outputIndex), context, shownCount(null)));
    }
  }

  @Override
  public void outputChanged(int outputIndex) {
    if (outputs == null) {
      return;
    }
    Output output = cell.outputs().get(outputIndex);
    HTMLElement old = Js.uncheckedCast(outputs.childNodes.getAt(outputIndex));
    PagedText pager = output.type() == OutputType.STREAM ? PagedText.in(Js.uncheckedCast(old.lastElementChild)) : null;
    if (pager != null) {
      // A long stream that grew: the reader stays on the part they chose.
      pager.update(output.shownText());
      return;
    }
    outputs.replaceChild(OutputRenderer.render(output, context, shownCount(null)), old);
  }

  @Override
  public void outputsCleared() {
    if (outputs != null) {
      Dom.clear(outputs);
    }
  }

  @Override
  public void executionCountChanged(Integer executionCount) {
    showState();
  }
}
