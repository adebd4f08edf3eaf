package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import elemental2.dom.ShadowRoot;
import elemental2.dom.Text;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.katex.Katex;
import io.jupyterkit.externs.extras.ExtrasModule;
import io.jupyterkit.render.EquationMarks;
import io.jupyterkit.render.TexFinder;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;

/**
 * Math in the notebook: finds it and leaves placeholders showing its TeX, and once a placeholder nears the screen
 * loads KaTeX (script, style sheet, fonts) and the extras bundle, which numbers the notebook's equations and has
 * KaTeX draw them; both are loaded only once a notebook shows math. Until they arrive the TeX source stays visible;
 * if one cannot be loaded, it stays, with a notice saying why. Each math span keeps its TeX in {@code data-tex}; spans
 * that may take part in the numbering carry {@link EquationMarks#ATTRIBUTE}.
 */
final class MathTypesetter {
  /** Elements whose text MathJax would not search, nor do we. */
  private static final String SKIPPED = "|SCRIPT|NOSCRIPT|STYLE|TEXTAREA|PRE|CODE|ANNOTATION|ANNOTATION-XML|";
  /** Marks the notice of a container whose math could not be typeset. */
  private static final String UNTYPESET_NOTE = "data-math-untypeset";

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
    if (EquationMarks.mayTakePart(tex)) {
      span.setAttribute(EquationMarks.ATTRIBUTE, "");
    }
    return span;
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

  /**
   * Typesets every math placeholder in {@code container}, numbered as the notebook is; KaTeX styles its root. A
   * container whose math cannot be typeset keeps its TeX, under a notice saying why.
   */
  static void typeset(HTMLElement container, RenderContext context) {
    addStyleSheet(context.root());
    Promise<Object> api = load().then(ready -> Promise.resolve((Object) ready),
        error -> Promise.reject("KaTeX could not be loaded (" + error + ")"));
    Promise<Object> extras = Extras.load().then(ready -> Promise.resolve((Object) ready),
        error -> Promise.reject("the code that numbers and draws equations (" + Extras.FILE
            + ") could not be loaded (" + error + ")"));
    Promise.all(api, extras).then(both -> {
      Extras.loaded().typesetMath(Js.uncheckedCast(both[0]), context.root(), container);
      return null;
    }).catch_(error -> {
      DomGlobal.console.warn("jupyter-kit: math is shown as TeX: " + error);
      if (container.querySelector("[" + UNTYPESET_NOTE + "]") == null) {
        HTMLElement notice = OutputRenderer.notice("The math here is shown as TeX: " + error + ".");
        notice.setAttribute(UNTYPESET_NOTE, "");
        container.appendChild(notice);
      }
      return null;
    });
  }

  /** ipywidgets' typeset hook: the math in a widget's element (HTMLMath's value, a description) typeset. */
  static void typesetWidget(HTMLElement element, RenderContext context) {
    if (findMath(element, text -> text)) {
      numberingChanged(context);
      typeset(element, context);
    }
  }

  /**
   * Something taking part in the numbering was added or removed: renumber soon. Before the extras bundle is loaded
   * there is nothing to renumber: its first typesetting numbers the whole notebook.
   */
  static void numberingChanged(RenderContext context) {
    ExtrasModule extras = Extras.loaded();
    if (extras != null && context.root() != null) {
      extras.renumberMath(context.root());
    }
  }

  private static Promise<Katex> load() {
    if (katex == null) {
      katex = ModuleLoader.importModule(Assets.resolve("vendor/katex/katex.mjs")).then(module ->
          Promise.resolve((Katex) Js.uncheckedCast(Js.asPropertyMap(module).get("default"))));
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
