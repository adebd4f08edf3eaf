package io.jupyterkit.java;

import io.jupyterkit.kernel.ExportedExecutor;
import io.jupyterkit.pyodide.PyodideExecutors;

/** Makes the executors a {@link JupyterNotebook} runs its cells with. */
public final class Executors {
  private Executors() {}

  /**
   * Python in Pyodide, in a Web Worker of its own, booted at the first run (or as the notebook's {@code boot}
   * attribute says). Several notebooks may share one executor, and then one kernel.
   */
  public static NotebookExecutor pyodide(PyodideExecutorOptions options) {
    return new NotebookExecutor(ExportedExecutor.of(PyodideExecutors.create(options.toPyodideOptions())));
  }

  /** Pyodide from the CDN, with the default options. */
  public static NotebookExecutor pyodide() {
    return pyodide(PyodideExecutorOptions.builder().build());
  }
}
