package io.jupyterkit.pyodide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The options of {@code createPyodideExecutor}, as users of the reference know them. From Java, set what you need
 * and pass the object to {@link PyodideExecutor}; from JavaScript, pass a plain object with the same names.
 */
public final class PyodideExecutorOptions {
  public static final String DEFAULT_VERSION = "0.26.2";
  public static final int DEFAULT_TIMEOUT_MS = 10000;

  private List<String> src = new ArrayList<>();
  private List<String> indexUrl = new ArrayList<>();
  private String version = DEFAULT_VERSION;
  private int timeoutMs = DEFAULT_TIMEOUT_MS;
  private String workerUrl;
  private StatusListener onStatus;

  /** Where to load {@code pyodide.js} from, tried in order until one loads; empty means the CDN for the version. */
  public PyodideExecutorOptions src(List<String> src) {
    this.src = new ArrayList<>(src);
    return this;
  }

  /** The folders of Pyodide's runtime files, paired with {@link #src} by position; else each src's folder. */
  public PyodideExecutorOptions indexUrl(List<String> indexUrl) {
    this.indexUrl = new ArrayList<>(indexUrl);
    return this;
  }

  /** The Pyodide version the default CDN address is built for. */
  public PyodideExecutorOptions version(String version) {
    this.version = version == null || version.isEmpty() ? DEFAULT_VERSION : version;
    return this;
  }

  /** How long each candidate may take to boot before the next is tried; 0 waits for ever. */
  public PyodideExecutorOptions timeoutMs(int timeoutMs) {
    this.timeoutMs = Math.max(0, timeoutMs);
    return this;
  }

  /** The worker script's URL; by default the {@code jupyter-kit-worker.js} beside the main bundle. */
  public PyodideExecutorOptions workerUrl(String workerUrl) {
    this.workerUrl = workerUrl;
    return this;
  }

  /** Hears the executor's status: loading, ready, running, idle, error. */
  public PyodideExecutorOptions onStatus(StatusListener onStatus) {
    this.onStatus = onStatus;
    return this;
  }

  public StatusListener onStatus() {
    return onStatus;
  }

  public List<String> src() {
    return Collections.unmodifiableList(src);
  }

  public List<String> indexUrl() {
    return Collections.unmodifiableList(indexUrl);
  }

  public String version() {
    return version;
  }

  public int timeoutMs() {
    return timeoutMs;
  }

  public String workerUrl() {
    return workerUrl;
  }

  /** The boot candidates these options describe, in the order they are tried. */
  public List<PyodideCandidate> candidates() {
    List<String> sources = src.isEmpty() ? Collections.singletonList(cdnUrl(version)) : src;
    List<PyodideCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      String source = sources.get(i);
      String index = i < indexUrl.size() ? indexUrl.get(i) : indexUrl.size() == 1 ? indexUrl.get(0) : null;
      candidates.add(new PyodideCandidate(source, index == null ? folderOf(source) : withSlash(index)));
    }
    return candidates;
  }

  /** The CDN address users of the reference expect for a version. */
  public static String cdnUrl(String version) {
    return "https://cdn.jsdelivr.net/pyodide/v" + version + "/full/pyodide.js";
  }

  /** The folder of a script URL, with its trailing slash: Pyodide looks for its files there. */
  static String folderOf(String url) {
    int end = url.length();
    int query = url.indexOf('?');
    if (query >= 0) {
      end = query;
    }
    int hash = url.indexOf('#');
    if (hash >= 0 && hash < end) {
      end = hash;
    }
    return url.substring(0, url.lastIndexOf('/', end - 1) + 1);
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
