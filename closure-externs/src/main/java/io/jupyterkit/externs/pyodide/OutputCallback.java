package io.jupyterkit.externs.pyodide;

import jsinterop.annotations.JsFunction;

/** A line-oriented output sink, as {@code loadPyodide}'s {@code stdout}/{@code stderr} and batched writers take. */
@JsFunction
public interface OutputCallback {
  void onText(String text);
}
