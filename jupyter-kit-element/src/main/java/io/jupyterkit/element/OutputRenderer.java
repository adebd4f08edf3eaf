package io.jupyterkit.element;

import elemental2.core.Global;
import elemental2.core.JSONType;
import elemental2.dom.DocumentFragment;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLImageElement;
import elemental2.dom.ShadowRoot;
import elemental2.dom.ShadowRootInit;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.nbformat.OutputType;
import io.jupyterkit.render.Ansi;
import io.jupyterkit.render.AnsiSpan;
import io.jupyterkit.render.ContentLimits;
import io.jupyterkit.render.ImageSize;
import io.jupyterkit.render.MimeRanking;
import io.jupyterkit.render.Strings;

/**
 * Turns one output into DOM, choosing the richest safe MIME type. Text always enters through text nodes; HTML and
 * SVG go through the element's filter and live in their own shadow root, so their style sheets and positioning
 * cannot reach the rest of the notebook or the page.
 */
final class OutputRenderer {
  private OutputRenderer() {}

  /** Every type MimeRanking knows renders here; widget views render live once the widgets bundle loads. */
  private static final MimeRanking.MimeSupport SUPPORTED = mimeType -> true;

  /** The output's row; {@code promptCount}, when not null, replaces the count its Out prompt shows. */
  static HTMLElement render(Output output, RenderContext context, Integer promptCount) {
    HTMLElement row = Dom.element("div", "output-row");
    String prompt = output.type() == OutputType.EXECUTE_RESULT
        ? prompt("Out", promptCount != null ? promptCount : output.executionCount()) : "";
    row.appendChild(Dom.text("div", "prompt output-prompt", prompt));
    HTMLElement body;
    try {
      body = body(output, context);
    } catch (Throwable e) {
      body = notice("This output could not be shown: " + e.getMessage());
    }
    row.appendChild(body);
    return row;
  }

  static String prompt(String label, Integer count) {
    return label + " [" + (count == null ? " " : String.valueOf(count)) + "]:";
  }

  private static HTMLElement body(Output output, RenderContext context) {
    switch (output.type()) {
      case STREAM:
        return stream(output);
      case ERROR:
        return PagedText.terminal(errorText(output), "output error");
      default:
        return richOutput(output, context);
    }
  }

  /** A stream, drawn a page at a time when it is long; the notebook keeps all of it (toJSON, download). */
  private static HTMLElement stream(Output output) {
    return PagedText.terminal(output.shownText(), "output stream " + ("stderr".equals(output.name()) ? "stderr" : "stdout"));
  }

  /** A pre block of terminal text, ANSI styles as spans; text always enters through text nodes. */
  static HTMLElement terminal(String className, String text) {
    HTMLElement pre = Dom.element("pre", className);
    for (AnsiSpan span : Ansi.parse(text)) {
      if (span.isPlain()) {
        pre.appendChild(DomGlobal.document.createTextNode(span.text()));
        continue;
      }
      HTMLElement styled = Dom.text("span", span.classes().isEmpty() ? null : span.classes(), span.text());
      if (span.color() != null) {
        // jupyter-kit.css picks the variant of the theme shown.
        styled.classList.add("ansi-rgb-fg");
        styled.style.setProperty("--jk-rgb-light", span.lightColor());
        styled.style.setProperty("--jk-rgb-dark", span.darkColor());
      }
      if (span.background() != null) {
        styled.style.backgroundColor = span.background();
      }
      pre.appendChild(styled);
    }
    return pre;
  }

  static String errorText(Output output) {
    if (output.traceback().isEmpty()) {
      return output.ename() + ": " + output.evalue();
    }
    StringBuilder text = new StringBuilder();
    for (String line : output.traceback()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
    }
    return text.toString();
  }

  private static HTMLElement richOutput(Output output, RenderContext context) {
    JsonObject data = output.data();
    String mimeType = MimeRanking.choose(data, SUPPORTED);
    if (mimeType == null && data.has("application/javascript")) {
      HTMLElement script = Dom.element("div", "output javascript");
      script.appendChild(Dom.text("div", "note", "JavaScript output, shown as text (never run):"));
      script.appendChild(Dom.text("pre", null, String.valueOf(output.dataText("application/javascript"))));
      return script;
    }
    if (mimeType == null) {
      return data.size() == 0 ? Dom.element("div", "output empty")
          : notice("No way to show this output's types: " + Strings.join(", ", data.keys()) + ".");
    }
    String text = output.dataText(mimeType);
    switch (mimeType) {
      case "text/html":
        return isolated("output html", text, HtmlSanitizer.Kind.HTML, output.dataText("text/plain"), context);
      case "image/svg+xml":
        return isolated("output svg", text, HtmlSanitizer.Kind.SVG, output.dataText("text/plain"), context);
      case "text/markdown":
        return MarkdownRenderer.render(text == null ? "" : text, "output markdown", context, null);
      case "text/latex":
        return latex(text == null ? "" : text, context);
      case "application/json":
        return Dom.text("pre", "output json", json(data.get(mimeType)));
      case "image/png":
      case "image/jpeg":
      case "image/gif":
        return image(mimeType, text, output.metadata());
      case MimeRanking.WIDGET_VIEW:
        return widget(data.get(mimeType), output.dataText("text/plain"), context);
      default:
        return terminal("output text", text == null ? "" : text);
    }
  }

