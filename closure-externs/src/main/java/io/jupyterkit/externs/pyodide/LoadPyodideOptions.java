package io.jupyterkit.externs.pyodide;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** The options object of {@code loadPyodide}. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "LoadPyodideOptions")
public interface LoadPyodideOptions {
  @JsOverlay
  static LoadPyodideOptions create() {
    return Js.uncheckedCast(JsPropertyMap.of());
  }

  @JsProperty
  void setIndexURL(String indexURL);

  @JsProperty
  void setLockFileURL(String lockFileURL);

  @JsProperty
  void setFullStdLib(boolean fullStdLib);

  @JsProperty
  void setPackages(String[] packages);

  @JsProperty
  void setStdout(OutputCallback stdout);

  @JsProperty
  void setStderr(OutputCallback stderr);

  @JsProperty
  void setCheckAPIVersion(boolean checkAPIVersion);
}
