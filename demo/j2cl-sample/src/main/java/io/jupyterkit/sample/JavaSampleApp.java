package io.jupyterkit.sample;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.jupyterkit.java.Executors;
import io.jupyterkit.java.JupyterKit;
import io.jupyterkit.java.JupyterNotebook;
import io.jupyterkit.java.NotebookExecutor;
import io.jupyterkit.java.PyodideExecutorOptions;
import jsinterop.annotations.JsMethod;

/**
 * A J2CL app using jupyter-kit through its Java API only: a notebook given inline, Python from the self-hosted
 * Pyodide, a Run all button, and a log of the cell runs the app heard of.
 */
public final class JavaSampleApp {
  /** The notebook the app shows, as an {@code .ipynb} file's text. */
  static final String NOTEBOOK = "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
      + "{\"cell_type\": \"markdown\", \"id\": \"intro\", \"metadata\": {},"
      + " \"source\": \"# A notebook from Java\\nThe next cell runs in Pyodide.\"},"
      + "{\"cell_type\": \"code\", \"id\": \"answer\", \"metadata\": {}, \"execution_count\": null, \"outputs\": [],"
      + " \"source\": \"print('Python says', 6 * 7)\"}"
      + "]}";

  private JavaSampleApp() {}

  /** Called once the page's script has loaded (JavaSampleApp.native.js). */
  @JsMethod
  static void start() {
    // The page is served at /java-sample/, the npm package's files at /jupyter-kit/.
    JupyterKit.setAssetsUrl("/jupyter-kit/");

    HTMLElement status = element("p", "kernel-status", "Python: not started");
    NotebookExecutor python = Executors.pyodide(PyodideExecutorOptions.builder()
        .src("/pyodide/pyodide.js")
        .onStatus((state, detail) -> status.textContent =
            "Python: " + state + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"))
        .build());

    JupyterNotebook notebook = JupyterNotebook.create()
        .setExecutor(python)
        .setReadOnly(true)
        .setTrusted(true)
        .setNotebookJson(NOTEBOOK);
    notebook.element().id = "notebook";

    HTMLElement runs = element("ol", "cell-runs", "");
    notebook.onCellExecuteEnd((index, result) ->
        runs.appendChild(element("li", null, "Cell " + (index + 1) + " ended: " + result)));

    HTMLButtonElement runAll = (HTMLButtonElement) element("button", "run-all", "Run all");
    runAll.onclick = event -> {
      notebook.runAll();
      return null;
    };

    HTMLElement app = (HTMLElement) DomGlobal.document.getElementById("app");
    app.appendChild(runAll);
    app.appendChild(status);
    app.appendChild(notebook.element());
    app.appendChild(element("h2", null, "Cell runs heard by the app"));
    app.appendChild(runs);
  }

  private static HTMLElement element(String tag, String id, String text) {
    HTMLElement element = (HTMLElement) DomGlobal.document.createElement(tag);
    if (id != null) {
      element.id = id;
    }
    element.textContent = text;
    return element;
  }
}
