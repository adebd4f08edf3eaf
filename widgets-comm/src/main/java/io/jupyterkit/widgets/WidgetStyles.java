package io.jupyterkit.widgets;

import elemental2.core.JsArray;
import elemental2.dom.CSSStyleSheet;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.FontFace;
import elemental2.dom.FontFaceDescriptors;
import elemental2.dom.MutationObserver;
import elemental2.dom.MutationObserverInit;
import elemental2.dom.MutationRecord;
import elemental2.dom.Node;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.externs.browser.ConstructableStyleSheet;
import io.jupyterkit.externs.browser.StyleSheetAdopter;
import java.util.function.Supplier;
import jsinterop.base.Js;

/**
 * The widget front end's CSS, for the whole page, in one constructable style sheet that every shadow root showing
 * widgets adopts. html-manager adds its CSS as {@code <style>} elements to {@code document.head}, partly while its
 * modules load and partly when it first loads a widget class; those elements are moved into the sheet at once
 * (before the page renders) and removed from the document. Only elements added while widget code runs
 * synchronously are taken, so the page's own styles are never touched.
 */
final class WidgetStyles {
  /** Every widget rule, shared: one parse, however many notebooks show widgets. */
  private static final ConstructableStyleSheet SHEET = new ConstructableStyleSheet();
  private static final StringBuilder collectedCss = new StringBuilder();
  /** Records what document.head gains; read only synchronously, through takeRecords. */
  private static MutationObserver headChanges;
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

  /** Starts recording additions to document.head, before any widget code runs. */
  static void watchDocumentHead() {
    if (headChanges != null) {
      return;
    }
    // Records the callback gets were made by other code in other tasks: not the widget front end's.
    headChanges = new MutationObserver((records, observer) -> null);
    MutationObserverInit init = MutationObserverInit.create();
    init.setChildList(true);
    headChanges.observe(DomGlobal.document.head, init);
  }

  /**
   * Moves the style elements document.head gained in this task, since the last look, into the sheet. Called
   * synchronously from require.js's callback, which runs in the task in which require.js ran the widget modules,
   * and after each call that may add widget CSS.
   */
  static void takeStylesAddedInThisTask() {
    JsArray<MutationRecord> records = headChanges.takeRecords();
    boolean added = false;
    for (int i = 0; i < records.length; i++) {
      MutationRecord record = records.getAt(i);
      for (int j = 0; j < record.addedNodes.length; j++) {
        Node node = record.addedNodes.getAt(j);
        if ("STYLE".equals(node.nodeName) && node.parentNode == DomGlobal.document.head) {
          collectedCss.append(hostScoped(node.textContent)).append('\n');
          DomGlobal.document.head.removeChild(node);
          added = true;
        }
      }
    }
    if (added) {
      SHEET.replaceSync(collectedCss.toString());
    }
  }

  /** Runs {@code code}, which may add widget CSS, and moves what it added (and only that) into the sheet. */
  static <T> T takeStylesAddedBy(Supplier<T> code) {
    headChanges.takeRecords();
    try {
      return code.get();
    } finally {
      takeStylesAddedInThisTask();
    }
  }

  /**
   * html-manager's theme variables are set on {@code :root}, which matches nothing in a shadow root; on the host
   * they reach every widget inside it, and a page can still override them on the element.
   */
  private static String hostScoped(String text) {
    return text == null ? "" : withoutFontFaces(text.replace(":root", ":host"));
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
