package io.jupyterkit.element;

import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.NodeList;
import elemental2.core.JsArray;
import elemental2.core.Reflect;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.marked.Marked;
import io.jupyterkit.externs.marked.MarkedModule;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.render.ContentLimits;
import io.jupyterkit.render.EquationMarks;
import io.jupyterkit.render.MathExtractor;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Markdown (cells and {@code text/markdown} outputs) through marked with GitHub-flavoured options, math taken out
 * first and typeset afterwards, the HTML through the element's filter, fenced code highlighted. marked is loaded
 * when the first markdown is shown; until then, and off the first screen until it nears it, the source stands in
 * as text; likewise until the sanitiser has loaded. Markdown too large to parse and sanitise within a frame, or
 * shown when the sanitiser cannot be loaded, stays text, with a notice.
 */
final class MarkdownRenderer {
  private static Promise<Marked> marked;
  private static Marked loaded;

  private MarkdownRenderer() {}

  static HTMLElement render(String markdown, String className, RenderContext context, JsonObject attachments) {
    HTMLElement container = Dom.element("div", className);
    context.prepareFilter(markdown);
    if (loaded == null || !context.canFilter(markdown) || context.deferOffscreen) {
      // The source stands in, as text and bounded, until marked and the sanitiser are loaded and the cell nears
      // the screen.
      container.textContent = markdown.length() > PagedText.PAGE ? markdown.substring(0, PagedText.PAGE) : markdown;
      container.classList.add("pending");
      reserveEquationNumbers(container, markdown, context);
    }
    // Raw HTML passes through marked as it is: an SVG in the output is an <svg in the source.
    Runnable fillWhenSanitiserReady = () -> context.whenFilterReady(container, markdown,
        () -> fill(container, markdown, context, attachments),
        reason -> shownAsText(container, markdown, reason + "."));
    context.renderWhenNear(container, () -> {
      if (loaded != null) {
        fillWhenSanitiserReady.run();
        return;
      }
      parser().then(ready -> {
        fillWhenSanitiserReady.run();
        return null;
      }).catch_(error -> {
        container.classList.remove("pending");
        container.appendChild(OutputRenderer.notice("This markdown is shown as text: the markdown renderer could not"
            + " be loaded (" + error + ")."));
        return null;
      });
    });
    return container;
  }

  private static void shownAsText(HTMLElement container, String markdown, String reason) {
    container.classList.remove("pending");
    // Shown as text, its math takes no numbers.
    container.removeAttribute(EquationMarks.ATTRIBUTE);
    Dom.clear(container);
    container.appendChild(OutputRenderer.notice("This markdown is shown as text: " + reason));
    container.appendChild(PagedText.of(markdown, "markdown-source", null));
  }

  private static void fill(HTMLElement container, String markdown, RenderContext context, JsonObject attachments) {
    String tooCostly = ContentLimits.htmlProblem(markdown);
    if (tooCostly != null) {
      shownAsText(container, markdown, tooCostly);
      return;
    }
    MathExtractor extracted = MathExtractor.extract(markdown);
    Dom.clear(container);
    container.classList.remove("pending");
    container.appendChild(context.filter(loaded.parse(extracted.text()), HtmlSanitizer.Kind.MARKDOWN, attachments));
    boolean reserved = container.hasAttribute(EquationMarks.ATTRIBUTE);
    container.removeAttribute(EquationMarks.ATTRIBUTE);
    // As in JupyterLab: the math goes back into the rendered text, where MathJax's rules find it.
    boolean math = MathTypesetter.findMath(container, text -> MathExtractor.restore(text, extracted.math()));
    if (math || reserved) {
      MathTypesetter.numberingChanged(context);
    }
    if (math) {
      context.visibleWork.whenVisible(container, () -> MathTypesetter.typeset(container, context));
    }
    InPageLinks.addHeadingAnchors(container);
    NodeList<Element> blocks = container.querySelectorAll("pre code");
    for (int i = 0; i < blocks.length; i++) {
      Element block = blocks.getAt(i);
      String classes = block.getAttribute("class");
      // As in JupyterLab: a fence without a language stays plain.
      if (classes != null && classes.startsWith("language-")) {
        String language = classes.substring(9);
        context.visibleWork.whenVisible(container, () -> CodeHighlighter.highlight(block, language));
      }
    }
  }

  private static Promise<Marked> parser() {
    if (marked == null) {
      marked = ModuleLoader.importModule(Assets.resolve("vendor/marked/marked.mjs")).then(module -> {
        MarkedModule api = Js.uncheckedCast(Js.asPropertyMap(module).get("default"));
        JsPropertyMap<Object> options = JsPropertyMap.of();
        options.set("gfm", true);
        options.set("breaks", false);
        options.set("async", false);
        loaded = Reflect.construct(api.markedClass(), JsArray.of(options));
        return Promise.resolve(loaded);
      });
      marked.catch_(error -> {
        // The next markdown tries again.
        marked = null;
        return null;
      });
    }
    return marked;
  }

  /**
   * Markdown shown as its source until it nears the screen holds the place of its equation numbers, so that the
   * cells after it are numbered right meanwhile (see {@link EquationMarks}).
   */
  private static void reserveEquationNumbers(HTMLElement container, String markdown, RenderContext context) {
    List<String> displayMath = EquationMarks.displayMathTakingPart(markdown);
    if (!displayMath.isEmpty()) {
      Js.asPropertyMap(container).set(EquationMarks.DISPLAY_MATH, JsArray.of(displayMath.toArray(new String[0])));
      container.setAttribute(EquationMarks.ATTRIBUTE, "");
      MathTypesetter.numberingChanged(context);
    }
  }
}
