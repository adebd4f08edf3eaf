package io.jupyterkit.render;

/**
 * What an {@code <iframe>} of notebook HTML may become. Notebook content is hostile, so an embedded page is shown
 * as a placeholder until the reader asks for it, and then always sandboxed: it may run its own scripts, but only a
 * page of another origin keeps its origin (so a video player works); a same-origin page, a {@code srcdoc} or a
 * {@code data:} document gets an opaque origin, as otherwise it could script the notebook's page. Addresses that
 * could run script in the page or name nothing loadable ({@code javascript:}, {@code blob:}, any other scheme) never
 * load.
 */
public final class EmbeddedPage {
  private static final String SANDBOX = "allow-scripts allow-popups allow-presentation allow-forms";
  private static final String[] ALLOWED_FEATURES = {"fullscreen", "picture-in-picture", "autoplay"};

  private enum Source {
    OTHER_ORIGIN,
    SAME_ORIGIN,
    DOCUMENT,
    BLOCKED
  }

  private final Source source;
  private final String detail;

  private EmbeddedPage(Source source, String detail) {
    this.source = source;
    this.detail = detail;
  }

  /**
   * The decision for an iframe whose {@code src} the browser resolved to {@code url} (absolute and normalised, as
   * {@code new URL(src, document.baseURI).href} gives it; null when it could not be resolved), in a page of origin
   * {@code pageOrigin} ({@code location.origin}). A {@code srcdoc}, when present, is what the browser shows instead.
   */
  public static EmbeddedPage of(String url, boolean hasSrcdoc, String pageOrigin) {
    if (hasSrcdoc) {
      return new EmbeddedPage(Source.DOCUMENT, null);
    }
    if (url == null) {
      return new EmbeddedPage(Source.BLOCKED, "its address cannot be read");
    }
    int colon = url.indexOf(':');
    String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase();
    if (scheme.equals("data") || url.equals("about:blank")) {
      return new EmbeddedPage(Source.DOCUMENT, null);
    }
    if ((scheme.equals("http") || scheme.equals("https")) && url.startsWith("//", colon + 1)) {
      int start = colon + 3;
      int end = start;
      while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
        end++;
      }
      String authority = url.substring(start, end);
      String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase();
      if (!host.isEmpty()) {
        boolean same = (scheme + "://" + host).equals(pageOrigin == null ? "" : pageOrigin.toLowerCase());
        return new EmbeddedPage(same ? Source.SAME_ORIGIN : Source.OTHER_ORIGIN, host);
      }
    }
    return new EmbeddedPage(Source.BLOCKED, (scheme.isEmpty() ? "such" : scheme + ":") + " addresses are not loaded");
  }

  /** Whether the page may load at all (after the reader asks, or at once: {@link #loadsAtOnce}). */
  public boolean canLoad() {
    return source != Source.BLOCKED;
  }

  /**
   * Whether the page loads without asking: only a page of another origin when the element allows remote
   * resources, as images of other origins do.
   */
  public boolean loadsAtOnce(boolean allowRemoteResources) {
    return allowRemoteResources && source == Source.OTHER_ORIGIN;
  }

  /** The iframe's {@code sandbox}; null when it may not load. */
  public String sandbox() {
    if (!canLoad()) {
      return null;
    }
    return source == Source.OTHER_ORIGIN ? SANDBOX + " allow-same-origin" : SANDBOX;
  }

  /** What the placeholder says. */
  public String label() {
    switch (source) {
      case DOCUMENT:
        return "Embedded document";
      case BLOCKED:
        return "Embedded page blocked: " + detail;
      default:
        return "Embedded page from " + detail;
    }
  }

  /**
   * The iframe's {@code allow} (permissions policy) kept from {@code allow}: fullscreen, picture-in-picture and
   * autoplay only, each for the embedded page's own origin; null when none is left.
   */
  public static String allow(String allow) {
    if (allow == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (String directive : Strings.split(allow, ';')) {
      String trimmed = directive.trim();
      int space = 0;
      while (space < trimmed.length() && trimmed.charAt(space) > ' ') {
        space++;
      }
      String feature = trimmed.substring(0, space).toLowerCase();
      for (String allowed : ALLOWED_FEATURES) {
        if (allowed.equals(feature) && kept.indexOf(feature) < 0) {
          kept.append(kept.length() == 0 ? "" : "; ").append(feature);
        }
      }
    }
    return kept.length() == 0 ? null : kept.toString();
  }

  /**
   * A CSS length for an iframe's {@code width} or {@code height} attribute (a number of pixels, or a percentage);
   * null when it is neither, so the browser's default size applies.
   */
  public static String cssLength(String dimension) {
    String value = dimension == null ? "" : dimension.trim().toLowerCase();
    String unit = value.endsWith("%") ? "%" : "px";
    String number = value.endsWith("%") ? value.substring(0, value.length() - 1)
        : value.endsWith("px") ? value.substring(0, value.length() - 2) : value;
    if (number.isEmpty() || number.length() > 8) {
      return null;
    }
    int dots = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    return dots > 1 || number.equals(".") ? null : number + unit;
  }
}
