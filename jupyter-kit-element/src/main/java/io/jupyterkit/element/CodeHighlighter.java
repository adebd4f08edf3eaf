package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.highlightjs.HighlightJs;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Syntax highlighting by highlight.js (core and its Python grammar), loaded after the notebook is on screen and
 * applied in small slices so a large notebook never blocks the page. Code stays plain text until then.
 */
final class CodeHighlighter {
  private static final double SLICE_MS = 8;
  // A list rather than a Deque: J2CL's ArrayDeque would add to the bundle for no gain here.
  private static final List<Element> queue = new ArrayList<>();
  private static Promise<HighlightJs> highlightJs;
  private static boolean draining;

  private CodeHighlighter() {}

  /** Queues {@code code} (an element holding only text) for highlighting as {@code language}. */
  static void highlight(Element code, String language) {
    if (!"python".equals(io.jupyterkit.nbformat.Languages.normalise(language))) {
      return;
    }
    queue.add(code);
    if (!draining) {
      draining = true;
      load().then(api -> {
        drain(api);
        return null;
      }).catch_(error -> {
        draining = false;
        queue.clear();
        DomGlobal.console.warn("jupyter-kit: highlight.js could not be loaded; code is shown plain.", error);
        return null;
      });
    }
  }

  private static void drain(HighlightJs api) {
    double start = DomGlobal.performance.now();
    while (!queue.isEmpty() && DomGlobal.performance.now() - start < SLICE_MS) {
      Element code = queue.remove(0);
      if (code.isConnected && !code.classList.contains("hljs")) {
        JsPropertyMap<Object> options = JsPropertyMap.of();
        options.set("language", "python");
        options.set("ignoreIllegals", true);
        // highlight.js escapes every character of the code it returns.
        code.innerHTML = api.highlight(code.textContent, options).getValue();
        code.classList.add("hljs");
      }
    }
    if (queue.isEmpty()) {
      draining = false;
    } else {
      DomGlobal.setTimeout(ignored -> drain(api), 0);
    }
  }

  private static Promise<HighlightJs> load() {
    if (highlightJs == null) {
      Promise<Object> core = ModuleLoader.importModule(Assets.resolve("vendor/highlight/core.min.js"));
      Promise<Object> python = ModuleLoader.importModule(Assets.resolve("vendor/highlight/languages/python.min.js"));
      highlightJs = core.then(coreModule -> python.then(pythonModule -> {
        HighlightJs api = Js.uncheckedCast(Js.asPropertyMap(coreModule).get("default"));
        api.registerLanguage("python", Js.asPropertyMap(pythonModule).get("default"));
        return Promise.resolve(api);
      }));
    }
    return highlightJs;
  }
}
