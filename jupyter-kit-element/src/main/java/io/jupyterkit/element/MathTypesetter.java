package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import elemental2.dom.NodeList;
import elemental2.dom.ShadowRoot;
import elemental2.dom.Text;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.katex.Katex;
import io.jupyterkit.render.Equations;
import io.jupyterkit.render.TexFinder;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Typesets math with KaTeX, which is loaded (script, style sheet, fonts) only once a notebook shows math. Until it
 * arrives, and if it cannot, the TeX source stays visible. KaTeX runs untrusted: no href, url or html-class commands.
 * Each math span keeps its TeX in {@code data-tex}; {@code data-katex} is what KaTeX gets when the notebook's
 * equation numbering rewrote it ({@link EquationNumbering}); {@code data-typeset} marks a span KaTeX has drawn.
 */
final class MathTypesetter {
  /** Property under which a math span keeps its parsed numbering. */
  private static final String EQUATIONS = "__jupyterKitEquations";
  /** Elements whose text MathJax would not search, nor do we. */
  private static final String SKIPPED = "|SCRIPT|NOSCRIPT|STYLE|TEXTAREA|PRE|CODE|ANNOTATION|ANNOTATION-XML|";

  private static Promise<Katex> katex;
  private static Katex loaded;
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
    Equations equations = Equations.of(tex);
    if (equations.isNumbered()) {
      Js.asPropertyMap(span).set(EQUATIONS, equations);
      span.setAttribute(EquationNumbering.ATTRIBUTE, String.valueOf(equations.count()));
    }
    return span;
  }

  /** The numbering of a span made by {@link #placeholder}, or null when it takes no part in it. */
  static Equations equationsOf(Element span) {
    return Js.uncheckedCast(Js.asPropertyMap(span).get(EQUATIONS));
  }

  /**
   * Replaces the math MathJax would find in the text under {@code container} (outside code) with placeholders;
   * {@code text} maps each text node's content first, code included (markdown puts its math back this way, as
   * JupyterLab puts it back into the HTML). Returns whether any math was found.
   */
  static boolean findMath(Node container, java.util.function.Function<String, String> text) {
    List<Text> searched = new ArrayList<>();
    List<Text> kept = new ArrayList<>();
    collectTexts(container, searched, kept);
    for (Text node : kept) {
      String value = text.apply(node.data);
      if (!value.equals(node.data)) {
        node.data = value;
      }
    }
    boolean any = false;
    for (Text node : searched) {
      List<TexFinder.Piece> pieces = TexFinder.find(text.apply(node.data));
      if (pieces.size() == 1 && !pieces.get(0).isMath()) {
        // No math, but maybe escapes (\$ for a dollar).
        String plain = pieces.get(0).text();
        if (!plain.equals(node.data)) {
          node.data = plain;
        }
        continue;
      }
      any = true;
      Node parent = node.parentNode;
      for (TexFinder.Piece piece : pieces) {
        parent.insertBefore(piece.isMath() ? placeholder(piece.text(), piece.display())
            : DomGlobal.document.createTextNode(piece.text()), node);
      }
      parent.removeChild(node);
    }
    return any;
  }

  /** The text nodes MathJax searches, and those it skips (in code, or math already). */
  private static void collectTexts(Node node, List<Text> searched, List<Text> kept) {
    for (Node child = node.firstChild; child != null; child = child.nextSibling) {
      if (child.nodeType == Node.TEXT_NODE) {
        searched.add(Js.uncheckedCast(child));
      } else if (child.nodeType == Node.ELEMENT_NODE) {
        Element element = Js.uncheckedCast(child);
        if (element.classList.contains("math")) {
          continue;
        }
        boolean skipped = SKIPPED.indexOf("|" + element.tagName.toUpperCase() + "|") >= 0;
        collectTexts(child, skipped ? kept : searched, kept);
      }
    }
  }

  /** Typesets every math placeholder in {@code container}, numbered as the notebook is; KaTeX styles its root. */
  static void typeset(HTMLElement container, RenderContext context) {
    addStyleSheet(context.root());
    load().then(api -> {
      context.equations.numberNow();
      NodeList<Element> spans = container.querySelectorAll(".math[data-tex]:not([data-typeset])");
      for (int i = 0; i < spans.length; i++) {
        render(api, spans.getAt(i));
      }
      return null;
    }).catch_(error -> {
      DomGlobal.console.warn("jupyter-kit: KaTeX could not be loaded; math is shown as TeX.", error);
      return null;
    });
  }

  /** ipywidgets' typeset hook: the math in a widget's element (HTMLMath's value, a description) typeset. */
  static void typesetWidget(HTMLElement element, RenderContext context) {
    if (findMath(element, text -> text)) {
      context.equations.changed();
      typeset(element, context);
    }
  }

  /** Draws {@code span} again if KaTeX has drawn it before: its numbering changed. */
  static void redraw(Element span) {
    if (loaded != null && span.hasAttribute("data-typeset")) {
      render(loaded, span);
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

  private static Promise<Katex> load() {
    if (katex == null) {
      katex = ModuleLoader.importModule(Assets.resolve("vendor/katex/katex.mjs")).then(module -> {
        loaded = Js.uncheckedCast(Js.asPropertyMap(module).get("default"));
        return Promise.resolve(loaded);
      });
      katex.catch_(error -> {
        katex = null;
        return null;
      });
    }
    return katex;
  }

  /** Fonts must be declared in the document (shadow roots ignore @font-face); the classes inside the root. */
  static void addStyleSheet(ShadowRoot root) {
    String href = Assets.resolve("vendor/katex/katex.min.css");
    if (!documentStyled) {
      documentStyled = true;
      DomGlobal.document.head.appendChild(stylesheet(href));
    }
    if (root != null && root.querySelector("link[data-katex]") == null) {
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
