package io.jupyterkit.pyodide.worker;

import elemental2.core.JsArray;
import elemental2.core.Reflect;
import elemental2.core.Uint8Array;
import jsinterop.base.Js;
import jsinterop.base.JsConstructorFn;
import jsinterop.base.JsPropertyMap;

/**
 * Whether the worker may compile WebAssembly, which Pyodide needs. A Content-Security-Policy without
 * {@code 'wasm-unsafe-eval'} (or {@code 'unsafe-eval'}) in script-src forbids it; Pyodide then never finishes
 * starting, so the boot asks first, by compiling the smallest valid module, which only a policy can refuse.
 */
final class WebAssemblyPolicy {
  /** The header of an empty module: magic number and version 1. */
  private static final double[] EMPTY_MODULE = {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0};

  private WebAssemblyPolicy() {}

  /** Why the worker cannot run WebAssembly, in words for the reader, or null when it can. */
  static String refusal() {
    JsPropertyMap<Object> webAssembly = Js.uncheckedCast(Js.global().get("WebAssembly"));
    if (webAssembly == null) {
      return "this browser has no WebAssembly, which Python needs";
    }
    JsConstructorFn<Object> module = Js.uncheckedCast(webAssembly.get("Module"));
    try {
      Reflect.construct(module, JsArray.<Object>of(new Uint8Array(EMPTY_MODULE)));
      return null;
    } catch (Throwable e) {
      return "the Content-Security-Policy does not allow WebAssembly, which Python needs: its script-src must"
          + " include 'wasm-unsafe-eval' (a worker has the policy its script is served with)";
    }
  }
}
