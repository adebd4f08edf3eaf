package io.jupyterkit.externs.extras;

import elemental2.dom.DocumentFragment;
import elemental2.dom.Element;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.externs.katex.Katex;
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

  /**
   * Has {@code katex} draw the math placeholders in {@code container} not drawn yet, numbered as the notebook in
   * {@code root} (null: unnumbered) is.
   */
  void typesetMath(Katex katex, ShadowRoot root, Element container);

  /** Something taking part in the equation numbering of {@code root} was added or removed: renumber soon. */
  void renumberMath(ShadowRoot root);

  /** The answer of {@link #upgradeNotebook}: the nbformat 4 JSON text, or why there is none. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterKitNotebookUpgrade")
  interface NotebookUpgrade {
    @JsProperty
    String getNotebook();

    @JsProperty
    String getProblem();
  }
}
