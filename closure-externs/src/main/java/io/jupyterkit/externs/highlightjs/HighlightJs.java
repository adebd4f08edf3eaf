package io.jupyterkit.externs.highlightjs;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/** The highlight.js core module's default export. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "HLJSApi")
public interface HighlightJs {
  void registerLanguage(String name, Object grammar);

  Object getLanguage(String name);

  /** Highlights {@code code}; the result's {@code value} is HTML in which all code text is escaped. */
  Result highlight(String code, Object options);

  void configure(Object options);

  /** What {@link #highlight} returns. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "HLJSResult")
  interface Result {
    @JsProperty
    String getValue();
  }
}
