package io.jupyterkit.extras;

import elemental2.core.Global;
import elemental2.dom.DocumentFragment;
import elemental2.dom.Element;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.externs.extras.ExtrasModule;
import io.jupyterkit.externs.katex.Katex;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.nbformat.LegacyNotebooks;
import io.jupyterkit.nbformat.NotebookFormatException;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsType;
import jsinterop.base.JsPropertyMap;

/**
 * Entry point of the extras bundle ({@code jupyter-kit-extras.mjs}): code only some notebooks need, which the
 * element loads the first time one does. The module wrapper exports what lands here (see ExtrasBundle.native.js);
 * the element sees it through {@code io.jupyterkit.externs.extras.ExtrasModule}.
 */
@JsType(namespace = "jupyterkit", name = "ExtrasBundle")
public final class ExtrasBundle {
  private ExtrasBundle() {}

  /**
   * An nbformat 1, 2 or 3 notebook's JSON text upgraded: {@code {notebook: <nbformat 4 JSON text>}}, or
   * {@code {problem: <why it cannot be read>}}.
   */
  @JsMethod
  public static JsPropertyMap<String> upgradeNotebook(String jsonText) {
    JsPropertyMap<String> result = JsPropertyMap.of();
    try {
      JsonValue root = JsJson.parse(jsonText);
      if (root.asObject() == null) {
        result.set("problem", "a notebook is a JSON object");
      } else {
        result.set("notebook", Global.JSON.stringify(JsJson.toJs(LegacyNotebooks.upgrade(root.asObject(),
            JsJson::parse))));
      }
    } catch (NotebookFormatException | IllegalArgumentException e) {
      result.set("problem", e.getMessage());
    }
    return result;
  }

  /**
   * Scopes the references of every SVG in {@code fragment} (DOMPurify's output, not yet in the page) to that SVG,
   * and drops those to anything outside it.
   */
  @JsMethod
  public static void scopeSvgs(DocumentFragment fragment) {
    SvgScopes.apply(fragment);
  }

  /**
   * Has {@code katex} draw the math placeholders in {@code container} not drawn yet, numbered as the notebook in
   * {@code root} (null: unnumbered) is.
   */
  @JsMethod
  public static void typesetMath(Katex katex, ShadowRoot root, Element container) {
    MathDrawing.typeset(katex, root, container);
  }

  /** Something taking part in the equation numbering of {@code root} was added or removed: renumber soon. */
  @JsMethod
  public static void renumberMath(ShadowRoot root) {
    EquationNumbering.of(root).changed();
  }

  /**
   * Puts a placeholder for {@code iframe} (met by DOMPurify, which removes it right after) before it; returns what
   * completes the placeholder once the fragment is sanitised.
   */
  @JsMethod
  public static ExtrasModule.Completion embedFrame(Element iframe, boolean allowRemoteResources,
      ExtrasModule.OutputStyles outputStyles) {
    Runnable complete = EmbeddedFrames.placeholderBefore(iframe, allowRemoteResources, outputStyles);
    return complete::run;
  }
}
