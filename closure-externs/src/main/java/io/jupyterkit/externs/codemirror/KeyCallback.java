package io.jupyterkit.externs.codemirror;

import jsinterop.annotations.JsFunction;

/** A key binding: returns true when it handled the key (the editor then does nothing more with it). */
@JsFunction
public interface KeyCallback {
  boolean handle();
}
