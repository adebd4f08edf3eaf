package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.highlightjs.HighlightJs;
import io.jupyterkit.nbformat.Languages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Syntax highlighting by highlight.js: its core and the grammar of each language met (only those), loaded after
 * the notebook is on screen and applied in small slices so a large notebook never blocks the page. Code stays plain
 * text until then, and stays plain in a language jupyter-kit has no grammar for.
 */
final class CodeHighlighter {
  private static final double SLICE_MS = 8;
  // A list rather than a Deque: J2CL's ArrayDeque would add to the bundle for no gain here.
  private static final List<Pending> queue = new ArrayList<>();
  private static final Map<String, Promise<HighlightJs>> grammars = new HashMap<>();
  private static Promise<HighlightJs> core;
  private static boolean draining;

  private CodeHighlighter() {}

  /** Code waiting for its turn, with the grammar (already registered) to highlight it with. */
  private static final class Pending {
    final Element code;
    final String grammar;

    Pending(Element code, String grammar) {
      this.code = code;
      this.grammar = grammar;
    }
  }

  /** Queues {@code code} (an element holding only text) for highlighting as {@code language}. */
  static void highlight(Element code, String language) {
    String grammar = Languages.highlightGrammar(language);
    if (grammar == null) {
      return;
    }
    load(grammar).then(api -> {
      queue.add(new Pending(code, grammar));
      if (!draining) {
        draining = true;
        drain(api);
      }
      return null;
    }, error -> null);
  }

  private static void drain(HighlightJs api) {
    double start = DomGlobal.performance.now();
    while (!queue.isEmpty() && DomGlobal.performance.now() - start < SLICE_MS) {
      Pending pending = queue.remove(0);
      Element code = pending.code;
      if (code.isConnected && !code.classList.contains("hljs")) {
        JsPropertyMap<Object> options = JsPropertyMap.of();
        options.set("language", pending.grammar);
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

  /** highlight.js with {@code grammar} registered, each module fetched once; a failure is reported once. */
  private static Promise<HighlightJs> load(String grammar) {
    Promise<HighlightJs> loaded = grammars.get(grammar);
    if (loaded == null) {
      if (core == null) {
        core = ModuleLoader.importModule(Assets.resolve("vendor/highlight/core.min.js"))
            .then(module -> Promise.resolve(Js.<HighlightJs>uncheckedCast(Js.asPropertyMap(module).get("default"))));
      }
      Promise<Object> module = ModuleLoader.importModule(
          Assets.resolve("vendor/highlight/languages/" + grammar + ".min.js"));
      loaded = core.then(api -> module.then(grammarModule -> {
        api.registerLanguage(grammar, Js.asPropertyMap(grammarModule).get("default"));
        return Promise.resolve(api);
      }));
      loaded.catch_(error -> {
        DomGlobal.console.warn("jupyter-kit: highlight.js (" + grammar + ") could not be loaded; code is shown plain.",
            error);
        return null;
      });
      grammars.put(grammar, loaded);
    }
    return loaded;
  }
}
