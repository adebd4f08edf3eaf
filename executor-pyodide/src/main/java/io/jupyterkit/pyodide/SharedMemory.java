package io.jupyterkit.pyodide;

import elemental2.core.ArrayBuffer;
import jsinterop.base.Js;

/**
 * SharedArrayBuffer, which browsers only offer to cross-origin isolated pages (COOP/COEP). Without it there is no
 * cooperative interrupt and no synchronous input().
 */
final class SharedMemory {
  private SharedMemory() {}

  static boolean available() {
    return Js.isTruthy(Js.global().get("crossOriginIsolated"))
        && "function".equals(Js.typeof(Js.global().get("SharedArrayBuffer")));
  }

  /** A new SharedArrayBuffer of {@code bytes}, typed as an ArrayBuffer for the typed-array constructors. */
  static ArrayBuffer create(int bytes) {
    return Js.uncheckedCast(Js.<jsinterop.base.JsConstructorFn<Object>>uncheckedCast(
        Js.global().get("SharedArrayBuffer")).construct(bytes));
  }
}
