package io.jupyterkit.java;

/**
 * Hears the Pyodide executor's status: {@code loading} (detail: the candidate), {@code installing} (the package
 * names), {@code ready} (the Pyodide version), {@code running}, {@code idle}, {@code error} (why).
 */
public interface StatusListener {
  void onStatus(String status, String detail);
}
