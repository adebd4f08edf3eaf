package io.jupyterkit.externs.jupyterwidgets;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** A widget view ({@code DOMWidgetView}): what the manager's {@code create_view} makes. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterWidgetsView")
public interface WidgetView {
  /** Takes the view off the page and stops it listening to its model. */
  void remove();
}
