package io.jupyterkit.externs.browser;

import elemental2.core.JsArray;
import elemental2.dom.CSSStyleSheet;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/**
 * A shadow root's {@code adoptedStyleSheets}, which elemental2 1.2.3's ShadowRoot lacks (Closure's own externs
 * declare it). Reach it with {@code Js.uncheckedCast(shadowRoot)}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "ShadowRoot")
public interface StyleSheetAdopter {
  @JsProperty(name = "adoptedStyleSheets")
  JsArray<CSSStyleSheet> getAdoptedStyleSheets();

  /** Assigned as a whole: older browsers' list is frozen, so adding a sheet means a new list. */
  @JsProperty(name = "adoptedStyleSheets")
  void setAdoptedStyleSheets(JsArray<CSSStyleSheet> sheets);
}
