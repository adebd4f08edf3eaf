package io.jupyterkit.pyodide.worker;

import io.jupyterkit.json.JsonObject;
import java.util.List;

/**
 * Sentences for what went wrong in the worker: failed downloads with their URL and HTTP status, and Pyodide's or a
 * library's error text cut to its meaningful part. Plain Java, so the wording is tested on the JVM.
 */
final class FailureWords {
  /** What a fetch that never got an answer means, in words. */
  static final String NO_ANSWER = "no answer: the server could not be reached or the browser blocked the request";
  /** A file that downloads but is not the one the lock file lists. */
  static final String CHECKSUM_MISMATCH = "the file does not match the checksum in the lock file";
  /** Longest reason kept; library messages are cut to their first line, then to this. */
  static final int MAX_REASON = 240;

  private static final String PYODIDE_LOAD_FAILED = "Failed to load '";
  private static final String PYODIDE_PACKAGE_HEADING = "The following error occurred while loading ";
  private static final String PYTHON_TRACEBACK = "Traceback (most recent call last)";

  private FailureWords() {}

  /** {@code HTTP 404 Not Found}: the status and its reason phrase, which HTTP/2 servers leave empty. */
  static String httpStatus(int status, String statusText) {
    String words = statusText == null || statusText.trim().isEmpty() ? reasonPhrase(status) : statusText.trim();
    return words.isEmpty() ? "HTTP " + status : "HTTP " + status + " " + words;
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 410: return "Gone";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return "";
    }
  }

  /**
   * Why a file the server sent as {@code contentType} cannot be a script, in words; null when it may be one (a
   * JavaScript type, or none given).
   */
  static String notAScript(String contentType) {
    return contentType != null && !contentType.contains("javascript")
        ? "the server sent it as " + contentType + ", which browsers do not run as a script" : null;
  }

  /** {@code Could not download the kernel files from <url> (HTTP 404 Not Found)}. */
  static String couldNotDownload(String what, String url, String problem) {
    return "Could not download " + what + " from " + url + " (" + problem + ")";
  }

  /** The URL in Pyodide's {@code Failed to load '<url>': request failed.}, or null for any other message. */
  static String pyodideFailedUrl(String message) {
    int start = message == null ? -1 : message.indexOf(PYODIDE_LOAD_FAILED);
    if (start < 0) {
      return null;
    }
    start += PYODIDE_LOAD_FAILED.length();
    int end = message.indexOf('\'', start);
    return end > start ? message.substring(start, end) : null;
  }

  /** The package named by Pyodide's {@code The following error occurred while loading numpy:}, or null. */
  static String pyodidePackageHeading(String line) {
    String text = line == null ? "" : line.trim();
    if (!text.startsWith(PYODIDE_PACKAGE_HEADING) || !text.endsWith(":")) {
      return null;
    }
    return text.substring(PYODIDE_PACKAGE_HEADING.length(), text.length() - 1).trim();
  }

  /**
   * The meaningful part of an error text, on one line: a Python traceback's last line (the exception), otherwise
   * the first line (libraries add hints and links after it), with runs of white space as one space and cut to
   * {@link #MAX_REASON} characters.
   */
  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String kept = null;
    boolean traceback = text.contains(PYTHON_TRACEBACK);
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end).trim();
      if (!line.isEmpty() && !line.startsWith(PYTHON_TRACEBACK)) {
        kept = line;
        if (!traceback) {
          break;
        }
      }
      start = end + 1;
    }
    return cut(oneSpace(kept == null ? "" : kept));
  }

  private static String oneSpace(String text) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String cut(String text) {
    return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1).trim() + "\u2026";
  }

  /** The name part of a package file's name ({@code numpy} for {@code .../numpy-1.26.4-cp312-...whl}). */
  static boolean isFileOf(String url, String packageName) {
    String path = url;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String file = path.substring(path.lastIndexOf('/') + 1);
    int dash = file.indexOf('-');
    String name = dash > 0 ? file.substring(0, dash) : file;
    return canonical(name).equals(canonical(packageName));
  }

  /** A package name as lock files compare them (PEP 503): lower case, runs of {@code -_.} as one {@code -}. */
  static String canonical(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || c == '_' || c == '.') {
        if (out.length() == 0 || out.charAt(out.length() - 1) != '-') {
          out.append('-');
        }
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * {@code {name: reason}} for each of {@code names} that is not {@code loaded}, from what Pyodide's loader told
   * its error callback: for each failed package, a heading line naming it and then the error. A package whose own
   * file loaded but whose dependency failed is told so; a failed download names its URL and what went wrong.
   * {@code rejection} is the loader's own failure, if it gave up altogether.
   */
  static JsonObject packageFailures(List<String> names, List<String> loaded, List<String> errorLines,
      String rejection, DownloadLog downloads) {
    JsonObject byPackage = new JsonObject();
    String other = null;
    String current = null;
    for (String line : errorLines) {
      String heading = pyodidePackageHeading(line);
      if (heading != null) {
        current = heading;
        continue;
      }
      String reason = explainLoadError(line, current, downloads);
      if (current != null) {
        String earlier = byPackage.getString(current, null);
        byPackage.put(current, earlier == null ? reason : earlier + "; " + reason);
        current = null;
      } else if (other == null) {
        other = reason;
      }
    }
    JsonObject failures = new JsonObject();
    for (String name : names) {
      if (containsPackage(loaded, name)) {
        continue;
      }
      String own = reasonFor(byPackage, name);
      String reason;
      if (own != null) {
        reason = own;
      } else if (rejection != null) {
        reason = explainLoadError(rejection, name, downloads);
      } else if (byPackage.size() > 0) {
        String dependency = byPackage.keys().iterator().next();
        reason = "it needs " + dependency + ", which could not be installed: " + byPackage.getString(dependency, "");
      } else {
        reason = other != null ? other : "it was not installed";
      }
      failures.put(name, reason);
    }
    return failures;
  }

  private static boolean containsPackage(List<String> packages, String name) {
    for (String candidate : packages) {
      if (canonical(candidate).equals(canonical(name))) {
        return true;
      }
    }
    return false;
  }

  private static String reasonFor(JsonObject byPackage, String name) {
    for (String key : byPackage.keys()) {
      if (canonical(key).equals(canonical(name))) {
        return byPackage.getString(key, null);
      }
    }
    return null;
  }

  /** One error line of the loader, in words; a download it names (or one of {@code packageName}) with its URL. */
  static String explainLoadError(String message, String packageName, DownloadLog downloads) {
    String url = pyodideFailedUrl(message);
    if (url != null) {
      String absolute = downloads.absolute(url);
      String problem = downloads.problem(absolute);
      return "could not download " + absolute + " (" + (problem != null ? problem : "the request failed") + ")";
    }
    String failed = packageName == null ? null : downloads.failedFileOf(packageName);
    if (failed != null) {
      return "could not download " + failed + " (" + downloads.problem(failed) + ")";
    }
    return shorten(message);
  }
}
