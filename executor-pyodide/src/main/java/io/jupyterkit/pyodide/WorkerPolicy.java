package io.jupyterkit.pyodide;

import elemental2.dom.DomGlobal;
import elemental2.dom.Event;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Whether the page's Content-Security-Policy refused to start the worker. The browser then only fires an error
 * without a message at the worker, and a {@code securitypolicyviolation} event naming the worker script at the
 * document, in either order: the executor hears both and names the policy as the cause.
 */
final class WorkerPolicy {
  /** The directives that can govern a worker script: worker-src, else child-src, else script-src, else default-src. */
  private static final String[] WORKER_DIRECTIVES = {"worker-src", "child-src", "script-src", "default-src"};

  private WorkerPolicy() {}

  /**
   * Calls {@code onRefused} with words for the reader each time the page's policy refuses a worker at
   * {@code workerUrl} (absolute).
   */
  static void listen(String workerUrl, Refused onRefused) {
    DomGlobal.document.addEventListener("securitypolicyviolation", event -> {
      String refusal = refusal(event, workerUrl);
      if (refusal != null) {
        onRefused.refused(refusal);
      }
    });
  }

  private static String refusal(Event event, String workerUrl) {
    JsPropertyMap<Object> violation = Js.asPropertyMap(event);
    String directive = Js.asString(violation.get("effectiveDirective"));
    if (!workerUrl.equals(violation.get("blockedURI"))) {
      return null;
    }
    for (String governing : WORKER_DIRECTIVES) {
      if (governing.equals(directive)) {
        return words(workerUrl, directive);
      }
    }
    return null;
  }

  /** What the cell says: the policy, the directive, and what would let the worker start. */
  private static String words(String workerUrl, String directive) {
    return "the page's Content-Security-Policy does not allow it to start a worker from " + workerUrl + " ("
        + directive + "); Python runs in one: allow the worker script's origin in worker-src (e.g. worker-src"
        + " 'self')";
  }

  interface Refused {
    void refused(String words);
  }
}
