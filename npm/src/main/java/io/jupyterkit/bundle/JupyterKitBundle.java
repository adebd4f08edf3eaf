package io.jupyterkit.bundle;

import elemental2.promise.Promise;
import io.jupyterkit.element.Assets;
import io.jupyterkit.element.ElementStyles;
import io.jupyterkit.element.JupyterKitElements;
import io.jupyterkit.kernel.ExportedExecutor;
import io.jupyterkit.pyodide.PyodideExecutors;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Entry point of the main-thread bundle: registers {@code <jupyter-notebook>} and publishes the JavaScript API as
 * {@code globalThis.jupyterkit}. Closure ADVANCED keeps only what is reachable from here, so the API is set up
 * explicitly rather than trusted to annotations.
 */
@JsType(namespace = "jupyterkit", name = "JupyterKitBundle")
public final class JupyterKitBundle {
  private JupyterKitBundle() {}

  @JsFunction
  interface CreateExecutor {
    Object create(Object options);
  }

  @JsFunction
  interface Define {
    Object define(String tagName);
  }

  @JsFunction
  interface PromiseAction {
    Promise<Object> run();
  }

  @JsFunction
  interface UrlSetter {
    void set(String url);
  }

  /**
   * Runs once when the bundle loads; {@code scriptUrl} is the bundle's own address, when known, and {@code version}
   * the package's and {@code integrity} the digest of its integrity.json, which the build writes into the bundle's
   * header.
   */
  @JsMethod
  public static void start(String scriptUrl, String version, String integrity) {
    Assets.setBundleUrl(scriptUrl);
    Assets.setIntegrity(integrity);
    if (scriptUrl != null && !scriptUrl.isEmpty()) {
      // As early as can be: the first notebook waits for its styles.
      ElementStyles.load();
    }
    JsPropertyMap<Object> api = JsPropertyMap.of();
    api.set("createPyodideExecutor",
        (CreateExecutor) options -> ExportedExecutor.of(PyodideExecutors.createFromJs(options)));
    api.set("createJupyterServerExecutor",
        (CreateExecutor) options -> ExportedExecutor.of(new OnDemandServerExecutor(options)));
    api.set("defineJupyterNotebook", (Define) JupyterKitElements::define);
    api.set("JupyterNotebookElement", JupyterKitElements.elementClass());
    api.set("setBundleUrl", (UrlSetter) url -> {
      Assets.setBundleUrl(url);
      ElementStyles.load();
    });
    api.set("clearStoredDrafts", (PromiseAction) JupyterKitElements::clearStoredDrafts);
    api.set("version", version);
    Js.asPropertyMap(Js.global()).set("jupyterkit", api);
    JupyterKitElements.define(null);
  }
}
