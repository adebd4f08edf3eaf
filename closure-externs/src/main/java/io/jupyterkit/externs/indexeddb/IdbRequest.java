package io.jupyterkit.externs.indexeddb;

import elemental2.dom.DOMException;
import elemental2.dom.Event;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/** {@code IDBRequest}: the answer to one operation, delivered to {@code onsuccess} or {@code onerror}. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IDBRequest")
public interface IdbRequest {
  /** An event handler of a request, database or transaction. */
  @JsFunction
  interface Handler {
    void handle(Event event);
  }

  @JsProperty(name = "result")
  Object getResult();

  /** Why it failed; null while it has not. */
  @JsProperty(name = "error")
  DOMException getError();

  @JsProperty(name = "onsuccess")
  void setOnsuccess(Handler handler);

  @JsProperty(name = "onerror")
  void setOnerror(Handler handler);
}
