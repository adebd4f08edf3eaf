package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.URL;

/** Where the files shipped beside the bundle (worker, vendor libraries) are: next to {@code jupyter-kit.js}. */
public final class Assets {
  private static String baseUrl;
  private static String integrity;

  private Assets() {}

  /** Records the bundle's own URL; the bundle entry calls it once at load. */
  public static void setBundleUrl(String bundleUrl) {
    if (bundleUrl != null && !bundleUrl.isEmpty()) {
      baseUrl = new URL(".", bundleUrl).href;
    }
  }

  /**
   * Records the digest of the package's integrity.json, which the build writes into the bundle: the worker checks
   * the files it loads against that record.
   */
  public static void setIntegrity(String digest) {
    integrity = digest == null || digest.isEmpty() ? null : digest;
  }

  /** The digest of the record of the files beside the bundle, or null when this bundle carries none. */
  public static String integrity() {
    return integrity;
  }

  /** The absolute URL of {@code path} relative to the bundle (or to the page when the bundle's URL is unknown). */
  public static String resolve(String path) {
    return new URL(path, baseUrl != null ? baseUrl : DomGlobal.document.baseURI).href;
  }
}
