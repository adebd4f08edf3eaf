package io.jupyterkit.widgets;

import io.jupyterkit.externs.jupyter.WidgetPlugin;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsType;

/**
 * Entry point of the widgets bundle. The module wrapper exports {@code createWidgetPlugin}, which lands in
 * {@link #create}; the bundle's own address locates the widget manager's files beside it.
 */
@JsType(namespace = "jupyterkit", name = "WidgetsBundle")
public final class WidgetsBundle {
  private WidgetsBundle() {}

  @JsMethod
  public static WidgetPlugin create(WidgetPlugin.Sanitizer sanitizer, WidgetPlugin.Typesetter typesetter,
      String bundleUrl) {
    return new HtmlManagerPlugin(sanitizer, typesetter, bundleUrl);
  }
}
