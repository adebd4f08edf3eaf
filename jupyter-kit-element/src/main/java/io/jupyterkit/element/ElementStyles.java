package io.jupyterkit.element;

import elemental2.core.JsArray;
import elemental2.dom.CSSStyleSheet;
import elemental2.dom.DomGlobal;
import elemental2.dom.ShadowRoot;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ConstructableStyleSheet;
import io.jupyterkit.externs.browser.StyleSheetAdopter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The element's style sheets, files beside the bundle: each fetched once per page into one constructable sheet
 * that every shadow root needing it adopts. Constructable sheets are CSSOM, which a page's strict
 * {@code style-src 'self'} allows.
 */
public final class ElementStyles {
  /** Every notebook's styles. */
  static final String NOTEBOOK_FILE = "jupyter-kit.css";
  /** Tables, shared by notebooks (markdown) and by each HTML/SVG output's own root, and those outputs' frame. */
  static final String OUTPUT_FILE = "jupyter-kit-output.css";

  private static final ConstructableStyleSheet NOTEBOOK = new ConstructableStyleSheet();
  private static final ConstructableStyleSheet OUTPUT = new ConstructableStyleSheet();
  private static boolean loading;
  private static boolean settled;
  /** Why a sheet is missing, for the reader; null when both apply. */
  private static String failure;
  private static final List<Consumer<String>> waiting = new ArrayList<>();

  private ElementStyles() {}

  /**
   * Starts fetching the sheets, once per page; the bundle calls it as soon as it knows its own address, so that
   * they are usually there before the first notebook is.
   */
  public static void load() {
    if (loading) {
      return;
    }
    loading = true;
    Promise<String> notebook = fetchInto(NOTEBOOK, NOTEBOOK_FILE);
    Promise<String> output = fetchInto(OUTPUT, OUTPUT_FILE);
    notebook.then(notebookFailure -> output.then(outputFailure -> {
      settle(notebookFailure != null ? notebookFailure : outputFailure);
      return null;
    }));
  }

  /** Resolves to null once {@code file} applies, or to the sentence that says why it does not; never rejects. */
  private static Promise<String> fetchInto(ConstructableStyleSheet sheet, String file) {
    String url = Assets.resolve(file);
    return DomGlobal.fetch(url)
        .then(response -> {
          if (!response.ok) {
            return Promise.<String>reject("the server answered HTTP " + response.status);
          }
          return response.text();
        })
        .then(text -> {
          sheet.replaceSync(text);
          return Promise.resolve((String) null);
        })
        .catch_(error -> Promise.resolve("The notebook's styles could not be loaded from " + url + " ("
            + describe(error) + "); it is shown without them."));
  }

  private static String describe(Object error) {
    Object message = error == null || "string".equals(Js.typeof(error)) ? null
        : Js.<JsPropertyMap<Object>>uncheckedCast(error).get("message");
    return message == null ? String.valueOf(error) : String.valueOf(message);
  }

  private static void settle(String why) {
    settled = true;
    failure = why;
    if (why != null) {
      DomGlobal.console.warn("jupyter-kit: " + why);
    }
    // Every notebook waiting shows itself in this one task: the sheets and the content reach the same frame.
    List<Consumer<String>> due = new ArrayList<>(waiting);
    waiting.clear();
    for (Consumer<String> action : due) {
      action.accept(why);
    }
  }

  /**
   * Runs {@code action} once the sheets apply or cannot (with null, or the sentence that says why a sheet is
   * missing): at once if they already have.
   */
  static void whenSettled(Consumer<String> action) {
    if (settled) {
      action.accept(failure);
      return;
    }
    waiting.add(action);
    if (!loading) {
      // The bundle normally started the fetch; a task later, the ES module entry has said where the files are.
      DomGlobal.setTimeout(ignored -> load(), 0);
    }
  }

  /** Lets a notebook's shadow root use the notebook styles (and the tables of markdown). */
  static void adoptForNotebook(ShadowRoot root) {
    // The notebook's own rules come last: they refine the shared table rules (a markdown table is centred).
    adopt(root, OUTPUT);
    adopt(root, NOTEBOOK);
  }

  /** Lets an HTML/SVG output's own shadow root use the output styles. */
  static void adoptForOutput(ShadowRoot root) {
    adopt(root, OUTPUT);
  }

  private static void adopt(ShadowRoot root, CSSStyleSheet sheet) {
    StyleSheetAdopter adopter = Js.uncheckedCast(root);
    JsArray<CSSStyleSheet> sheets = adopter.getAdoptedStyleSheets();
    if (sheets.indexOf(sheet) >= 0) {
      return;
    }
    // Assigned as a new list: the old one may be frozen.
    JsArray<CSSStyleSheet> extended = sheets.slice();
    extended.push(sheet);
    adopter.setAdoptedStyleSheets(extended);
  }
}
