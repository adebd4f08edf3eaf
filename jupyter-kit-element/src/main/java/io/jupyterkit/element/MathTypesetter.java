package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.NodeList;
import elemental2.dom.ShadowRoot;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.katex.Katex;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Typesets math with KaTeX, which is loaded (script, style sheet, fonts) only once a notebook shows math. Until it
 * arrives, and if it cannot, the TeX source stays visible. KaTeX runs untrusted: no href, url or html-class commands.
 */
final class MathTypesetter {
  private static Promise<Katex> katex;
  private static boolean documentStyled;

  private MathTypesetter() {}

  /** A span showing {@code tex} as text until typeset. */
  static HTMLElement placeholder(String tex, boolean display) {
    HTMLElement span = Dom.text("span", display ? "math display" : "math inline", tex);
    span.setAttribute("data-tex", tex);
    if (display) {
      // A wide equation scrolls sideways; keyboard users must be able to reach and scroll it.
      span.setAttribute("tabindex", "0");
    }
    return span;
  }

  /** Typesets every math placeholder in {@code container}; {@code root} gets KaTeX's style sheet. */
  static void typeset(HTMLElement container, ShadowRoot root) {
    addStyleSheet(root);
    load().then(api -> {
      NodeList<Element> spans = container.querySelectorAll(".math[data-tex]");
      for (int i = 0; i < spans.length; i++) {
        Element span = spans.getAt(i);
        String tex = span.getAttribute("data-tex");
        try {
          api.render(tex, span, options(span.classList.contains("display")));
          span.removeAttribute("data-tex");
        } catch (Throwable e) {
          span.textContent = tex;
          span.classList.add("math-error");
        }
      }
      return null;
    }).catch_(error -> {
      DomGlobal.console.warn("jupyter-kit: KaTeX could not be loaded; math is shown as TeX.", error);
      return null;
    });
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

  private static Promise<Katex> load() {
    if (katex == null) {
      katex = ModuleLoader.importModule(Assets.resolve("vendor/katex/katex.mjs"))
          .then(module -> Promise.resolve(Js.<Katex>uncheckedCast(Js.asPropertyMap(module).get("default"))));
      katex.catch_(error -> {
        katex = null;
        return null;
      });
    }
    return katex;
  }

  /** Fonts must be declared in the document (shadow roots ignore @font-face); the classes inside the root. */
  private static void addStyleSheet(ShadowRoot root) {
    String href = Assets.resolve("vendor/katex/katex.min.css");
    if (!documentStyled) {
      documentStyled = true;
      DomGlobal.document.head.appendChild(stylesheet(href));
    }
    if (root.querySelector("link[data-katex]") == null) {
      Element link = stylesheet(href);
      link.setAttribute("data-katex", "");
      root.appendChild(link);
    }
  }

  private static Element stylesheet(String href) {
    Element link = DomGlobal.document.createElement("link");
    link.setAttribute("rel", "stylesheet");
    link.setAttribute("href", href);
    return link;
  }
}
