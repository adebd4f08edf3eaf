package io.jupyterkit.externs.browser;

import elemental2.core.Int32Array;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** The ES2017 Atomics object (declared in Closure's own externs), for the shared interrupt buffer. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Atomics")
public final class Atomics {
  private Atomics() {}

  public static native int load(Int32Array array, int index);

  public static native int store(Int32Array array, int index, int value);

  public static native int compareExchange(Int32Array array, int index, int expected, int replacement);

  public static native int notify(Int32Array array, int index, int count);

  /** Blocks (workers only) while {@code array[index] == value}, at most {@code timeoutMs}; "ok", "not-equal" or "timed-out". */
  public static native String wait(Int32Array array, int index, int value, double timeoutMs);
}
