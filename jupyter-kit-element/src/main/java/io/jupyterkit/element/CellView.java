package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLInputElement;
import elemental2.dom.Node;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.OutputArea;
import jsinterop.base.Js;

/** The DOM of one cell. For code cells it is also the output area's listener, updating only what changed. */
final class CellView implements OutputArea.Listener {
  /** Receives what the reader typed into an input box. */
  interface InputAnswer {
    void answer(String value);
  }

  /** What the view asks of its notebook when the user presses Run. */
  interface RunAction {
    void run(CellView view);
  }

  private final Cell cell;
  private final int index;
  private final HTMLElement root;
  private HTMLElement inputPrompt;
  private HTMLElement outputs;
  private HTMLButtonElement runButton;
  /** The request this cell waits in the executor's queue with; null once it started or when idle. */
  private JupyterMessage queuedRequest;
  private OutputArea area;
  private final RenderContext context;
  private final int codeOrdinal;
  private HTMLElement code;

  CellView(Cell cell, int index, int codeOrdinal, RunAction runAction, RenderContext context) {
    this.cell = cell;
    this.index = index;
    this.codeOrdinal = codeOrdinal;
    this.context = context;
    root = Dom.element("section", "cell " + cell.type().jsonName() + "-cell");
    root.setAttribute("data-index", String.valueOf(index));
    switch (cell.type()) {
      case CODE:
        buildCode(runAction);
        break;
      case MARKDOWN:
        root.setAttribute("aria-label", "Markdown cell " + (index + 1));
        root.appendChild(MarkdownRenderer.render(cell.source(), "markdown", context, cell.attachments()));
        break;
      case RAW:
        root.setAttribute("aria-label", "Raw cell " + (index + 1));
        root.appendChild(Dom.text("pre", "raw", cell.source()));
        break;
      default:
        root.setAttribute("aria-label", "Unreadable cell " + (index + 1));
        HTMLElement notice = Dom.text("div", "notice", "Cell " + (index + 1) + " could not be shown: " + cell.problem());
        notice.setAttribute("role", "note");
        root.appendChild(notice);
    }
  }

  private void buildCode(RunAction runAction) {
    root.setAttribute("aria-label", "Code cell " + (index + 1));
    HTMLElement input = Dom.element("div", "input");
    inputPrompt = Dom.text("div", "prompt input-prompt", OutputRenderer.prompt("In", shownCount(cell.executionCount())));
    input.appendChild(inputPrompt);
    HTMLElement source = Dom.element("pre", "source");
    code = Dom.text("code", null, cell.source());
    source.appendChild(code);
    input.appendChild(source);
    HTMLElement highlighted = code;
    context.visibleWork.whenVisible(root, () -> CodeHighlighter.highlight(highlighted, context.language));
    if (cell.sourceHidden()) {
      root.classList.add("source-hidden");
    }
    runButton = Js.uncheckedCast(Dom.text("button", "run", "Run"));
    runButton.type = "button";
    runButton.setAttribute("aria-label", "Run cell " + (index + 1));
    runButton.onclick = event -> {
      runAction.run(this);
      return null;
    };
    input.appendChild(runButton);
    root.appendChild(input);
    outputs = Dom.element("div", "outputs" + (cell.scrolled() ? " scrolled" : ""));
    if (cell.scrolled()) {
      outputs.setAttribute("tabindex", "0");
      outputs.setAttribute("aria-label", "Outputs of cell " + (index + 1) + ", scrollable");
    }
    if (cell.outputsHidden()) {
      root.classList.add("outputs-hidden");
    }
    outputs.setAttribute("aria-live", "polite");
    root.appendChild(outputs);
    area = new OutputArea(cell, this);
    for (int i = 0; i < cell.outputs().size(); i++) {
      outputAdded(i);
    }
  }

  /** The count a prompt shows: the cell's position among code cells with {@code seq-as-execution-count}. */
  private Integer shownCount(Integer executionCount) {
    return context.seqAsExecutionCount ? Integer.valueOf(codeOrdinal) : executionCount;
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
    if (code == null) {
      return;
    }
    if (!root.classList.contains("running")) {
      inputPrompt.textContent = OutputRenderer.prompt("In", shownCount(cell.executionCount()));
    }
    for (int i = 0; i < cell.outputs().size(); i++) {
      outputChanged(i);
    }
  }

  HTMLElement element() {
    return root;
  }

  Cell cell() {
    return cell;
  }

  int index() {
    return index;
  }

  /** The output area that applies this cell's execution messages; null for cells that are not code. */
  OutputArea area() {
    return area;
  }

  boolean isCode() {
    return cell.type() == CellType.CODE;
  }

  /** Marks the cell queued or running: prompt {@code In [*]}, outputs cleared, as in Jupyter. */
  void markRunning() {
    area.clear();
    inputPrompt.textContent = "In [*]:";
    root.classList.add("running");
  }

  /** Shows a labelled input box under the outputs, as Jupyter does for input(); Enter sends the answer. */
  void requestInput(String prompt, boolean password, InputAnswer answer) {
    removeInputRequest();
    HTMLElement row = Dom.element("div", "input-request");
    HTMLElement label = Dom.text("label", null, prompt);
    HTMLInputElement field = Js.uncheckedCast(Dom.element("input", null));
    field.type = password ? "password" : "text";
    field.setAttribute("aria-label", prompt.trim().isEmpty() ? "Input for cell " + (index + 1) : prompt.trim());
    field.addEventListener("keydown", event -> {
      if ("Enter".equals(((elemental2.dom.KeyboardEvent) event).key)) {
        String value = field.value;
        removeInputRequest();
        answer.answer(value);
      }
    });
    label.appendChild(field);
    row.appendChild(label);
    root.appendChild(row);
    field.focus();
  }

  private void removeInputRequest() {
    elemental2.dom.Element pending = root.querySelector(".input-request");
    if (pending != null) {
      root.removeChild(pending);
    }
  }

  /** Waiting its turn: the button now cancels. */
  void markQueued(JupyterMessage request) {
    queuedRequest = request;
    runButton.textContent = "Cancel";
    runButton.setAttribute("aria-label", "Cancel queued cell " + (index + 1));
  }

  /** The executor took the request: the button runs again. */
  void markStarted() {
    if (queuedRequest != null) {
      queuedRequest = null;
      runButton.textContent = "Run";
      runButton.setAttribute("aria-label", "Run cell " + (index + 1));
    }
  }

  JupyterMessage queuedRequest() {
    return queuedRequest;
  }

  void markFinished() {
    markStarted();
    removeInputRequest();
    inputPrompt.textContent = OutputRenderer.prompt("In", shownCount(cell.executionCount()));
    root.classList.remove("running");
  }

  @Override
  public void outputAdded(int outputIndex) {
    outputs.appendChild(OutputRenderer.render(cell.outputs().get(outputIndex), context, shownCount(null)));
  }

  @Override
  public void outputChanged(int outputIndex) {
    Output output = cell.outputs().get(outputIndex);
    Node old = outputs.childNodes.getAt(outputIndex);
    outputs.replaceChild(OutputRenderer.render(output, context, shownCount(null)), old);
  }

  @Override
  public void outputsCleared() {
    Dom.clear(outputs);
  }

  @Override
  public void executionCountChanged(Integer executionCount) {
    if (!root.classList.contains("running")) {
      inputPrompt.textContent = OutputRenderer.prompt("In", shownCount(executionCount));
    }
  }
}
