package io.jupyterkit.pyodide.worker;

import io.jupyterkit.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The downloads that failed in this worker, by absolute URL, with what went wrong in words ({@code HTTP 404 Not
 * Found}). Pyodide's loader and micropip say only "request failed" or "Failed to fetch"; the worker watches every
 * fetch, so the message a person reads can name the URL and the status.
 */
class DownloadLog {
  /** Enough for any one boot or install; older entries go first. */
  private static final int LIMIT = 50;

  private final Map<String, String> problems = new LinkedHashMap<>();
  /** Failures since {@link #take()} was last called. */
  private final List<String> recent = new ArrayList<>();

  void record(String url, String problem) {
    problems.remove(url);
    problems.put(url, problem);
    if (problems.size() > LIMIT) {
      problems.remove(problems.keySet().iterator().next());
    }
    recent.remove(url);
    recent.add(url);
    if (recent.size() > LIMIT) {
      recent.remove(0);
    }
  }

  /** What went wrong downloading {@code url} (absolute), or null when nothing did. */
  String problem(String url) {
    return problems.get(url);
  }

  /** {@code url} resolved against the worker's location; the JVM tests see URLs as they are given. */
  String absolute(String url) {
    return url;
  }

  /** The last URL that failed whose file is {@code packageName}'s ({@code numpy-1.26.4-...whl}), or null. */
  String failedFileOf(String packageName) {
    String found = null;
    for (String url : problems.keySet()) {
      if (FailureWords.isFileOf(url, packageName)) {
        found = url;
      }
    }
    return found;
  }

  /** {@code {url: problem}} of the failures since the last call, and forgets that they were recent. */
  JsonObject take() {
    JsonObject taken = new JsonObject();
    for (String url : recent) {
      String problem = problems.get(url);
      if (problem != null) {
        taken.put(url, problem);
      }
    }
    recent.clear();
    return taken;
  }
}
