package io.jupyterkit.widgets;

import elemental2.core.JsArray;
import elemental2.core.Reflect;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.HTMLScriptElement;
import elemental2.dom.MutationObserver;
import elemental2.dom.MutationObserverInit;
import elemental2.dom.MutationRecord;
import elemental2.dom.Node;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import io.jupyterkit.externs.jupyterwidgets.HtmlManager;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsConstructorFn;
import jsinterop.base.JsPropertyMap;

/**
 * Loads the widget manager once: require.js, then html-manager's AMD build (both in {@code vendor/widgets/} beside
 * the bundle), then a manager with no module loader, so no widget code is ever fetched from elsewhere. The CSS the
 * manager injects into the document is collected, because widget views live in shadow roots it cannot reach.
 */
final class HtmlManagerLoader {
  private final String vendorUrl;
  private Promise<HtmlManager> manager;
  private final StringBuilder css = new StringBuilder();
  private final JsArray<Element> styleCopies = new JsArray<>();

  HtmlManagerLoader(String bundleUrl) {
    this.vendorUrl = new URL("vendor/widgets/", bundleUrl).href;
  }

  Promise<HtmlManager> manager() {
    if (manager == null) {
      manager = load();
    }
    return manager;
  }

  private Promise<HtmlManager> load() {
    watchDocumentStyles();
    Promise<Object> loader = Js.global().has("requirejs") ? Promise.resolve((Object) null) : script("require.js");
    return loader
        .then(ignored -> script("libembed-amd.js"))
        .then(ignored -> new Promise<Object>((resolve, reject) -> {
          Require require = Js.uncheckedCast(Js.global().get("requirejs"));
          require.require(JsArray.of("@jupyter-widgets/html-manager"), module -> resolve.onInvoke(module),
              error -> reject.onInvoke("the widget manager did not load: " + error));
        }))
        .then(module -> {
          JsPropertyMap<Object> options = JsPropertyMap.of();
          ModuleLoaderFn refuse = (name, version) -> Promise.reject(
              "the widget module " + name + "@" + version + " is not available offline; only the standard"
                  + " ipywidgets controls are");
          options.set("loader", refuse);
          JsConstructorFn<HtmlManager> constructor = Js.uncheckedCast(Js.asPropertyMap(module).get("HTMLManager"));
          HtmlManager created = Reflect.construct(constructor, JsArray.of(options));
          return Promise.resolve(created);
        });
  }

  private Promise<Object> script(String file) {
    return new Promise<>((resolve, reject) -> {
      HTMLScriptElement script = Js.uncheckedCast(DomGlobal.document.createElement("script"));
      script.src = vendorUrl + file;
      script.onload = event -> resolve.onInvoke((Object) null);
      script.onerror = event -> {
        reject.onInvoke("could not load " + script.src);
        return null;
      };
      DomGlobal.document.head.appendChild(script);
    });
  }

  /** Keeps the CSS the widget manager adds to the document, and every copy of it in a shadow root, up to date. */
  private void watchDocumentStyles() {
    MutationObserver observer = new MutationObserver((records, self) -> {
      for (int i = 0; i < records.length; i++) {
        MutationRecord record = records.getAt(i);
        for (int j = 0; j < record.addedNodes.length; j++) {
          Node node = record.addedNodes.getAt(j);
          if ("STYLE".equals(node.nodeName)) {
            css.append(node.textContent).append('\n');
          }
        }
      }
      for (int i = 0; i < styleCopies.length; i++) {
        styleCopies.getAt(i).textContent = css.toString();
      }
      return null;
    });
    MutationObserverInit init = MutationObserverInit.create();
    init.setChildList(true);
    observer.observe(DomGlobal.document.head, init);
  }

  /** Gives the shadow root (or document) {@code container} is in a copy of the widget CSS, once. */
  void styleRootOf(Element container) {
    Node root = container.getRootNode();
    if (root == DomGlobal.document || !(Js.asPropertyMap(root).has("host"))) {
      return;
    }
    for (int i = 0; i < styleCopies.length; i++) {
      if (styleCopies.getAt(i).getRootNode() == root) {
        return;
      }
    }
    Element style = DomGlobal.document.createElement("style");
    style.setAttribute("data-widgets", "");
    style.textContent = css.toString();
    root.appendChild(style);
    styleCopies.push(style);
  }

  /** requirejs as a function of module names and callbacks. */
  @JsFunction
  interface Require {
    void require(JsArray<String> modules, Loaded loaded, Failed failed);
  }

  @JsFunction
  interface Loaded {
    void onLoad(Object module);
  }

  @JsFunction
  interface Failed {
    void onError(Object error);
  }

  @JsFunction
  interface ModuleLoaderFn {
    Promise<Object> load(String name, String version);
  }
}
