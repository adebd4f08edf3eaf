package io.jupyterkit.externs.codemirror;

import jsinterop.annotations.JsFunction;

/** {@code onFocus()} / {@code onBlur()}. */
@JsFunction
public interface EditorCallback {
  void call();
}
