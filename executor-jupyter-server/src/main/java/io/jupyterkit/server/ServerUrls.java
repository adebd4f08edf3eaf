package io.jupyterkit.server;

/**
 * The addresses of one Jupyter server: its REST API under {@code baseUrl} (which carries any prefix, such as
 * JupyterHub's {@code /user/NAME/}) and the kernel channels WebSocket, at the same place with a ws: or wss:
 * scheme unless {@code wsUrl} names another. Plain Java: the glue resolves relative addresses first.
 */
public final class ServerUrls {
  private final String base;
  private final String wsBase;

  /** {@code baseUrl} and {@code wsUrl} (null for the same place as baseUrl) as absolute URLs. */
  public ServerUrls(String baseUrl, String wsUrl) {
    this.base = withSlash(baseUrl);
    this.wsBase = wsUrl == null || wsUrl.isEmpty() ? websocketScheme(base) : websocketScheme(withSlash(wsUrl));
  }

  /** The server's address, ending in a slash. */
  public String base() {
    return base;
  }

  /** The REST resource {@code path} under {@code api/}, e.g. {@code sessions}. */
  public String api(String path) {
    return base + "api/" + path;
  }

  /** A kernel's REST resource: {@code api/kernels/ID} and, when {@code action} is not null, {@code /action}. */
  public String kernel(String kernelId, String action) {
    return api("kernels/" + encode(kernelId) + (action == null ? "" : "/" + action));
  }

  /**
   * The channels WebSocket of {@code kernelId} as client session {@code sessionId}; browsers cannot set headers on
   * a WebSocket, so a token goes in the query ({@code null} or empty for none: the cookie then authenticates).
   */
  public String channels(String kernelId, String sessionId, String token) {
    String url = wsBase + "api/kernels/" + encode(kernelId) + "/channels?session_id=" + encode(sessionId);
    return token == null || token.isEmpty() ? url : url + "&token=" + encode(token);
  }

  static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }

  static String websocketScheme(String url) {
    if (url.startsWith("https:")) {
      return "wss:" + url.substring("https:".length());
    }
    if (url.startsWith("http:")) {
      return "ws:" + url.substring("http:".length());
    }
    return url;
  }

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  private static final String HEX = "0123456789ABCDEF";

  /** {@code value} percent-encoded for a URL path segment or query value (UTF-8, as URLs want). */
  public static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < value.length(); ) {
      int point = value.codePointAt(i);
      i += Character.charCount(point);
      if (point < 128 && UNRESERVED.indexOf(point) >= 0) {
        out.append((char) point);
        continue;
      }
      for (int b : utf8(point)) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 15));
      }
    }
    return out.toString();
  }

  private static int[] utf8(int point) {
    if (point < 0x80) {
      return new int[] {point};
    }
    if (point < 0x800) {
      return new int[] {0xC0 | point >> 6, 0x80 | point & 63};
    }
    if (point < 0x10000) {
      return new int[] {0xE0 | point >> 12, 0x80 | point >> 6 & 63, 0x80 | point & 63};
    }
    return new int[] {0xF0 | point >> 18, 0x80 | point >> 12 & 63, 0x80 | point >> 6 & 63, 0x80 | point & 63};
  }
}
