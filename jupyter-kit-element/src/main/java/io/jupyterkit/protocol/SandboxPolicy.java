package io.jupyterkit.protocol;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The network policy of sandboxed execution, as the Content-Security-Policy of the sandbox frame, which its worker
 * inherits: code may fetch, open WebSockets and import scripts only from the folders of the interpreter's own files
 * (Pyodide, its packages, the kernel, the worker script) and from the origins the page allowed. The browser enforces
 * it; nothing in Python is patched. The frame computes it, from what the page sends, so that the page's bundle
 * carries none of this.
 */
public final class SandboxPolicy {
  /** A {@code network} entry that allows the page's own origin (without its credentials: the sandbox has none). */
  public static final String SAME_ORIGIN = "same-origin";
  /** The {@code network} value that allows nothing beyond the interpreter's files; the default. */
  public static final String NONE = "none";

  /** An origin, lower-cased: scheme, host or bracketed IPv6 address, and port (String.matches: J2CL has no Pattern). */
  private static final String ORIGIN = "(https?|wss?)://([a-z0-9.-]+|\\[[0-9a-f:.]+\\])(:[0-9]{1,5})?";

  private SandboxPolicy() {}

  /** Whether {@code entry} can be a {@code network} entry: {@link #SAME_ORIGIN}, or an origin such as https://host. */
  public static boolean validEntry(String entry) {
    return SAME_ORIGIN.equals(entry) || origin(entry) != null;
  }

  /**
   * The policy for an interpreter whose files are at {@code interpreterFiles} (absolute URLs) and that may also reach
   * {@code network} (origins, or {@link #SAME_ORIGIN} for {@code pageOrigin}; empty for none).
   */
  public static String contentSecurityPolicy(List<String> interpreterFiles, List<String> network, String pageOrigin) {
    Set<String> sources = new LinkedHashSet<>();
    for (String file : interpreterFiles) {
      String folder = folderOf(file);
      if (folder != null) {
        sources.add(folder);
      }
    }
    for (String entry : network) {
      String origin = SAME_ORIGIN.equals(entry) ? origin(pageOrigin) : origin(entry);
      if (origin != null) {
        sources.add(origin);
      }
    }
    String list = sources.isEmpty() ? "'none'" : String.join(" ", sources);
    // No worker-src: Chromium then refuses the module worker a data: URL, which it takes from script-src.
    return "connect-src " + list + "; script-src " + (sources.isEmpty() ? "" : list + " ")
        + "'wasm-unsafe-eval' blob: data:";
  }

  /** The origin of an {@code http(s)} or {@code ws(s)} address without a path, or null. */
  public static String origin(String address) {
    if (address == null) {
      return null;
    }
    String trimmed = (address.endsWith("/") ? address.substring(0, address.length() - 1) : address)
        .toLowerCase(Locale.ROOT);
    return trimmed.matches(ORIGIN) ? trimmed : null;
  }

  /**
   * The folder of an absolute http(s) URL, with its trailing slash, as a CSP source that matches everything in it;
   * null for anything else, or for one that holds a character that separates CSP directives or sources.
   */
  public static String folderOf(String url) {
    if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
      return null;
    }
    String path = url;
    for (char end : new char[] {'#', '?'}) {
      int at = path.indexOf(end);
      if (at >= 0) {
        path = path.substring(0, at);
      }
    }
    int slash = path.lastIndexOf('/');
    if (slash < path.indexOf("//") + 2) {
      return null;
    }
    String folder = path.substring(0, slash + 1);
    // What would end the source or the directive (URLs percent-encode spaces and quotes themselves).
    return folder.contains(";") || folder.contains(",") ? null : folder;
  }

  /** The sources the page's options give as {@code network}, with the invalid ones left out. */
  public static List<String> validEntries(List<String> network) {
    List<String> valid = new ArrayList<>();
    for (String entry : network) {
      if (validEntry(entry)) {
        valid.add(entry);
      }
    }
    return valid;
  }
}
