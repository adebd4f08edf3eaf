package io.jupyterkit.externs.browser;

import elemental2.promise.Promise;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsPackage;

/**
 * Dynamic {@code import()}, which Java cannot express: the bundle's wrapper defines {@code jupyterKitImport} as
 * {@code url => import(url)}, outside the code Closure compiles.
 */
public final class ModuleLoader {
  private ModuleLoader() {}

  @JsMethod(namespace = JsPackage.GLOBAL, name = "jupyterKitImport")
  public static native Promise<Object> importModule(String url);
}
