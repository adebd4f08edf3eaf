package io.jupyterkit.java;

import elemental2.core.Global;
import elemental2.dom.CustomEvent;
import elemental2.dom.DomGlobal;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLElement;
import io.jupyterkit.element.JupyterKitElements;
import io.jupyterkit.element.JupyterNotebookElement;
import io.jupyterkit.element.NotebookEvents;
import jsinterop.base.Any;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * One {@code <jupyter-notebook>}, driven from Java. The element itself is what goes on the page
 * ({@link #element()}); this wrapper only spares the app the element's JavaScript-facing types.
 */
public final class JupyterNotebook {
  private final JupyterNotebookElement element;

  private JupyterNotebook(JupyterNotebookElement element) {
    this.element = element;
  }

  /** A new notebook element, not yet on the page; registers the element first if nothing did. */
  public static JupyterNotebook create() {
    JupyterKit.define();
    return new JupyterNotebook(Js.<JupyterNotebookElement>uncheckedCast(
        DomGlobal.document.createElement(JupyterKitElements.TAG)));
  }

  /** The element, to append to the page and to style. */
  public HTMLElement element() {
    return element;
  }

  /** Loads the {@code .ipynb} at {@code url} (the {@code src} attribute). */
  public JupyterNotebook setSrc(String url) {
    element.setSrc(url);
    return this;
  }

  /** Shows the notebook in {@code json}, an {@code .ipynb} file's text. */
  public JupyterNotebook setNotebookJson(String json) {
    element.setIpynb(json);
    return this;
  }

  /** The notebook as it is now (edits and outputs included), as {@code .ipynb} text. */
  public String notebookJson() {
    return Global.JSON.stringify(element.toJSON());
  }

  /** What runs the code cells; null takes it away (a Run then says there is none). */
  public JupyterNotebook setExecutor(NotebookExecutor executor) {
    element.setExecutor(executor == null ? null : executor.exported());
    return this;
  }

  /**
   * Whether the app vouches for the notebook's code (the {@code trusted} attribute): without it, the first run asks
   * the reader whether to run it.
   */
  public JupyterNotebook setTrusted(boolean trusted) {
    element.setTrusted(trusted);
    return this;
  }

  /** A read-only notebook shows its cells and runs them, but cannot be edited (the {@code readonly} attribute). */
  public JupyterNotebook setReadOnly(boolean readOnly) {
    element.setReadOnly(readOnly);
    return this;
  }

  /** Queues every code cell, in order. */
  public void runAll() {
    element.runAll();
  }

  /** Queues code cell {@code index} (0-based, counting every cell); does nothing for other cells. */
  public void runCell(int index) {
    element.runCell(index);
  }

  /** Stops the running cell. */
  public void interrupt() {
    element.interrupt();
  }

  /** Calls {@code listener} each time a cell's run ends, whether it succeeded, failed or was aborted. */
  public Registration onCellExecuteEnd(CellListener listener) {
    return addEventListener(NotebookEvents.CELL_EXECUTE_END, event -> {
      JsPropertyMap<Object> detail = Js.asPropertyMap(Js.<CustomEvent<Object>>uncheckedCast(event).detail);
      Any status = detail.getAsAny("status");
      listener.onCell(detail.getAsAny("index").asInt(), status == null ? null : status.asString());
    });
  }

  /** Listens to one of the element's events ({@link NotebookEvents}); the event's detail is its JavaScript object. */
  public Registration addEventListener(String type, EventListener listener) {
    element.addEventListener(type, listener);
    return () -> element.removeEventListener(type, listener);
  }
}
