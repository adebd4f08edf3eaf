package io.jupyterkit.server;

import elemental2.core.Global;
import elemental2.dom.DomGlobal;
import elemental2.dom.RequestInit;
import elemental2.promise.Promise;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import jsinterop.base.JsPropertyMap;

/**
 * The server's REST API over fetch. A token goes in the {@code Authorization} header (never the URL); without one
 * the browser's cookies authenticate, and the server's {@code _xsrf} cookie is echoed in {@code X-XSRFToken} as
 * Jupyter asks of same-origin pages. Answers are parsed by the browser; failures reject with a {@link RestFailure}
 * in words for the reader.
 */
final class ServerRest {
  private final ServerUrls urls;
  private final String token;
  private final int timeoutMs;

  ServerRest(ServerUrls urls, String token, int timeoutMs) {
    this.urls = urls;
    this.token = token;
    this.timeoutMs = timeoutMs;
  }

  /** {@code GET url}; {@code what} names it in failures ("the list of sessions"). */
  Promise<JsonValue> get(String url, String what) {
    return call("GET", url, what, null);
  }

  Promise<JsonValue> post(String url, String what, JsonObject body) {
    return call("POST", url, what, body == null ? new JsonObject() : body);
  }

  Promise<JsonValue> delete(String url, String what) {
    return call("DELETE", url, what, null);
  }

  private Promise<JsonValue> call(String method, String url, String what, JsonObject body) {
    RequestInit init = RequestInit.create();
    init.setMethod(method);
    init.setCredentials("same-origin");
    JsPropertyMap<String> headers = JsPropertyMap.of();
    if (token != null && !token.isEmpty()) {
      headers.set("Authorization", "token " + token);
    } else {
      String xsrf = cookie("_xsrf");
      if (xsrf != null) {
        headers.set("X-XSRFToken", xsrf);
      }
    }
    if (body != null) {
      headers.set("Content-Type", "application/json");
      init.setBody(Global.JSON.stringify(JsJson.toJs(body)));
    }
    init.setHeaders(headers);
    Promise<JsonValue> answer = DomGlobal.fetch(url, init).then(response -> {
      if (!response.ok) {
        return Promise.reject(new RestFailure(response.status,
            HttpFailures.status(urls.base(), what, response.status, response.statusText)));
      }
      if (response.status == 204) {
        return Promise.resolve((JsonValue) null);
      }
      return response.text().then(text -> {
        try {
          return Promise.resolve(text.isEmpty() ? null : JsJson.parse(text));
        } catch (IllegalArgumentException e) {
          return Promise.reject(new RestFailure(response.status, HttpFailures.unreadable(urls.base(), what)));
        }
      });
    }, error -> Promise.reject(new RestFailure(0, HttpFailures.unreachable(urls.base(),
        DomGlobal.location.origin))));
    if (timeoutMs <= 0) {
      return answer;
    }
    Promise<JsonValue> timeout = new Promise<>((resolve, reject) -> DomGlobal.setTimeout(
        ignored -> reject.onInvoke(new RestFailure(0, HttpFailures.timedOut(urls.base(), what, timeoutMs))),
        timeoutMs));
    return Promise.race(answer, timeout);
  }

  /** The value of cookie {@code name} of this page, or null. */
  private static String cookie(String name) {
    String cookies = DomGlobal.document == null ? null : DomGlobal.document.cookie;
    if (cookies == null) {
      return null;
    }
    for (String pair : cookies.split(";")) {
      String trimmed = pair.trim();
      if (trimmed.startsWith(name + "=")) {
        return Global.decodeURIComponent(trimmed.substring(name.length() + 1));
      }
    }
    return null;
  }
}
