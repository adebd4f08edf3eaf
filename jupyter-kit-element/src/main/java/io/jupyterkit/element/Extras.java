package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.extras.ExtrasModule;
import jsinterop.base.Js;

/**
 * The extras bundle ({@code jupyter-kit-extras.mjs}, beside the bundle): the parts of the element only some
 * notebooks need. Imported once, the first time one does; if it cannot be, what needed it says so where it would be.
 */
final class Extras {
  static final String FILE = "jupyter-kit-extras.mjs";
  /** What it exports (see {@link ExtrasModule}). */
  private static final String[] EXPORTS = {"upgradeNotebook", "scopeSvgs", "typesetMath", "renumberMath",
      "embedFrame"};

  private static Promise<ExtrasModule> loading;
  private static ExtrasModule loaded;

  private Extras() {}

  static Promise<ExtrasModule> load() {
    if (loading == null) {
      loading = ModuleLoader.importModule(Assets.resolve(FILE)).then(module -> {
        for (String name : EXPORTS) {
          if (!"function".equals(Js.typeof(Js.asPropertyMap(module).get(name)))) {
            return Promise.reject(FILE + " is not the extras bundle of this version");
          }
        }
        loaded = Js.uncheckedCast(module);
        return Promise.resolve(loaded);
      });
      loading.catch_(error -> {
        DomGlobal.console.warn("jupyter-kit: " + FILE + " could not be loaded: " + error);
        return null;
      });
    }
    return loading;
  }

  /** The bundle once it has loaded, else null. */
  static ExtrasModule loaded() {
    return loaded;
  }
}
