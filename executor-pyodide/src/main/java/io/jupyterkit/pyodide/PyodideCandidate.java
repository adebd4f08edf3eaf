package io.jupyterkit.pyodide;

/**
 * One place to load Pyodide from: the script, the folder its runtime files are in, and whether the script is an
 * ES module ({@code pyodide.mjs}), which needs a module worker and {@code import()} instead of
 * {@code importScripts}.
 */
public final class PyodideCandidate {
  private final String src;
  private final String indexUrl;

  public PyodideCandidate(String src, String indexUrl) {
    this.src = src;
    this.indexUrl = indexUrl;
  }

  public String src() {
    return src;
  }

  public String indexUrl() {
    return indexUrl;
  }

  /** True for {@code .mjs} scripts: they load in a module worker. */
  public boolean isModule() {
    return pathOf(src).endsWith(".mjs");
  }

  /**
   * The same release loaded as an ES module: {@code pyodide.mjs} in the same folder. Pyodide 314 and later
   * refuse classic workers, so a {@code pyodide.js} address users already have is retried this way.
   */
  public PyodideCandidate asModule() {
    String path = pathOf(src);
    return new PyodideCandidate(path.substring(0, path.lastIndexOf('/') + 1) + "pyodide.mjs", indexUrl);
  }

  /** The URL without its query or fragment. */
  static String pathOf(String url) {
    int end = url.length();
    int query = url.indexOf('?');
    if (query >= 0) {
      end = query;
    }
    int hash = url.indexOf('#');
    if (hash >= 0 && hash < end) {
      end = hash;
    }
    return url.substring(0, end);
  }

  @Override
  public String toString() {
    return src;
  }
}
