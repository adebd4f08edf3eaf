package io.jupyterkit.externs.pyodide;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** A JavaScript handle on a Python object. Callables are called through {@link #call}. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "PyProxy")
public interface PyProxy {
  Object get(Object key);

  boolean has(Object key);

  Object toJs(Object options);

  Object call(Object thisArg, Object... args);

  void destroy();
}
