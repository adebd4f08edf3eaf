package io.jupyterkit.pyodide;

/** One place to load Pyodide from: the script and the folder its runtime files are in. */
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

  @Override
  public String toString() {
    return src;
  }
}
