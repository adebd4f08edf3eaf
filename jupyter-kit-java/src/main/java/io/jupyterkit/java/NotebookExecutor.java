package io.jupyterkit.java;

import io.jupyterkit.kernel.ExportedExecutor;

/**
 * An executor for {@link JupyterNotebook#setExecutor}. It holds the same object {@code createPyodideExecutor}
 * returns in JavaScript, so the element treats a Java app's executor exactly as a page's.
 */
public final class NotebookExecutor {
  private final ExportedExecutor exported;

  NotebookExecutor(ExportedExecutor exported) {
    this.exported = exported;
  }

  /** What the element is given: the executor under the JavaScript executor contract. */
  ExportedExecutor exported() {
    return exported;
  }

  /** Stops the running cell (a KeyboardInterrupt in Python). */
  public void interrupt() {
    exported.executor().interrupt();
  }

  /** A new interpreter: the variables are gone, the notebooks' outputs stay. */
  public void restart() {
    exported.executor().restart();
  }

  /** What the kernel is doing now, in the toolbar's words ("Idle", "Busy", "Loading Python 38 %…"). */
  public String stateLabel() {
    return exported.executor().state().label();
  }
}
