package io.jupyterkit.pyodide.worker;

import elemental2.dom.DedicatedWorkerGlobalScope;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;

/** The worker's global scope, which elemental2 has no static handle on. */
final class WorkerGlobals {
  private WorkerGlobals() {}

  @JsProperty(namespace = JsPackage.GLOBAL, name = "self")
  static native DedicatedWorkerGlobalScope self();

  @JsMethod(namespace = JsPackage.GLOBAL)
  static native void importScripts(String url);
}
