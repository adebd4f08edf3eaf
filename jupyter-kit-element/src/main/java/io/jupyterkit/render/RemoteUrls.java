package io.jupyterkit.render;

/**
 * Whether a URL in notebook content would make the browser fetch from another origin. Notebook HTML is untrusted:
 * by default such fetches (tracking pixels, remote SVG {@code <use>}, CSS {@code url()}) are blocked.
 */
public final class RemoteUrls {
  private RemoteUrls() {}

  /** True for absolute or protocol-relative URLs whose origin is not {@code pageOrigin} (e.g. http://host:port). */
  public static boolean isRemote(String url, String pageOrigin) {
    String value = url == null ? "" : url.trim().toLowerCase();
    // Browsers ignore tabs and newlines inside URLs; so must this check.
    value = value.replace("\t", "").replace("\n", "").replace("\r", "");
    if (value.startsWith("//") || value.startsWith("\\\\") || value.startsWith("/\\") || value.startsWith("\\/")) {
      return true;
    }
    int colon = value.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String scheme = value.substring(0, colon);
    if (scheme.equals("data") || scheme.equals("blob") || scheme.equals("attachment") || scheme.equals("mailto")) {
      return false;
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      // Not a scheme at all (a colon later in a relative path), or one that fetches nothing here.
      return scheme.indexOf('/') < 0 && scheme.indexOf('?') < 0 && scheme.indexOf('#') < 0;
    }
    String origin = pageOrigin == null ? "" : pageOrigin.toLowerCase();
    return origin.isEmpty() || !(value.equals(origin) || value.startsWith(origin + "/"));
  }

  /** True when CSS text imports or references anything remote via {@code @import} or {@code url()}. */
  public static boolean cssIsRemote(String css, String pageOrigin) {
    String lower = css.toLowerCase();
    if (lower.contains("@import")) {
      return true;
    }
    int from = 0;
    while (true) {
      int start = lower.indexOf("url(", from);
      if (start < 0) {
        return false;
      }
      int end = lower.indexOf(')', start);
      String inside = lower.substring(start + 4, end < 0 ? lower.length() : end).trim();
      if (inside.startsWith("\"") || inside.startsWith("'")) {
        inside = inside.substring(1);
      }
      if (inside.endsWith("\"") || inside.endsWith("'")) {
        inside = inside.substring(0, inside.length() - 1);
      }
      if (isRemote(inside, pageOrigin) || inside.contains("\\")) {
        return true;
      }
      from = start + 4;
    }
  }
}
