package io.jupyterkit.externs.pyodide;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Options of {@code loadPackage}/{@code loadPackagesFromImports}. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "LoadPackageOptions")
public interface LoadPackageOptions {
  @JsOverlay
  static LoadPackageOptions create() {
    return Js.uncheckedCast(JsPropertyMap.of());
  }

  @JsProperty
  void setMessageCallback(OutputCallback callback);

  @JsProperty
  void setErrorCallback(OutputCallback callback);

  @JsProperty
  void setCheckIntegrity(boolean checkIntegrity);
}
