package io.jupyterkit.element;

import elemental2.dom.DocumentFragment;
import elemental2.dom.DomGlobal;
import elemental2.dom.Node;
import elemental2.dom.NodeList;
import elemental2.dom.HTMLElement;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.json.JsonObject;
import java.util.function.Consumer;
import jsinterop.annotations.JsFunction;

/** What the views of one element share: its sanitising policy, its language, its shadow root. */
final class RenderContext {
  /** A page's own {@code htmlFilter}: HTML in, safe HTML (a string or a node) out. */
  @JsFunction
  interface HtmlFilter {
    Object filter(String html, String kind);
  }

  private final ShadowRoot root;
  private HTMLElement popups;
  final VisibleWork visibleWork = new VisibleWork();
  final WidgetHost widgets = new WidgetHost(this);
  HtmlFilter htmlFilter;
  boolean allowRemoteResources;
  String language = "python";
  boolean seqAsExecutionCount;
  /**
   * True while the notebook view renders cells beyond the first screen: costly content (markdown, HTML, SVG) is
   * then rendered when it nears the screen, with its plain text standing in until then.
   */
  boolean deferOffscreen;

  RenderContext(ShadowRoot root) {
    this.root = root;
  }

  /**
   * Where editors put their completion lists and inspection panels: in the shadow root but outside the cells,
   * which clip what they hold.
   */
  HTMLElement popups() {
    if (popups == null) {
      popups = Dom.element("div", "editor-popups");
      root.appendChild(popups);
    }
    return popups;
  }

  ShadowRoot root() {
    return root;
  }

  /** Runs {@code render} now, or when {@code target} nears the screen while off-screen work is deferred. */
  void renderWhenNear(elemental2.dom.Element target, Runnable render) {
    if (deferOffscreen) {
      // Later rendering has no caller to report to: what goes wrong is shown where the content would be.
      visibleWork.whenVisible(target, () -> later(target, render));
    } else {
      render.run();
    }
  }

  /**
   * Starts loading what {@link #filter} needs for {@code html}, so it is likely there by the time the content nears
   * the screen; a failure is reported by {@link #whenFilterReady}.
   */
  void prepareFilter(String html) {
    if (htmlFilter == null) {
      HtmlSanitizer.prepareFor(html);
    }
  }

  /**
   * Whether {@link #filter} can run on {@code html} now: the page's own filter always can, DOMPurify once it has
   * loaded (and for content with an SVG, the extras bundle with it: see {@link HtmlSanitizer#loadFor}).
   */
  boolean canFilter(String html) {
    return htmlFilter != null || HtmlSanitizer.isLoadedFor(html);
  }

  /**
   * Runs {@code render} (which calls {@link #filter} on {@code html}) now if it can run, else once what it needs has
   * loaded; calls {@code unavailable} with the reason, in words, when that cannot be loaded and the page set no
   * filter meanwhile. A later failure of {@code render} is shown in {@code target}, which no caller is left to
   * report it.
   */
  void whenFilterReady(elemental2.dom.Element target, String html, Runnable render, Consumer<String> unavailable) {
    if (canFilter(html)) {
      render.run();
      return;
    }
    HtmlSanitizer.loadFor(html).then(ready -> {
      later(target, render);
      return null;
    }, error -> {
      if (htmlFilter != null) {
        later(target, render);
      } else {
        unavailable.accept(String.valueOf(error));
      }
      return null;
    });
  }

  private static void later(elemental2.dom.Element target, Runnable render) {
    try {
      render.run();
    } catch (Throwable e) {
      target.classList.remove("pending");
      target.textContent = "This content could not be shown: " + e.getMessage();
    }
  }

  /**
   * Untrusted HTML made safe by the page's filter, or by DOMPurify when the page set none; only when
   * {@link #canFilter} (see {@link #whenFilterReady}), else it throws (or, for an SVG, leaves it out).
   */
  DocumentFragment filter(String html, HtmlSanitizer.Kind kind, JsonObject attachments) {
    if (htmlFilter == null) {
      return HtmlSanitizer.sanitize(html, kind, allowRemoteResources, attachments);
    }
    Object filtered = htmlFilter.filter(html, kind.name().toLowerCase());
    DocumentFragment fragment;
    if (filtered instanceof Node) {
      fragment = DomGlobal.document.createDocumentFragment();
      fragment.appendChild((Node) filtered);
    } else {
      fragment = HtmlSanitizer.parseTrusted(filtered == null ? "" : String.valueOf(filtered));
    }
    resolveAttachments(fragment, attachments);
    return fragment;
  }

  private static void resolveAttachments(DocumentFragment fragment, JsonObject attachments) {
    if (attachments == null) {
      return;
    }
    NodeList<elemental2.dom.Element> images = fragment.querySelectorAll("img[src^='attachment:']");
    for (int i = 0; i < images.length; i++) {
      elemental2.dom.Element image = images.getAt(i);
      String url = HtmlSanitizer.attachmentUrl(attachments, image.getAttribute("src").substring(11));
      if (url != null) {
        image.setAttribute("src", url);
      }
    }
  }
}
