package io.jupyterkit.pyodide;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import io.jupyterkit.element.Assets;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Creates executors; the JavaScript {@code createPyodideExecutor(options)} lands here. */
public final class PyodideExecutors {
  static final String WORKER_FILE = "jupyter-kit-worker.js";

  private PyodideExecutors() {}

  /** From Java. The worker is the one beside the main bundle unless the options name another. */
  public static PyodideExecutor create(PyodideExecutorOptions options) {
    return new PyodideExecutor(options, Assets.resolve(WORKER_FILE));
  }

  /**
   * From JavaScript: a plain options object ({@code src}, {@code indexURL}, {@code version}, {@code timeoutMs},
   * {@code packages}, {@code autoloadImports}, {@code figureFormats}, {@code lockFileURL}, {@code workerUrl},
   * {@code sandbox}, {@code network}, {@code onStatus}). Options of the wrong type are skipped with a console warning
   * rather than thrown.
   */
  public static PyodideExecutor createFromJs(Object jsOptions) {
    PyodideExecutorOptions options = new PyodideExecutorOptions();
    if (jsOptions != null && "object".equals(Js.typeof(jsOptions))) {
      JsPropertyMap<Object> map = Js.asPropertyMap(jsOptions);
      options.src(strings(map.get("src"), "src"));
      options.indexUrl(strings(map.get("indexURL"), "indexURL"));
      options.version(string(map.get("version"), "version"));
      Object timeout = map.get("timeoutMs");
      if ("number".equals(Js.typeof(timeout))) {
        options.timeoutMs((int) Js.asDouble(timeout));
      } else if (timeout != null) {
        warn("timeoutMs");
      }
      options.workerUrl(string(map.get("workerUrl"), "workerUrl"));
      options.lockFileUrl(string(map.get("lockFileURL"), "lockFileURL"));
      options.packages(strings(map.get("packages"), "packages"));
      options.figureFormats(strings(map.get("figureFormats"), "figureFormats"));
      Object autoload = map.get("autoloadImports");
      if ("boolean".equals(Js.typeof(autoload))) {
        options.autoloadImports(Js.isTruthy(autoload));
      } else if (autoload != null) {
        warn("autoloadImports");
      }
      Object sandbox = map.get("sandbox");
      if ("boolean".equals(Js.typeof(sandbox))) {
        options.sandbox(Js.isTruthy(sandbox));
      } else if (sandbox != null && !"auto".equals(sandbox)) {
        warn("sandbox");
      }
      Object network = map.get("network");
      if (!"none".equals(network)) {
        options.network(strings(network, "network"));
      }
      Object onStatus = map.get("onStatus");
      if ("function".equals(Js.typeof(onStatus))) {
        options.onStatus(Js.<StatusListener>uncheckedCast(onStatus));
      } else if (onStatus != null) {
        warn("onStatus");
      }
    }
    return create(options);
  }

  private static List<String> strings(Object value, String name) {
    List<String> result = new ArrayList<>();
    if ("string".equals(Js.typeof(value))) {
      result.add(Js.asString(value));
    } else if (value != null && JsArray.isArray(value)) {
      JsArray<Object> items = Js.uncheckedCast(value);
      for (int i = 0; i < items.length; i++) {
        String item = string(items.getAt(i), name);
        if (item != null) {
          result.add(item);
        }
      }
    } else if (value != null) {
      warn(name);
    }
    return result;
  }

  private static String string(Object value, String name) {
    if ("string".equals(Js.typeof(value))) {
      return Js.asString(value);
    }
    if (value != null) {
      warn(name);
    }
    return null;
  }

  private static void warn(String option) {
    DomGlobal.console.warn("createPyodideExecutor: ignoring option " + option + " of the wrong type");
  }
}
