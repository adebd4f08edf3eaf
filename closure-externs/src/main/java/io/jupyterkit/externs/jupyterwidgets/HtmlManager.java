package io.jupyterkit.externs.jupyterwidgets;

import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** {@code HTMLManager}: the widget manager; models are created from comms or saved state, views from models. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterWidgetsHTMLManager")
public interface HtmlManager {
  Promise<Object> handle_comm_open(Object comm, Object message);

  Promise<Object> get_model(String modelId);

  boolean has_model(String modelId);

  Promise<Object> create_view(Object model, Object options);

  Promise<Object> display_view(Object view, HTMLElement container);

  Promise<Object> set_state(Object state);

  Promise<Object> get_state(Object options);
}
