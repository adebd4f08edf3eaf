package io.jupyterkit.element;

import elemental2.core.JsArray;
import elemental2.dom.DocumentFragment;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLTemplateElement;
import elemental2.dom.NodeList;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.dompurify.DOMPurify;
import io.jupyterkit.externs.extras.ExtrasModule;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.render.RemoteUrls;
import io.jupyterkit.render.Strings;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The default {@code htmlFilter}: DOMPurify, configured for hostile notebooks. Besides scripts and event handlers
 * (DOMPurify's own job) it removes forms and text inputs, blocks anything that would fetch from another origin
 * (unless the element allows remote resources), and opens links in a new tab without an opener. DOMPurify is loaded
 * once, from {@code vendor/dompurify/purify.mjs}, when the first content needs it; until then nothing can be
 * sanitised, and callers show a stand-in (see {@link RenderContext#whenFilterReady}). References inside an SVG
 * ({@code <use>}, {@code url(#…)}) are kept within that SVG by the extras bundle, loaded beside DOMPurify for content
 * that holds an SVG (see {@link #loadFor}); no SVG is shown before that is done. The iframes of an HTML output
 * become placeholders that load the page, sandboxed, when the reader asks, which the extras bundle makes too: it is
 * loaded beside DOMPurify for content with an iframe.
 */
final class HtmlSanitizer {
  /** What is being sanitised: decides the tag profile. */
  enum Kind {
    HTML,
    SVG,
    MARKDOWN
  }

  private static final String[] URL_ATTRIBUTES = {"src", "srcset", "href", "xlink:href", "poster", "background",
    "action", "formaction", "data", "cite", "longdesc", "lowsrc", "dynsrc", "profile", "manifest", "ping"};
  private static final String BLOCKED_NOTE = "data-jk-blocked";

  private static Promise<DOMPurify> loading;
  private static DOMPurify purify;
  /** The current call's settings; DOMPurify's hooks are global and sanitize is synchronous, so a field will do. */
  private static boolean allowRemote;
  private static JsonObject attachments;
  private static Kind kindNow;
  /** What completes the current call's iframe placeholders once DOMPurify is done with the fragment. */
  private static java.util.List<Runnable> embeds;

  private HtmlSanitizer() {}

  /** Starts loading DOMPurify the first time; resolves once {@link #sanitize} can run, rejects if it never can. */
  static Promise<DOMPurify> load() {
    if (loading == null) {
      loading = ModuleLoader.importModule(Assets.resolve("vendor/dompurify/purify.mjs")).then(module -> {
        DOMPurify api = Js.uncheckedCast(Js.asPropertyMap(module).get("default"));
        if (api == null || !"function".equals(Js.typeof(Js.asPropertyMap(api).get("sanitize")))) {
          return Promise.reject("vendor/dompurify/purify.mjs is not DOMPurify");
        }
        installHooks(api);
        purify = api;
        return Promise.resolve(api);
      });
      loading.catch_(error -> {
        // Loaded once: what needs it shows its text instead, and says why.
        DomGlobal.console.warn("jupyter-kit: the HTML sanitiser (DOMPurify) could not be loaded, so HTML, SVG and"
            + " markdown are shown as text: " + error);
        return null;
      });
    }
    return loading;
  }

  static boolean isLoaded() {
    return purify != null;
  }

  /**
   * Loads what {@link #sanitize} needs for {@code html}: DOMPurify, and for content with an SVG or an iframe the
   * extras bundle that scopes the SVG's references and makes the iframe's placeholder, both at once. Rejects with
   * the reason, in words, when one cannot be loaded.
   */
  static Promise<Object> loadFor(String html) {
    String purpose = extrasPurpose(html);
    return purpose == null ? loadSanitiser() : loadWithExtras(purpose);
  }

  /** Loads what {@link #sanitize} needs for any HTML, SVGs and iframes included (see {@link #loadFor}). */
  static Promise<Object> loadForAnyHtml() {
    return loadWithExtras("keeps an SVG's references to itself and shows embedded pages");
  }

  /** DOMPurify and the extras bundle; {@code purpose} says what the extras bundle would do, for the reason. */
  private static Promise<Object> loadWithExtras(String purpose) {
    Promise<Object> extras = Extras.load().then(ready -> Promise.resolve((Object) ready),
        error -> Promise.reject("the code that " + purpose + " (" + Extras.FILE + ") could not be loaded (" + error
            + ")"));
    return Promise.all(loadSanitiser(), extras).then(both -> Promise.resolve((Object) both));
  }

  private static Promise<Object> loadSanitiser() {
    return load().then(ready -> Promise.resolve((Object) ready),
        error -> Promise.reject("the HTML sanitiser could not be loaded (" + error + ")"));
  }

  /** Starts loading what {@link #loadFor} waits for; each is loaded once, and says why if it cannot be. */
  static void prepareFor(String html) {
    load();
    if (Extras.loaded() == null && extrasPurpose(html) != null) {
      Extras.load();
    }
  }

  /** Whether {@link #sanitize} can run on {@code html} now (see {@link #loadFor}). */
  static boolean isLoadedFor(String html) {
    return purify != null && (Extras.loaded() != null || extrasPurpose(html) == null);
  }

  /**
   * What the extras bundle does for {@code html}, in words for a reason, or null when it needs none: HTML makes an
   * SVG element only of an {@code <svg} tag, an iframe only of an {@code <iframe} tag.
   */
  private static String extrasPurpose(String html) {
    String lower = html == null ? "" : html.toLowerCase();
    if (lower.contains("<svg")) {
      return "keeps an SVG's references to itself";
    }
    return lower.contains("<iframe") ? "shows embedded pages" : null;
  }

  /**
   * Sanitises {@code html} into a fragment, resolving {@code attachment:} images from {@code cellAttachments}.
   * Only once {@link #isLoaded}: before, it throws rather than let anything through.
   */
  static DocumentFragment sanitize(String html, Kind kind, boolean allowRemoteResources, JsonObject cellAttachments) {
    if (purify == null) {
      throw new IllegalStateException("the HTML sanitiser is not loaded yet");
    }
    allowRemote = allowRemoteResources;
    attachments = cellAttachments;
    kindNow = kind;
    embeds = new java.util.ArrayList<>();
    try {
      DocumentFragment fragment = Js.uncheckedCast(purify.sanitize(html, config(kind)));
      scopeSvgs(fragment);
      for (Runnable complete : embeds) {
        complete.run();
      }
      return fragment;
    } finally {
      attachments = null;
      allowRemote = false;
      kindNow = null;
      embeds = null;
    }
  }

  /**
   * Scopes the references of the fragment's SVGs (see {@link #loadFor}); without the extras bundle (which could
   * not be loaded, for a widget's HTML, which does not wait) each SVG is replaced by a line saying it is not shown.
   */
  private static void scopeSvgs(DocumentFragment fragment) {
    if (fragment.querySelector("svg") == null) {
      return;
    }
    ExtrasModule extras = Extras.loaded();
    if (extras != null) {
      extras.scopeSvgs(fragment);
      return;
    }
    Extras.load();
    NodeList<Element> svgs = fragment.querySelectorAll("svg");
    for (int i = 0; i < svgs.length; i++) {
      Element svg = svgs.getAt(i);
      if (svg.parentNode != null && (svg.parentElement == null || svg.parentElement.closest("svg") == null)) {
        svg.parentNode.replaceChild(Dom.text("span", "note", "[an SVG image, not shown: " + Extras.FILE
            + " has not loaded]"), svg);
      }
    }
  }

  /** A fragment from HTML a page's own filter returned; parsed inert (a template runs no scripts). */
  static DocumentFragment parseTrusted(String html) {
    HTMLTemplateElement template = Js.uncheckedCast(DomGlobal.document.createElement("template"));
    template.innerHTML = html;
    return template.content;
  }

  private static Object config(Kind kind) {
    JsPropertyMap<Object> config = JsPropertyMap.of();
    config.set("RETURN_DOM_FRAGMENT", true);
    JsArray<String> forbidden = JsArray.of("form", "textarea", "select", "option", "button", "meta",
        "link", "base", "iframe", "frame", "frameset", "object", "embed", "portal");
    if (kind == Kind.MARKDOWN) {
      // Markdown shares the notebook's style scope, so it may not bring style sheets.
      forbidden.push("style");
    }
    config.set("FORBID_TAGS", forbidden);
    config.set("FORBID_ATTR", JsArray.of("formaction", "action", "form", "autofocus", "ping", "srcdoc"));
    if (kind == Kind.SVG) {
      JsPropertyMap<Object> profiles = JsPropertyMap.of();
      profiles.set("svg", true);
      profiles.set("svgFilters", true);
      config.set("USE_PROFILES", profiles);
    }
    // Matplotlib draws every glyph, tick and marker as a <use>; the extras bundle keeps it to its own SVG's
    // definitions.
    config.set("ADD_TAGS", JsArray.of("use"));
    // Parse everything as body content: a leading <style> (pandas writes <style scoped>) is kept, and a leading
    // <frameset> cannot replace the body DOMPurify works on.
    config.set("FORCE_BODY", true);
    return config;
  }

  private static void installHooks(DOMPurify purify) {
    purify.addHook("uponSanitizeAttribute", (node, data, config) -> {
      JsPropertyMap<Object> event = Js.asPropertyMap(data);
      String name = String.valueOf(event.get("attrName"));
      String value = String.valueOf(event.get("attrValue"));
      if ("src".equals(name) && value.startsWith("attachment:")) {
        String resolved = attachmentUrl(attachments, value.substring("attachment:".length()));
        if (resolved != null) {
          event.set("attrValue", resolved);
        }
      }
    });
    purify.addHook("uponSanitizeElement", (node, data, config) -> {
      JsPropertyMap<Object> event = Js.asPropertyMap(data);
      Element iframe = "iframe".equals(event.get("tagName")) && kindNow == Kind.HTML ? Js.uncheckedCast(node) : null;
      if (iframe != null && iframe.parentNode != null) {
        embed(iframe);
      }
      if ("style".equals(event.get("tagName")) && !allowRemote) {
        Element style = Js.uncheckedCast(node);
        if (RemoteUrls.cssIsRemote(String.valueOf(style.textContent), origin())) {
          style.textContent = "";
        }
      }
    });
    purify.addHook("afterSanitizeAttributes", (node, data, config) -> {
      if (!(node instanceof Element)) {
        return;
      }
      Element element = Js.uncheckedCast(node);
      if (!allowRemote) {
        blockRemote(element);
      }
      if ("input".equalsIgnoreCase(element.tagName)) {
        // Markdown task lists are the one use: every input becomes a disabled checkbox, so none can ask for data.
        element.setAttribute("type", "checkbox");
        element.setAttribute("disabled", "");
        element.removeAttribute("name");
        element.removeAttribute("value");
        element.setAttribute("aria-label", element.hasAttribute("checked") ? "done" : "not done");
      }
      if ("a".equalsIgnoreCase(element.tagName) && element.hasAttribute("href")) {
        element.setAttribute("target", "_blank");
        element.setAttribute("rel", "noopener noreferrer");
      }
    });
  }

  /**
   * A placeholder for {@code iframe}, which DOMPurify removes; without the extras bundle (which could not be loaded,
   * for a widget's HTML, which does not wait) a line saying the page is not shown.
   */
  private static void embed(Element iframe) {
    ExtrasModule extras = Extras.loaded();
    if (extras != null) {
      ExtrasModule.Completion completion = extras.embedFrame(iframe, allowRemote, ElementStyles::adoptForOutput);
      embeds.add(completion::complete);
      return;
    }
    Extras.load();
    iframe.parentNode.insertBefore(Dom.text("span", "note", "[an embedded page, not shown: " + Extras.FILE
        + " has not loaded]"), iframe);
  }

  private static void blockRemote(Element element) {
    boolean anchor = "a".equalsIgnoreCase(element.tagName) || "area".equalsIgnoreCase(element.tagName);
    for (String attribute : URL_ATTRIBUTES) {
      if (anchor && attribute.equals("href")) {
        continue;
      }
      if (element.hasAttribute(attribute) && isRemoteAttribute(attribute, element.getAttribute(attribute))) {
        element.removeAttribute(attribute);
        element.setAttribute(BLOCKED_NOTE, "remote " + attribute);
      }
    }
    if (element.hasAttribute("style") && RemoteUrls.cssIsRemote(element.getAttribute("style"), origin())) {
      element.removeAttribute("style");
      element.setAttribute(BLOCKED_NOTE, "remote style");
    }
    if ("img".equalsIgnoreCase(element.tagName) && !element.hasAttribute("src") && element.hasAttribute(BLOCKED_NOTE)) {
      String alt = element.hasAttribute("alt") ? element.getAttribute("alt") : "";
      element.setAttribute("alt", "[remote image blocked]" + (alt.isEmpty() ? "" : " " + alt));
    }
  }

  private static boolean isRemoteAttribute(String attribute, String value) {
    if (attribute.equals("srcset")) {
      for (String candidate : Strings.split(value, ',')) {
        if (RemoteUrls.isRemote(candidate.trim(), origin())) {
          return true;
        }
      }
      return false;
    }
    return RemoteUrls.isRemote(value, origin());
  }

  /** A data URL for the image attachment {@code name} of a cell, or null when there is none. */
  static String attachmentUrl(JsonObject cellAttachments, String name) {
    JsonObject bundle = cellAttachments == null ? null : cellAttachments.getObject(name);
    if (bundle == null) {
      return null;
    }
    for (String mimeType : bundle.keys()) {
      String data = io.jupyterkit.nbformat.MultilineText.join(bundle.get(mimeType));
      if (data == null || !mimeType.startsWith("image/")) {
        continue;
      }
      if (mimeType.equals("image/svg+xml")) {
        return "data:image/svg+xml;charset=utf-8," + elemental2.core.Global.encodeURIComponent(data);
      }
      return "data:" + mimeType + ";base64," + data.trim();
    }
    return null;
  }

  private static String origin() {
    return DomGlobal.location.origin;
  }
}
