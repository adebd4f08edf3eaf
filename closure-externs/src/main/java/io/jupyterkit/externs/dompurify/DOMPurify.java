package io.jupyterkit.externs.dompurify;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** A DOMPurify instance: what {@code vendor/dompurify/purify.mjs} exports by default, bound to the window. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "DOMPurifyInstance")
public interface DOMPurify {
  /** Sanitises an HTML string or node; returns a string, or a DOM fragment with {@code RETURN_DOM_FRAGMENT}. */
  Object sanitize(Object dirty, Object config);

  void addHook(String entryPoint, Hook hook);

  /** A sanitiser hook; {@code data} is the hook's event object (attribute name and value for attribute hooks). */
  @JsFunction
  interface Hook {
    void call(Object node, Object data, Object config);
  }
}
