package io.jupyterkit.externs.marked;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.JsConstructorFn;

/** What {@code vendor/marked/marked.mjs} exports by default: marked's module, with its Marked class. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "MarkedModule")
public interface MarkedModule {
  @JsProperty(name = "Marked")
  JsConstructorFn<Marked> markedClass();
}
