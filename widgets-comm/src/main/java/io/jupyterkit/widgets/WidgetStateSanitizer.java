package io.jupyterkit.widgets;

import elemental2.core.JsArray;
import io.jupyterkit.externs.jupyter.WidgetPlugin;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Makes widget state safe before the widget manager renders it: the values of HTML widgets, descriptions that allow
 * HTML, and the HTML and SVG outputs inside Output widgets go through the element's sanitiser, and JavaScript
 * outputs are dropped. State comes from saved notebooks (hostile until proven otherwise) and from the kernel.
 */
final class WidgetStateSanitizer {
  private final WidgetPlugin.Sanitizer sanitizer;

  WidgetStateSanitizer(WidgetPlugin.Sanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  /** Sanitises a saved state document ({@code {state: {id: {model_name, state}}}}) in place. */
  void savedState(Object document) {
    Object models = document == null ? null : Js.asPropertyMap(document).get("state");
    if (models == null || !"object".equals(Js.typeof(models))) {
      return;
    }
    JsPropertyMap<Object> byId = Js.asPropertyMap(models);
    byId.forEach(id -> {
      Object model = byId.get(id);
      if (model != null && "object".equals(Js.typeof(model))) {
        JsPropertyMap<Object> entry = Js.asPropertyMap(model);
        Object name = entry.get("model_name");
        modelState("string".equals(Js.typeof(name)) ? Js.asString(name) : "", entry.get("state"));
      }
    });
  }

  /** Sanitises one model's (full or partial) state in place; {@code modelName} as {@code _model_name} says. */
  void modelState(String modelName, Object state) {
    if (state == null || !"object".equals(Js.typeof(state))) {
      return;
    }
    JsPropertyMap<Object> values = Js.asPropertyMap(state);
    Object ownName = values.get("_model_name");
    String name = "string".equals(Js.typeof(ownName)) ? Js.asString(ownName) : modelName;
    if (("HTMLModel".equals(name) || "HTMLMathModel".equals(name)) && values.has("value")) {
      values.set("value", html(values.get("value")));
    }
    if (values.has("description")) {
      values.set("description", html(values.get("description")));
    }
    Object outputs = values.get("outputs");
    if (outputs != null && JsArray.isArray(outputs)) {
      JsArray<Object> list = Js.uncheckedCast(outputs);
      for (int i = 0; i < list.length; i++) {
        Object data = list.getAt(i) == null ? null : Js.asPropertyMap(list.getAt(i)).get("data");
        if (data != null && "object".equals(Js.typeof(data))) {
          JsPropertyMap<Object> bundle = Js.asPropertyMap(data);
          bundle.delete("application/javascript");
          bundle.delete("text/javascript");
          for (String mime : new String[] {"text/html", "image/svg+xml"}) {
            if (bundle.has(mime)) {
              bundle.set(mime, html(bundle.get(mime)));
            }
          }
        }
      }
    }
  }

  private String html(Object value) {
    if (value == null) {
      return "";
    }
    String text = JsArray.isArray(value) ? Js.<JsArray<Object>>uncheckedCast(value).join("") : String.valueOf(value);
    return sanitizer.sanitize(text);
  }
}
