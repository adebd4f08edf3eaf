package io.jupyterkit.externs.indexeddb;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;

/** The page's {@code indexedDB}. */
public final class IndexedDb {
  private IndexedDb() {}

  /**
   * The global {@code indexedDB}; undefined where the browser has none, and reading it throws where storage is
   * forbidden (a sandboxed frame, say), so callers catch.
   */
  @JsProperty(namespace = JsPackage.GLOBAL, name = "indexedDB")
  public static native IdbFactory factory();
}
