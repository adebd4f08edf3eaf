package io.jupyterkit.externs.indexeddb;

import elemental2.dom.DOMStringList;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/** {@code IDBDatabase}: an open database. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IDBDatabase")
public interface IdbDatabase {
  @JsProperty(name = "objectStoreNames")
  DOMStringList getObjectStoreNames();

  /** A store with out-of-line keys (given to each put). Only while upgrading. */
  IdbObjectStore createObjectStore(String name);

  /** {@code mode} is {@code readonly} or {@code readwrite}. */
  IdbTransaction transaction(String storeName, String mode);

  void close();

  /** Another page wants a newer version (or to delete the database): close, or it waits. */
  @JsProperty(name = "onversionchange")
  void setOnversionchange(IdbRequest.Handler handler);
}
