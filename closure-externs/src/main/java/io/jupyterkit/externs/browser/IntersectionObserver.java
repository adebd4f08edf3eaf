package io.jupyterkit.externs.browser;

import elemental2.core.JsArray;
import elemental2.dom.Element;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/** The browser's IntersectionObserver, which elemental2 1.2.3 lacks (Closure's own externs declare it). */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IntersectionObserver")
public class IntersectionObserver {
  /** Called with the entries whose visibility changed. */
  @JsFunction
  public interface Callback {
    void onChange(JsArray<Entry> entries, IntersectionObserver observer);
  }

  /** One target's change. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "IntersectionObserverEntry")
  public interface Entry {
    @JsProperty(name = "isIntersecting")
    boolean isIntersecting();

    @JsProperty(name = "target")
    Element getTarget();
  }

  public IntersectionObserver(Callback callback, Object options) {}

  public native void observe(Element target);

  public native void unobserve(Element target);

  public native void disconnect();
}
