package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.jupyterkit.kernel.KernelState;
import jsinterop.base.Js;

/**
 * The notebook's toolbar: Run all, Stop, Restart, Restart and run all, Clear outputs, Download, and what the kernel
 * is doing ("Loading Python 38 %…", "Idle", "Failed: … Retry"). Styled through {@code ::part(toolbar)} and
 * {@code ::part(kernel-state)}; hidden by {@code no-toolbar}.
 */
final class NotebookToolbar {
  /** What the buttons ask of the element. */
  interface Host {
    void runAll();

    void interrupt();

    void restart();

    void restartAndRunAll();

    void clearOutputs();

    void download();

    /** Starts the kernel again after it failed. */
    void retry();
  }

  private final HTMLElement root = Dom.element("div", "toolbar");
  private final HTMLElement state = Dom.element("span", "kernel-state");
  private final HTMLButtonElement stop;
  private final HTMLButtonElement restart;
  private final HTMLButtonElement restartAndRunAll;
  private final HTMLButtonElement retry;

  NotebookToolbar(Host host) {
    root.setAttribute("role", "toolbar");
    root.setAttribute("aria-label", "Notebook");
    root.setAttribute("part", "toolbar");
    root.appendChild(button("Run all", "Run all cells", host::runAll));
    stop = button("Stop", "Stop the running cell", host::interrupt);
    root.appendChild(stop);
    restart = button("Restart", "Restart Python (variables are lost)", host::restart);
    root.appendChild(restart);
    restartAndRunAll = button("Restart and run all", "Restart Python and run all cells", host::restartAndRunAll);
    root.appendChild(restartAndRunAll);
    root.appendChild(button("Clear outputs", "Clear the outputs of all cells", host::clearOutputs));
    root.appendChild(button("Download", "Download the notebook as .ipynb", host::download));
    HTMLElement status = Dom.element("span", "kernel-status");
    state.setAttribute("part", "kernel-state");
    state.setAttribute("role", "status");
    status.appendChild(state);
    retry = button("Retry", "Try starting Python again", host::retry);
    retry.hidden = true;
    status.appendChild(retry);
    root.appendChild(status);
    show(null);
  }

  private static HTMLButtonElement button(String text, String label, Runnable action) {
    HTMLButtonElement button = Js.uncheckedCast(Dom.text("button", "tool", text));
    button.type = "button";
    button.title = label;
    button.onclick = event -> {
      action.run();
      return null;
    };
    return button;
  }

  HTMLElement element() {
    return root;
  }

  /** Shows the kernel's state; null when the page gave the notebook no executor. */
  void show(KernelState kernel) {
    if (kernel == null) {
      state.textContent = "No kernel";
      state.title = "This page gives the notebook nothing to run code with.";
    } else {
      state.textContent = kernel.label();
      state.title = kernel.detail();
    }
    KernelState.Phase phase = kernel == null ? null : kernel.phase();
    state.setAttribute("data-phase", phase == null ? "none" : phase.name().toLowerCase());
    boolean running = phase == KernelState.Phase.BUSY;
    stop.disabled = !running;
    restart.disabled = kernel == null;
    restartAndRunAll.disabled = kernel == null;
    retry.hidden = phase != KernelState.Phase.FAILED;
  }
}
