package io.jupyterkit.extras;

import elemental2.dom.Element;
import elemental2.dom.NodeList;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.externs.katex.Katex;
import jsinterop.base.JsPropertyMap;

/**
 * KaTeX drawing the element's math placeholders (spans keeping their TeX in {@code data-tex}), which the main bundle
 * loads KaTeX for. KaTeX runs untrusted: no href, url or html-class commands. {@code data-katex} is what KaTeX gets
 * when the notebook's equation numbering rewrote the TeX ({@link EquationNumbering}); {@code data-typeset} marks a
 * span KaTeX has drawn.
 */
final class MathDrawing {
  private static Katex katex;

  private MathDrawing() {}

  /** Draws every placeholder in {@code container} not drawn yet, numbered as the notebook in {@code root} is. */
  static void typeset(Katex api, ShadowRoot root, Element container) {
    katex = api;
    EquationNumbering.of(root).numberNow();
    NodeList<Element> spans = container.querySelectorAll(".math[data-tex]:not([data-typeset])");
    for (int i = 0; i < spans.length; i++) {
      render(api, spans.getAt(i));
    }
  }

  /** Draws {@code span} again if KaTeX has drawn it before: its numbering changed. */
  static void redraw(Element span) {
    if (katex != null && span.hasAttribute("data-typeset")) {
      render(katex, span);
    }
  }

  private static void render(Katex api, Element span) {
    String tex = span.hasAttribute("data-katex") ? span.getAttribute("data-katex") : span.getAttribute("data-tex");
    try {
      api.render(tex, span, options(span.classList.contains("display")));
      span.classList.remove("math-error");
    } catch (Throwable e) {
      span.textContent = span.getAttribute("data-tex");
      span.classList.add("math-error");
    }
    span.setAttribute("data-typeset", "");
  }

  private static Object options(boolean display) {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    options.set("displayMode", display);
    options.set("throwOnError", false);
    options.set("trust", false);
    options.set("strict", "ignore");
    options.set("maxSize", 50);
    options.set("maxExpand", 1000);
    options.set("output", "htmlAndMathml");
    return options;
  }
}
