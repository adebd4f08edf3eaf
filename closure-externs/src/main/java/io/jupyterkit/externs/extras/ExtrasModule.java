package io.jupyterkit.externs.extras;

import elemental2.dom.DocumentFragment;
import elemental2.dom.Element;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.externs.katex.Katex;
import jsinterop.annotations.JsFunction;
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

  /**
   * Puts a placeholder for {@code iframe} (met by DOMPurify, which removes it right after) before it; returns what
   * completes the placeholder once the fragment is sanitised. The page it names loads, sandboxed, when the reader
   * presses Show (or at once, for a page of another origin, when {@code allowRemoteResources}).
   */
  Completion embedFrame(Element iframe, boolean allowRemoteResources, OutputStyles outputStyles);

  /** Completes what {@link #embedFrame} began. */
  @JsFunction
  interface Completion {
    void complete();
  }

  /** Gives a shadow root the element's output style sheets. */
  @JsFunction
  interface OutputStyles {
    void adopt(ShadowRoot root);
  }

  /** The answer of {@link #upgradeNotebook}: the nbformat 4 JSON text, or why there is none. */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterKitNotebookUpgrade")
  interface NotebookUpgrade {
    @JsProperty
    String getNotebook();

    @JsProperty
    String getProblem();
  }
}
