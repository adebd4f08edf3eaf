package io.jupyterkit.externs.codemirror;

import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;

/**
 * {@code complete(code, cursorPos)} / {@code inspect(code, cursorPos)}: a promise of the Jupyter reply's content
 * as a plain JavaScript object ({@code complete_reply} or {@code inspect_reply}), or of null when there is none.
 * {@code cursorPos} counts Unicode code points, as in Jupyter.
 */
@JsFunction
public interface ShellRequestCallback {
  Promise<Object> request(String code, int cursorPos);
}
