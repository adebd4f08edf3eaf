package io.jupyterkit.extras;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLElement;
import elemental2.dom.ShadowRoot;
import elemental2.dom.ShadowRootInit;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import io.jupyterkit.externs.extras.ExtrasModule;
import io.jupyterkit.render.EmbeddedPage;
import jsinterop.base.Js;

/**
 * The iframes of a sanitised HTML output: each becomes a placeholder of its size that names what it would show, and
 * the page loads, sandboxed as {@link EmbeddedPage} decides, only when the reader presses Show (or at once, for a
 * page of another origin, when the element allows remote resources). Nothing of the original element is kept but
 * its address, size and the features {@link EmbeddedPage#allow} keeps.
 */
final class EmbeddedFrames {
  private EmbeddedFrames() {}

  /**
   * Puts a placeholder for {@code iframe} (not yet sanitised: DOMPurify removes it right after) before it, where the
   * sanitiser has already passed; returns what completes the placeholder once the fragment is sanitised.
   * {@code outputStyles} gives the placeholder's shadow root the element's output style sheets.
   */
  static Runnable placeholderBefore(Element iframe, boolean allowRemoteResources,
      ExtrasModule.OutputStyles outputStyles) {
    HTMLElement placeholder = element("div", null);
    iframe.parentNode.insertBefore(placeholder, iframe);
    String srcdoc = iframe.getAttribute("srcdoc");
    String url = srcdoc != null ? null : resolve(iframe.hasAttribute("src") ? iframe.getAttribute("src") : null);
    EmbeddedPage page = EmbeddedPage.of(url, srcdoc != null, DomGlobal.location.origin);
    String width = EmbeddedPage.cssLength(iframe.getAttribute("width"));
    String height = EmbeddedPage.cssLength(iframe.getAttribute("height"));
    String allow = EmbeddedPage.allow(iframe.getAttribute("allow"));
    boolean fullscreen = iframe.hasAttribute("allowfullscreen");
    Runnable show = () -> {
      HTMLElement frame = element("iframe", null);
      // The sandbox is in place before the frame is connected, which is when it starts loading.
      frame.setAttribute("sandbox", page.sandbox());
      frame.setAttribute("referrerpolicy", "no-referrer");
      frame.setAttribute("loading", "lazy");
      setIfPresent(frame, "width", width == null ? null : iframe.getAttribute("width").trim());
      setIfPresent(frame, "height", height == null ? null : iframe.getAttribute("height").trim());
      setIfPresent(frame, "allow", allow);
      if (fullscreen) {
        frame.setAttribute("allowfullscreen", "");
      }
      setIfPresent(frame, "srcdoc", srcdoc);
      setIfPresent(frame, "src", srcdoc == null ? url : null);
      placeholder.replaceWith(frame);
      frame.focus();
    };
    return () -> {
      if (page.loadsAtOnce(allowRemoteResources)) {
        show.run();
        return;
      }
      placeholder.setAttribute("role", "group");
      placeholder.setAttribute("aria-label", page.label());
      // Through the CSSOM, which a page's strict style-src allows (a style attribute it would refuse).
      if (width != null) {
        placeholder.style.setProperty("width", width);
      }
      if (height != null) {
        placeholder.style.setProperty("height", height);
      }
      placeholder.className = "embed-placeholder";
      ShadowRootInit init = ShadowRootInit.create();
      init.setMode("open");
      ShadowRoot root = placeholder.attachShadow(init);
      // Its own root, so the output's style sheets cannot restyle what is in it. The sanitiser's fragment belongs to
      // a document of its own until the output takes it, later in this task; a constructed sheet can only be adopted
      // in the page's.
      Promise.resolve((Object) null).then(ignored -> {
        if (placeholder.ownerDocument == DomGlobal.document) {
          outputStyles.adopt(root);
        }
        return null;
      });
      root.appendChild(element("p", page.label()));
      if (page.canLoad()) {
        HTMLElement button = element("button", "Show");
        button.setAttribute("type", "button");
        button.onclick = event -> {
          show.run();
          return null;
        };
        root.appendChild(button);
      }
    };
  }

  /** The address as the browser would load it, or null when it is not one. */
  private static String resolve(String src) {
    if (src == null) {
      return "about:blank";
    }
    try {
      return new URL(URL.ConstructorUrlUnionType.of(src), DomGlobal.document.baseURI).href;
    } catch (Throwable notAnAddress) {
      return null;
    }
  }

  private static HTMLElement element(String tag, String text) {
    HTMLElement element = Js.uncheckedCast(DomGlobal.document.createElement(tag));
    if (text != null) {
      element.textContent = text;
    }
    return element;
  }

  private static void setIfPresent(Element element, String name, String value) {
    if (value != null && !value.isEmpty()) {
      element.setAttribute(name, value);
    }
  }
}
