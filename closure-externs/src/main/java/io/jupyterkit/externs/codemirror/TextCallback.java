package io.jupyterkit.externs.codemirror;

import jsinterop.annotations.JsFunction;

/** {@code onChange(doc)}: the editor's whole text after an edit. */
@JsFunction
public interface TextCallback {
  void onText(String text);
}
