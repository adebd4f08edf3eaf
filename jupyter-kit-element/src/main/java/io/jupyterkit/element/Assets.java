package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.URL;

/** Where the files shipped beside the bundle (worker, vendor libraries) are: next to {@code jupyter-kit.js}. */
public final class Assets {
  private static String baseUrl;

  private Assets() {}

  /** Records the bundle's own URL; the bundle entry calls it once at load. */
  public static void setBundleUrl(String bundleUrl) {
    if (bundleUrl != null && !bundleUrl.isEmpty()) {
      baseUrl = new URL(".", bundleUrl).href;
    }
  }

  /** The absolute URL of {@code path} relative to the bundle (or to the page when the bundle's URL is unknown). */
  public static String resolve(String path) {
    return new URL(path, baseUrl != null ? baseUrl : DomGlobal.document.baseURI).href;
  }
}
