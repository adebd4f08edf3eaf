package io.jupyterkit.externs.pyodide;

import elemental2.promise.Promise;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;

/** The global {@code loadPyodide} that {@code pyodide.js} defines, callable in a window or a worker alike. */
public final class PyodideGlobal {
  private PyodideGlobal() {}

  @JsMethod(namespace = JsPackage.GLOBAL)
  public static native Promise<PyodideInterface> loadPyodide(LoadPyodideOptions options);
}
