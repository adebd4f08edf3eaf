package io.jupyterkit.java;

import elemental2.dom.DomGlobal;
import elemental2.dom.URL;
import io.jupyterkit.element.Assets;
import io.jupyterkit.element.ElementStyles;
import io.jupyterkit.element.JupyterKitElements;

/**
 * Set-up for an app that compiles jupyter-kit into its own script. The element fetches its worker, the kernel's
 * Python, its style sheets and the libraries it loads on demand by URL; in the npm bundle they are found beside
 * {@code jupyter-kit.js}, but an app's script is not that file, so the app serves the package's files from a folder
 * and says which with {@link #setAssetsUrl} before it creates executors or notebooks.
 */
public final class JupyterKit {
  private JupyterKit() {}

  /**
   * The folder that serves the npm package's files ({@code jupyter-kit-worker.js}, {@code jupyterkit-kernel.zip},
   * the {@code .css} and {@code .mjs} files, {@code vendor/}), absolute or relative to the page, e.g.
   * {@code "/jupyter-kit/"}. Call it once, first: executors resolve their worker when they are created, and the
   * style sheets start loading here.
   */
  public static void setAssetsUrl(String folderUrl) {
    if (folderUrl == null || folderUrl.trim().isEmpty()) {
      throw new IllegalArgumentException("setAssetsUrl: the folder URL is empty");
    }
    Assets.setBundleUrl(new URL(AssetsFolder.withSlash(folderUrl.trim()), DomGlobal.document.baseURI).href);
    ElementStyles.load();
  }

  /** Registers {@code <jupyter-notebook>}, so that the tag works in the page's HTML too; does nothing twice. */
  public static void define() {
    JupyterKitElements.define(null);
  }
}
