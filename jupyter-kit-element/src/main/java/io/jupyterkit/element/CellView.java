package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.protocol.OutputArea;
import jsinterop.base.Js;

/** The DOM of one cell. For code cells it is also the output area's listener, updating only what changed. */
final class CellView implements OutputArea.Listener {
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
  private OutputArea area;

  CellView(Cell cell, int index, RunAction runAction) {
    this.cell = cell;
    this.index = index;
    root = Dom.element("section", "cell " + cell.type().jsonName() + "-cell");
    root.setAttribute("data-index", String.valueOf(index));
    switch (cell.type()) {
      case CODE:
        buildCode(runAction);
        break;
      case MARKDOWN:
        root.setAttribute("aria-label", "Markdown cell " + (index + 1));
        root.appendChild(Dom.text("div", "markdown", cell.source()));
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
    inputPrompt = Dom.text("div", "prompt input-prompt", OutputRenderer.prompt("In", cell.executionCount()));
    input.appendChild(inputPrompt);
    HTMLElement source = Dom.element("pre", "source");
    source.appendChild(Dom.text("code", null, cell.source()));
    input.appendChild(source);
    runButton = Js.uncheckedCast(Dom.text("button", "run", "Run"));
    runButton.type = "button";
    runButton.setAttribute("aria-label", "Run cell " + (index + 1));
    runButton.onclick = event -> {
      runAction.run(this);
      return null;
    };
    input.appendChild(runButton);
    root.appendChild(input);
    outputs = Dom.element("div", "outputs");
    outputs.setAttribute("aria-live", "polite");
    root.appendChild(outputs);
    area = new OutputArea(cell, this);
    for (int i = 0; i < cell.outputs().size(); i++) {
      outputAdded(i);
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

  void markFinished() {
    inputPrompt.textContent = OutputRenderer.prompt("In", cell.executionCount());
    root.classList.remove("running");
  }

  @Override
  public void outputAdded(int outputIndex) {
    outputs.appendChild(OutputRenderer.render(cell.outputs().get(outputIndex)));
  }

  @Override
  public void outputChanged(int outputIndex) {
    Output output = cell.outputs().get(outputIndex);
    Node old = outputs.childNodes.getAt(outputIndex);
    outputs.replaceChild(OutputRenderer.render(output), old);
  }

  @Override
  public void outputsCleared() {
    Dom.clear(outputs);
  }

  @Override
  public void executionCountChanged(Integer executionCount) {
    if (!root.classList.contains("running")) {
      inputPrompt.textContent = OutputRenderer.prompt("In", executionCount);
    }
  }
}
