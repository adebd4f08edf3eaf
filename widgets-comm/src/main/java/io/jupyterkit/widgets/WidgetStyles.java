package io.jupyterkit.widgets;

import elemental2.core.JsArray;
import elemental2.dom.CSSStyleSheet;
import elemental2.dom.CustomEvent;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.FontFace;
import elemental2.dom.FontFaceDescriptors;
import elemental2.dom.Node;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.externs.browser.ConstructableStyleSheet;
import io.jupyterkit.externs.browser.StyleSheetAdopter;
import java.util.function.Supplier;
import jsinterop.base.Js;

/**
 * The widget front end's CSS, for the whole page, in one constructable style sheet that every shadow root showing
 * widgets adopts. html-manager makes its CSS as {@code <style>} elements, partly while its modules load and partly
 * when it first loads a widget class; the build patches its style loader to hand them over instead of adding them to
 * {@code document.head} (a page with a strict style-src would refuse them), and their CSS goes into the sheet in the
 * same task (before the page renders). The page's own styles are never touched.
 */
final class WidgetStyles {
  /** Every widget rule, shared: one parse, however many notebooks show widgets. */
  private static final ConstructableStyleSheet SHEET = new ConstructableStyleSheet();
  private static final StringBuilder collectedCss = new StringBuilder();
  /**
   * What the build's patch of the widget front end's style loader dispatches on the document, with each
   * {@code <style>} element it made, instead of inserting the element: a strict style-src refuses inline styles.
   */
  private static final String STYLE_EVENT = "jupyter-kit-widget-style";
  /** The style elements made since the last look, never in the document. */
  private static final JsArray<Element> pendingStyles = new JsArray<>();
  private static boolean listening;
  /**
   * How the build's patch names the files it took out of the CSS (the dropdown arrow, a {@code data:} URL that
   * img-src 'self' would refuse) in the folder the widget front end was loaded from.
   */
  private static final String VENDOR_SCHEME = "jupyter-kit-vendor:";
  private static String vendorFolder;
  private static boolean iconFontsDeclared;

  private WidgetStyles() {}

  /**
   * The icon fonts the widget CSS names (Play buttons, button icons, Accordion chevrons, the tags' ×), self-hosted
   * in {@code vendorUrl}. Shadow roots ignore @font-face, so they join the document's fonts, once, when the widget
   * front end loads (through the font API: document.head stays as it was); the browser fetches one only when text
   * uses it.
   */
  static void declareIconFonts(String vendorUrl) {
    if (iconFontsDeclared) {
      return;
    }
    iconFontsDeclared = true;
    addFont("Font Awesome 5 Free", "900", vendorUrl + "fa-solid-900.woff2");
    addFont("Font Awesome 5 Free", "400", vendorUrl + "fa-regular-400.woff2");
    addFont("Font Awesome 5 Brands", "400", vendorUrl + "fa-brands-400.woff2");
    // Font Awesome 4's name, which a few widget rules still use; version 5 kept its code points.
    addFont("FontAwesome", "normal", vendorUrl + "fa-solid-900.woff2");
  }

  private static void addFont(String family, String weight, String url) {
    FontFaceDescriptors descriptors = FontFaceDescriptors.create();
    descriptors.setWeight(weight);
    descriptors.setStyle("normal");
    descriptors.setDisplay("block");
    DomGlobal.document.fonts.add(new FontFace(family, "url(\"" + url + "\") format(\"woff2\")", descriptors));
  }

  /**
   * Starts taking the style elements the widget front end makes, before any widget code runs; the files their CSS
   * names are in {@code vendorUrl}.
   */
  static void listenForStyles(String vendorUrl) {
    if (listening) {
      return;
    }
    listening = true;
    vendorFolder = vendorUrl;
    DomGlobal.document.addEventListener(STYLE_EVENT, event -> {
      Element style = Js.uncheckedCast(((CustomEvent<?>) Js.<Event>uncheckedCast(event)).detail);
      pendingStyles.push(style);
    });
  }

  /**
   * Moves the CSS of the style elements made since the last look into the sheet. Their text is set just after the
   * event, in the same synchronous run of widget code: called from require.js's callback, which runs in the task in
   * which require.js ran the widget modules, and after each call that may add widget CSS.
   */
  static void takePendingStyles() {
    if (pendingStyles.length == 0) {
      return;
    }
    for (int i = 0; i < pendingStyles.length; i++) {
      collectedCss.append(hostScoped(pendingStyles.getAt(i).textContent)).append('\n');
    }
    pendingStyles.length = 0;
    SHEET.replaceSync(collectedCss.toString());
  }

  /** Runs {@code code}, which may add widget CSS, and moves what it added into the sheet. */
  static <T> T takeStylesAddedBy(Supplier<T> code) {
    try {
      return code.get();
    } finally {
      takePendingStyles();
    }
  }

  /**
   * html-manager's theme variables are set on {@code :root}, which matches nothing in a shadow root; on the host
   * they reach every widget inside it, and a page can still override them on the element. The files the build took
   * out of the CSS are named by their URL.
   */
  private static String hostScoped(String text) {
    return text == null ? ""
        : withoutFontFaces(text.replace(":root", ":host")).replace(VENDOR_SCHEME, vendorFolder);
  }

  /**
   * The CSS without its @font-face rules: in a shadow root they would do nothing, and they name font files by
   * build hashes this copy does not have (declareIconFonts declares the fonts instead).
   */
  static String withoutFontFaces(String css) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int start = css.indexOf("@font-face", from);
      int open = start < 0 ? -1 : css.indexOf('{', start);
      int close = open < 0 ? -1 : css.indexOf('}', open);
      if (close < 0) {
        return out.append(css, from, css.length()).toString();
      }
      out.append(css, from, start);
      from = close + 1;
    }
  }

  /** Lets the shadow root {@code container} is in (a notebook's: views are shown nowhere else) use the widget CSS. */
  static void adoptInto(Element container) {
    Node root = container.getRootNode();
    if (!(root instanceof ShadowRoot)) {
      return;
    }
    StyleSheetAdopter adopter = Js.uncheckedCast(root);
    JsArray<CSSStyleSheet> sheets = adopter.getAdoptedStyleSheets();
    if (sheets.indexOf(SHEET) >= 0) {
      return;
    }
    JsArray<CSSStyleSheet> extended = sheets.slice();
    extended.push(SHEET);
    adopter.setAdoptedStyleSheets(extended);
  }
}
