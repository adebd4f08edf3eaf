package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.Node;
import elemental2.dom.NodeList;
import elemental2.dom.Text;
import io.jupyterkit.externs.marked.Marked;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.render.MathExtractor;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Markdown (cells and {@code text/markdown} outputs) through marked with GitHub-flavoured options, math taken out
 * first and typeset afterwards, the HTML through the element's filter, fenced code highlighted.
 */
final class MarkdownRenderer {
  private static Marked marked;

  private MarkdownRenderer() {}

  static HTMLElement render(String markdown, String className, RenderContext context, JsonObject attachments) {
    HTMLElement container = Dom.element("div", className);
    if (context.deferOffscreen) {
      // The source stands in (as text) until the cell nears the screen.
      container.textContent = markdown;
      container.classList.add("pending");
    }
    context.renderWhenNear(container, () -> fill(container, markdown, context, attachments));
    return container;
  }

  private static void fill(HTMLElement container, String markdown, RenderContext context, JsonObject attachments) {
    MathExtractor extracted = MathExtractor.extract(markdown);
    Dom.clear(container);
    container.classList.remove("pending");
    container.appendChild(context.filter(parser().parse(extracted.text()), HtmlSanitizer.Kind.MARKDOWN, attachments));
    if (!extracted.math().isEmpty()) {
      insertMath(container, extracted.math());
      context.visibleWork.whenVisible(container, () -> MathTypesetter.typeset(container, context.root()));
    }
    NodeList<Element> blocks = container.querySelectorAll("pre code");
    for (int i = 0; i < blocks.length; i++) {
      Element block = blocks.getAt(i);
      String classes = block.getAttribute("class");
      String language = classes != null && classes.startsWith("language-") ? classes.substring(9) : context.language;
      context.visibleWork.whenVisible(container, () -> CodeHighlighter.highlight(block, language));
    }
  }

  private static Marked parser() {
    if (marked == null) {
      JsPropertyMap<Object> options = JsPropertyMap.of();
      options.set("gfm", true);
      options.set("breaks", false);
      options.set("async", false);
      marked = new Marked(options);
    }
    return marked;
  }

  /** Replaces each {@code @@n@@} in the text nodes with a span holding math n's TeX, ready to typeset. */
  private static void insertMath(HTMLElement container, List<MathExtractor.Math> math) {
    List<Text> texts = new ArrayList<>();
    collectTexts(container, texts);
    for (Text text : texts) {
      String value = text.data;
      if (value.indexOf("@@") < 0) {
        continue;
      }
      Node parent = text.parentNode;
      int start = 0;
      int at = value.indexOf("@@");
      while (at >= 0) {
        int end = value.indexOf("@@", at + 2);
        int index = end < 0 ? -1 : number(value.substring(at + 2, end));
        if (index < 0 || index >= math.size()) {
          at = value.indexOf("@@", at + 2);
          continue;
        }
        parent.insertBefore(DomGlobal.document.createTextNode(value.substring(start, at)), text);
        parent.insertBefore(MathTypesetter.placeholder(math.get(index).tex(), math.get(index).display()), text);
        start = end + 2;
        at = value.indexOf("@@", start);
      }
      if (start > 0) {
        parent.insertBefore(DomGlobal.document.createTextNode(value.substring(start)), text);
        parent.removeChild(text);
      }
    }
  }

  private static void collectTexts(Node node, List<Text> texts) {
    for (Node child = node.firstChild; child != null; child = child.nextSibling) {
      if (child.nodeType == Node.TEXT_NODE) {
        texts.add(Js.uncheckedCast(child));
      } else if (child.nodeType == Node.ELEMENT_NODE && !"CODE".equals(((Element) child).tagName)) {
        collectTexts(child, texts);
      }
    }
  }

  private static int number(String digits) {
    if (digits.isEmpty() || digits.length() > 6) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