  /**
   * HTML in its own shadow root: its style sheets stay inside, and paint containment clips any overlay. Its
   * plain-text form stands in until the sanitiser has loaded and, off the first screen, until it nears the screen;
   * if the sanitiser cannot be loaded, that text stays, with a notice.
   */
  private static HTMLElement isolated(String className, String html, HtmlSanitizer.Kind kind, String plain,
      RenderContext context) {
    String source = html == null ? "" : html;
    String tooCostly = ContentLimits.htmlProblem(source);
    if (tooCostly != null && kind == HtmlSanitizer.Kind.SVG) {
      // An SVG image runs no script and fetches nothing, and the browser decodes it off the page's main thread.
      return image("image/svg+xml", svgAsBase64(source), new JsonObject());
    }
    String what = kind == HtmlSanitizer.Kind.SVG ? "SVG" : "HTML";
    if (tooCostly != null) {
      HTMLElement shown = Dom.element("div", className + " too-large");
      shown.appendChild(notice("This " + what + " output is shown as text: " + tooCostly));
      shown.appendChild(PagedText.of(plain != null ? plain : source, "output text", null));
      return shown;
    }
    HTMLElement host = Dom.element("div", className);
    host.setAttribute("tabindex", "0");
    context.prepareFilter(source);
    HTMLElement standIn = Dom.text("pre", "stand-in", plain == null ? "" : plain);
    if (context.deferOffscreen || !context.canFilter(source)) {
      host.appendChild(standIn);
      host.classList.add("pending");
    }
    context.renderWhenNear(host, () -> context.whenFilterReady(host, source, () -> {
      DocumentFragment safe = context.filter(source, kind, null);
      // Light-DOM children (the stand-in) are not shown once the shadow root exists.
      standIn.remove();
      host.classList.remove("pending");
      ShadowRootInit init = ShadowRootInit.create();
      init.setMode("open");
      ShadowRoot root = host.attachShadow(init);
      // Tables as JupyterLab shows them (pandas), images that fit.
      ElementStyles.adoptForOutput(root);
      root.appendChild(safe);
    }, reason -> {
      Dom.clear(host);
      host.classList.remove("pending");
      host.classList.add("unsanitised");
      host.appendChild(notice("This " + what + " output is shown as text: " + reason + "."));
      host.appendChild(PagedText.of(plain != null ? plain : source, "output text", null));
    }));
    return host;
  }

  /** A live widget view; its text form stays until the view is shown, and says why if it cannot be. */
  private static HTMLElement widget(JsonValue view, String plain, RenderContext context) {
    HTMLElement container = Dom.element("div", "output widget");
    HTMLElement fallback = Dom.text("pre", null, plain == null ? "" : plain);
    container.appendChild(fallback);
    JsonObject reference = view == null ? null : view.asObject();
    String modelId = reference == null ? null : reference.getString("model_id", null);
    if (modelId == null) {
      container.appendChild(Dom.text("div", "note", "This widget output names no model."));
    } else {
      context.widgets.render(modelId, container, fallback);
    }
    return container;
  }

  private static HTMLElement latex(String latex, RenderContext context) {
    // As in JupyterLab, the source is text in which MathJax finds the delimited math.
    HTMLElement container = Dom.text("div", "output latex", latex);
    if (MathTypesetter.findMath(container, text -> text)) {
      MathTypesetter.numberingChanged(context);
      context.visibleWork.whenVisible(container, () -> MathTypesetter.typeset(container, context));
    }
    return container;
  }

  private static String json(JsonValue value) {
    if (value == null) {
      return "";
    }
    if (value.isString()) {
      return value.asString();
    }
    return Global.JSON.stringify(JsJson.toJs(value), (JSONType.StringifyReplacerFn) null, 2);
  }

  private static HTMLElement image(String mimeType, String base64, JsonObject metadata) {
    HTMLImageElement image = (HTMLImageElement) DomGlobal.document.createElement("img");
    image.className = "output image";
    image.src = "data:" + mimeType + ";base64," + (base64 == null ? "" : base64.trim());
    image.alt = "Image output";
    image.addEventListener("error", event -> {
      if (image.parentNode != null) {
        image.parentNode.replaceChild(notice("This " + mimeType + " image could not be decoded."), image);
      }
    });
    ImageSize size = ImageSize.of(metadata, mimeType);
    if (size.width != null) {
      image.width = size.width;
    }
    if (size.height != null) {
      image.height = size.height;
    }
    if (size.height != null && size.width == null) {
      // The style sheet's height:auto (the width scaling an image down) would otherwise ignore it.
      image.style.setProperty("height", size.height + "px");
    }
    if (size.unconfined) {
      // At its own size, however wide: the output scrolls sideways rather than clip it.
      image.classList.add("unconfined");
      HTMLElement box = Dom.element("div", "output image-box");
      box.appendChild(image);
      return box;
    }
    return image;
  }

  /** SVG text as base64, for a data URL (btoa takes Latin-1 only, so UTF-8 bytes go through unescape first). */
  private static String svgAsBase64(String svg) {
    return DomGlobal.btoa(Global.unescape(Global.encodeURIComponent(svg)));
  }

  static HTMLElement notice(String message) {
    HTMLElement notice = Dom.text("div", "notice", message);
    notice.setAttribute("role", "note");
    return notice;
  }
}
