package io.jupyterkit.externs.pyodide;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** The Emscripten file system Pyodide exposes as {@code pyodide.FS}; only the calls this project makes. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "PyodideFS")
public interface PyodideFS {
  void writeFile(String path, Object data);

  Object readFile(String path, Object options);

  void mkdirTree(String path);

  void unlink(String path);
}
