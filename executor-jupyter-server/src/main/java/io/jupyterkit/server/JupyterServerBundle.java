package io.jupyterkit.server;

import elemental2.dom.DomGlobal;
import io.jupyterkit.kernel.ExportedExecutor;
import io.jupyterkit.pyodide.StatusListener;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Entry point of the server bundle ({@code jupyter-kit-server.mjs}): {@code createJupyterServerExecutor(options)},
 * which the module wrapper exports (see JupyterServerBundle.native.js) and the main bundle calls the first time a
 * server executor is used. Options of the wrong type are skipped with a console warning rather than thrown.
 */
@JsType(namespace = "jupyterkit", name = "JupyterServerBundle")
public final class JupyterServerBundle {
  private JupyterServerBundle() {}

  /**
   * An executor for {@code jsOptions} ({@code baseUrl}, {@code token}, {@code kernelName}, {@code path},
   * {@code name}, {@code language}, {@code wsUrl}, {@code protocol}, {@code requestTimeoutMs},
   * {@code reconnectAttempts}, {@code onStatus}) under the executor contract.
   */
  @JsMethod
  public static Object create(Object jsOptions) {
    ServerOptions options = new ServerOptions();
    if (jsOptions != null && "object".equals(Js.typeof(jsOptions))) {
      JsPropertyMap<Object> map = Js.asPropertyMap(jsOptions);
      options.baseUrl(string(map, "baseUrl"))
          .token(string(map, "token"))
          .kernelName(string(map, "kernelName"))
          .path(string(map, "path"))
          .name(string(map, "name"))
          .language(string(map, "language"))
          .wsUrl(string(map, "wsUrl"))
          .protocol(string(map, "protocol"));
      if (number(map, "requestTimeoutMs") != null) {
        options.requestTimeoutMs(number(map, "requestTimeoutMs"));
      }
      if (number(map, "reconnectAttempts") != null) {
        options.reconnectAttempts(number(map, "reconnectAttempts"));
      }
      Object onStatus = map.get("onStatus");
      if ("function".equals(Js.typeof(onStatus))) {
        options.onStatus(Js.<StatusListener>uncheckedCast(onStatus));
      } else if (onStatus != null) {
        warn("onStatus");
      }
    }
    return ExportedExecutor.of(new JupyterServerExecutor(options));
  }

  private static String string(JsPropertyMap<Object> map, String name) {
    Object value = map.get(name);
    if ("string".equals(Js.typeof(value))) {
      return Js.asString(value);
    }
    if (value != null) {
      warn(name);
    }
    return null;
  }

  private static Integer number(JsPropertyMap<Object> map, String name) {
    Object value = map.get(name);
    if ("number".equals(Js.typeof(value))) {
      return (int) Js.asDouble(value);
    }
    if (value != null) {
      warn(name);
    }
    return null;
  }

  private static void warn(String option) {
    DomGlobal.console.warn("createJupyterServerExecutor: ignoring option " + option + " of the wrong type");
  }
}
