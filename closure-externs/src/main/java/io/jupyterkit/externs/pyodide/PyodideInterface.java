package io.jupyterkit.externs.pyodide;

import elemental2.core.ArrayBuffer;
import elemental2.core.Int32Array;
import elemental2.promise.Promise;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.JsPropertyMap;

/** The object {@code loadPyodide} resolves to. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "PyodideInterface")
public interface PyodideInterface {
  @JsProperty
  String getVersion();

  @JsProperty(name = "FS")
  PyodideFS getFS();

  @JsProperty
  PyProxy getGlobals();

  /** The packages installed so far, keyed by name. */
  @JsProperty
  JsPropertyMap<Object> getLoadedPackages();

  Object runPython(String code);

  Promise<Object> runPythonAsync(String code);

  Promise<Object> loadPackage(Object names, LoadPackageOptions options);

  Promise<Object> loadPackagesFromImports(String code, LoadPackageOptions options);

  PyProxy pyimport(String moduleName);

  void registerJsModule(String name, Object module);

  void unregisterJsModule(String name);

  void unpackArchive(ArrayBuffer buffer, String format, UnpackArchiveOptions options);

  void setInterruptBuffer(Int32Array buffer);

  void checkInterrupt();

  void setStdin(Object options);

  void setStdout(Object options);

  void setStderr(Object options);

  Object toPy(Object value);
}
