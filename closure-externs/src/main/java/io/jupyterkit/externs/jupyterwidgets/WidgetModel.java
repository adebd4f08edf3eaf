package io.jupyterkit.externs.jupyterwidgets;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/** A widget model ({@code WidgetModel}, a Backbone model): its id, attributes and events. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterWidgetsModel")
public interface WidgetModel {
  /** The id the model was made with; some stand-ins for a model that could not be made have none. */
  @JsProperty(name = "model_id")
  String getModelId();

  /** The value of one attribute. */
  Object get(String attribute);

  /** Calls {@code callback} on each of {@code events} (space-separated Backbone event names). */
  void on(String events, EventCallback callback);

  /** Hears a Backbone event; its arguments are left unread. */
  @JsFunction
  interface EventCallback {
    void onEvent();
  }
}
