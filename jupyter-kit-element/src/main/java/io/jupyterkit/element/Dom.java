package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import jsinterop.base.Js;

/** Small DOM helpers so the views read as structure, not plumbing. */
final class Dom {
  private Dom() {}

  static HTMLElement element(String tag, String className) {
    HTMLElement element = Js.uncheckedCast(DomGlobal.document.createElement(tag));
    if (className != null) {
      element.className = className;
    }
    return element;
  }

  static HTMLElement text(String tag, String className, String text) {
    HTMLElement element = element(tag, className);
    element.textContent = text;
    return element;
  }

  static void clear(HTMLElement element) {
    element.textContent = "";
  }
}
