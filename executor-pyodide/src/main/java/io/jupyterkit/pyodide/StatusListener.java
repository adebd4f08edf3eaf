package io.jupyterkit.pyodide;

import jsinterop.annotations.JsFunction;

/**
 * The {@code onStatus(status, detail)} option: {@code loading} (booting, detail the candidate), {@code ready}
 * (booted, detail the Pyodide version), {@code running} (a cell started), {@code idle} (nothing left to run) and
 * {@code error} (boot failed, detail why).
 */
@JsFunction
public interface StatusListener {
  void onStatus(String status, String detail);
}
