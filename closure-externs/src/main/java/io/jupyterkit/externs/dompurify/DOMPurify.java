package io.jupyterkit.externs.dompurify;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** The DOMPurify instance for the current window. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "DOMPurify")
public final class DOMPurify {
  private DOMPurify() {}

  public static String version;

  public static boolean isSupported;

  /** Sanitises an HTML string or node; returns a string, or a DOM fragment with {@code RETURN_DOM_FRAGMENT}. */
  public static native Object sanitize(Object dirty, Object config);

  public static native void addHook(String entryPoint, Hook hook);

  public static native void removeHook(String entryPoint);

  public static native void removeAllHooks();

  /** A sanitiser hook; {@code data} is the hook's event object (attribute name and value for attribute hooks). */
  @JsFunction
  public interface Hook {
    void call(Object node, Object data, Object config);
  }
}
