package io.jupyterkit.externs.indexeddb;

import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** {@code IDBObjectStore}: values by key. Values are stored as structured clones. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IDBObjectStore")
public interface IdbObjectStore {
  IdbRequest get(String key);

  IdbRequest put(Object value, String key);

  @JsMethod(name = "delete")
  IdbRequest remove(String key);

  IdbRequest clear();
}
