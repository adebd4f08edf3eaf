package io.jupyterkit.externs.pyodide;

import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Options of {@code unpackArchive}. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "UnpackArchiveOptions")
public interface UnpackArchiveOptions {
  @JsOverlay
  static UnpackArchiveOptions create(String extractDir) {
    UnpackArchiveOptions options = Js.uncheckedCast(JsPropertyMap.of());
    options.setExtractDir(extractDir);
    return options;
  }

  @JsProperty
  void setExtractDir(String extractDir);
}
