package io.jupyterkit.externs.extras;

import elemental2.dom.DocumentFragment;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/**
 * The extras bundle ({@code jupyter-kit-extras.mjs}, built by jupyter-kit-extras) as the element sees it: what its
 * module exports. The element imports it the first time a notebook needs one of its parts.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterKitExtrasModule")
public interface ExtrasModule {
  /** An nbformat 1, 2 or 3 notebook's JSON text upgraded to nbformat 4. */
  NotebookUpgrade upgradeNotebook(String jsonText);

  /**
   * Scopes the references of every SVG in {@code fragment} (sanitised, not yet in the page) to that SVG, and drops
   * those to anything outside it.
   */
  void scopeSvgs(DocumentFragment fragment);

  /** The answer of {@link #upgradeNotebook}: the nbformat 4 JSON text, or why there is none. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterKitNotebookUpgrade")
  interface NotebookUpgrade {
    @JsProperty
    String getNotebook();

    @JsProperty
    String getProblem();
  }
}
