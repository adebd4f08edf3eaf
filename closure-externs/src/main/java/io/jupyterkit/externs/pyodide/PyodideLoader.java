package io.jupyterkit.externs.pyodide;

import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;

/**
 * {@code loadPyodide} as a value: the global {@code pyodide.js} defines in a classic worker, or the export of
 * {@code pyodide.mjs} in a module worker (Pyodide 314 and later load only that way).
 */
@JsFunction
public interface PyodideLoader {
  Promise<PyodideInterface> load(LoadPyodideOptions options);
}
