package io.jupyterkit.externs.browser;

import elemental2.dom.CSSStyleSheet;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A style sheet made with {@code new CSSStyleSheet()} that shadow roots adopt, with {@code replaceSync}, which
 * elemental2 1.2.3 lacks (Closure's own externs declare it).
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "CSSStyleSheet")
public class ConstructableStyleSheet extends CSSStyleSheet {
  public ConstructableStyleSheet() {}

  /** Replaces the sheet's rules with those of {@code text}; {@code @import} rules are ignored. */
  public native void replaceSync(String text);
}
