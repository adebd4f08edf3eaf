package io.jupyterkit.externs.indexeddb;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** {@code IDBFactory}: opens databases. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IDBFactory")
public interface IdbFactory {
  IdbOpenRequest open(String name, double version);
}
