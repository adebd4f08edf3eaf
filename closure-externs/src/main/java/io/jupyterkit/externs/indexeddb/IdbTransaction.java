package io.jupyterkit.externs.indexeddb;

import elemental2.dom.DOMException;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/**
 * {@code IDBTransaction}: a write is durable only once it completes; a quota that is exceeded aborts it, with the
 * reason in {@link #getError()}.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IDBTransaction")
public interface IdbTransaction {
  IdbObjectStore objectStore(String name);

  /**
   * Commits now rather than when the last request's callbacks are done, so that a write made as the page is left
   * reaches the disk. Missing in older browsers: check with {@code Js.typeof} first.
   */
  void commit();

  @JsProperty(name = "error")
  DOMException getError();

  @JsProperty(name = "oncomplete")
  void setOncomplete(IdbRequest.Handler handler);

  @JsProperty(name = "onerror")
  void setOnerror(IdbRequest.Handler handler);

  @JsProperty(name = "onabort")
  void setOnabort(IdbRequest.Handler handler);
}
