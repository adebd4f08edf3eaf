package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import jsinterop.annotations.JsMethod;
import jsinterop.base.Js;
import jsinterop.base.JsConstructorFn;

/** Registration, kept apart from the element class so that loading the class has no side effects. */
public final class JupyterKitElements {
  public static final String TAG = "jupyter-notebook";
  /** Whether the element class itself is registered (under any name). */
  private static boolean classDefined;

  private JupyterKitElements() {}

  /** The element class, as the constructor pages extend or define under a name of their own. */
  public static Object elementClass() {
    return Js.asConstructorFn(JupyterNotebookElement.class);
  }

  /**
   * Registers the element as {@code tagName} ({@code jupyter-notebook} when null or empty) unless that name is
   * taken; returns the class registered under it. A registry takes each class once, so other names get a subclass.
   */
  public static Object define(String tagName) {
    String tag = tagName == null || tagName.isEmpty() ? TAG : tagName;
    Object existing = DomGlobal.customElements.get(tag);
    if (existing != null) {
      return existing;
    }
    Object base = elementClass();
    Object defined = classDefined ? subclassOf(base) : base;
    DomGlobal.customElements.define(tag, Js.<JsConstructorFn<HTMLElement>>uncheckedCast(defined));
    classDefined = true;
    return defined;
  }

  /** {@code class extends base {}}, which Java cannot write. */
  @JsMethod
  private static native Object subclassOf(Object base);

  /**
   * Erases every draft the library stored in this browser, for every notebook; resolves once they are gone.
   * Notebooks on the page keep the changes made after it.
   */
  public static Promise<Object> clearStoredDrafts() {
    return NotebookChanges.clearStoredDrafts();
  }
}
