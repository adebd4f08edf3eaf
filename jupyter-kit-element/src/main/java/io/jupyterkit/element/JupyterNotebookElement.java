package io.jupyterkit.element;

import elemental2.dom.CustomEvent;
import elemental2.dom.CustomEventInit;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.ShadowRoot;
import elemental2.dom.ShadowRootInit;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.nbformat.Notebook;
import io.jupyterkit.nbformat.NotebookReader;
import io.jupyterkit.nbformat.NotebookWriter;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import java.util.Collections;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * {@code <jupyter-notebook>}: shows a notebook from {@code src} or {@code ipynb} and runs its cells with the
 * {@code executor} the page gives it. Defining the class registers nothing; {@link JupyterKitElements#define} does.
 */
@JsType(namespace = "jupyterkit", name = "JupyterNotebookElement")
public class JupyterNotebookElement extends HTMLElement {
  private final ShadowRoot shadow;
  private final HTMLElement body;
  private Object ipynb;
  private Executor executor;
  private NotebookView view;
  private int loadGeneration;

  public JupyterNotebookElement() {
    super();
    ShadowRootInit init = ShadowRootInit.create();
    init.setMode("open");
    shadow = attachShadow(init);
    HTMLElement style = Dom.text("style", null, Styles.CSS);
    shadow.appendChild(style);
    body = Dom.element("div", "body");
    shadow.appendChild(body);
  }

  /** Attributes whose changes the element hears. */
  @JsProperty(name = "observedAttributes")
  public static String[] getObservedAttributeNames() {
    return new String[] {"src"};
  }

  public void connectedCallback() {
    if (executor != null) {
      executor.start();
    }
  }

  @Override
  public Object attributeChangedCallback(String name, String oldValue, String newValue, String namespace) {
    if ("src".equals(name) && newValue != null && !newValue.equals(oldValue)) {
      load(newValue);
    }
    return null;
  }

  /** The notebook given as an object or JSON text; setting it replaces what is shown. */
  @JsProperty(name = "ipynb")
  public Object getIpynb() {
    return ipynb;
  }

  @JsProperty(name = "ipynb")
  public void setIpynb(Object value) {
    ipynb = value;
    loadGeneration++;
    show(value, "the ipynb property");
  }

  /** What runs the code cells, such as {@code createPyodideExecutor(options)}. */
  @JsProperty(name = "executor")
  public Executor getExecutor() {
    return executor;
  }

  @JsProperty(name = "executor")
  public void setExecutor(Executor value) {
    executor = value;
    if (executor != null && isConnected) {
      executor.start();
    }
  }

  /** Runs code cell {@code index} (0-based, counting every cell); does nothing for other cells. */
  public void runCell(int index) {
    CellView cellView = view == null ? null : view.cell(index);
    if (cellView != null && cellView.isCode()) {
      run(cellView);
    }
  }

  /** Queues every code cell, in order. */
  public void runAll() {
    if (view != null) {
      for (CellView cellView : view.cells()) {
        if (cellView.isCode()) {
          run(cellView);
        }
      }
    }
  }

  /** The notebook as shown now, outputs included, as an nbformat v4 object. */
  public Object toJSON() {
    return view == null ? null : JsJson.toJs(NotebookWriter.write(view.notebook()));
  }

  private void run(CellView cellView) {
    if (executor == null) {
      cellView.area().clear();
      cellView.area().cell().outputs().add(Output.error("NoExecutor",
          "Nothing can run this cell: give the element an executor (see createPyodideExecutor).",
          Collections.<String>emptyList()));
      cellView.outputAdded(0);
      return;
    }
    cellView.markRunning();
    dispatch("cell-execute-start", cellDetail(cellView, null));
    JupyterMessage request = JupyterMessage.executeRequest(MessageIds.next(), cellView.cell().source());
    executor.execute(request, message -> {
      cellView.area().apply(message);
      if (MessageTypes.EXECUTE_REPLY.equals(message.msgType())) {
        cellView.markFinished();
        dispatch("cell-execute-end", cellDetail(cellView, message.content().getString("status", "ok")));
      }
    });
  }

  private void load(String src) {
    int generation = ++loadGeneration;
    DomGlobal.fetch(src)
        .then(response -> {
          if (!response.ok) {
            throw new IllegalStateException("HTTP " + response.status + " " + response.statusText);
          }
          return response.text();
        })
        .then(text -> {
          if (generation == loadGeneration) {
            show(text, src);
          }
          return null;
        })
        .catch_(error -> {
          if (generation == loadGeneration) {
            fail("Could not load the notebook from " + src + ": " + describe(error));
          }
          return null;
        });
  }

  private void show(Object value, String origin) {
    Notebook notebook;
    try {
      JsonValue json = Js.typeof(value).equals("string") ? JsJson.parse(Js.asString(value)) : JsJson.fromJs(value);
      notebook = NotebookReader.read(json);
    } catch (RuntimeException e) {
      fail("The notebook from " + origin + " could not be read: " + e.getMessage());
      return;
    }
    view = new NotebookView(notebook, this::run);
    Dom.clear(body);
    body.appendChild(view.element());
    JsPropertyMap<Object> detail = JsPropertyMap.of();
    detail.set("cells", notebook.cells().size());
    dispatch("load", detail);
  }

  /** Shows {@code message} in place of the notebook and fires {@code error}; never throws into the page. */
  private void fail(String message) {
    view = null;
    Dom.clear(body);
    HTMLElement notice = Dom.text("div", "notice failure", message);
    notice.setAttribute("role", "alert");
    body.appendChild(notice);
    JsPropertyMap<Object> detail = JsPropertyMap.of();
    detail.set("message", message);
    dispatch("error", detail);
  }

  private static JsPropertyMap<Object> cellDetail(CellView cellView, String status) {
    JsPropertyMap<Object> detail = JsPropertyMap.of();
    detail.set("index", cellView.index());
    if (status != null) {
      detail.set("status", status);
    }
    return detail;
  }

  private void dispatch(String type, Object detail) {
    CustomEventInit<Object> init = CustomEventInit.create();
    init.setBubbles(true);
    init.setComposed(true);
    init.setDetail(detail);
    dispatchEvent(new CustomEvent<>(type, init));
  }

  private static String describe(Object error) {
    if (error instanceof Throwable) {
      return String.valueOf(((Throwable) error).getMessage());
    }
    JsPropertyMap<Object> map = Js.asPropertyMap(error);
    Object message = error == null ? null : map.get("message");
    return message == null ? String.valueOf(error) : String.valueOf(message);
  }
}
