package io.jupyterkit.externs.jupyter;

import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The widgets bundle as the element sees it: it takes the kernel's {@code jupyter.widget} comms, renders widget
 * views, and loads and reports widget state. The element loads it only when a notebook has widgets.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterKitWidgetPlugin")
public interface WidgetPlugin {
  /** A comm the kernel opened to {@code jupyter.widget}, with its comm_open message. */
  void openComm(JupyterComm comm, Object message);

  /**
   * Shows the view of model {@code modelId} in {@code container}; rejects with a reason when it cannot. Resolves
   * with nothing shown for a model the kernel closed, whose views vanish.
   */
  Promise<Object> render(String modelId, HTMLElement container);

  /** Loads saved widget state ({@code application/vnd.jupyter.widget-state+json}), sanitised first. */
  Promise<Object> setState(Object state);

  /** The current widget state in the saved form, or null before there is any. */
  Object state();

  /** What the module {@code jupyter-kit-widgets.mjs} exports: makes the plugin. */
  @JsFunction
  interface Factory {
    WidgetPlugin create(Sanitizer sanitizer, Typesetter typesetter);
  }

  /**
   * Typesets the math in a widget's element (an {@code HTMLMath} value, a description), as JupyterLab's MathJax
   * does for ipywidgets' {@code typeset} hook.
   */
  @JsFunction
  interface Typesetter {
    void typeset(HTMLElement element);
  }

  /** Makes untrusted HTML safe, as the element's own policy does. */
  @JsFunction
  interface Sanitizer {
    String sanitize(String html);
  }
}
