package io.jupyterkit.externs.indexeddb;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/** {@code IDBOpenDBRequest}: opening a database, which may first need its stores made. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IDBOpenDBRequest")
public interface IdbOpenRequest extends IdbRequest {
  /** The database is new or older than asked for: make its stores here. */
  @JsProperty(name = "onupgradeneeded")
  void setOnupgradeneeded(Handler handler);

  /** Another page holds an older version open. */
  @JsProperty(name = "onblocked")
  void setOnblocked(Handler handler);
}
