package io.jupyterkit.pyodide;

import java.util.ArrayList;
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
  private boolean versionStated;
  private int timeoutMs = DEFAULT_TIMEOUT_MS;
  private String workerUrl;
  private String lockFileUrl;
  private List<String> packages = new ArrayList<>();
  private boolean autoloadImports = true;
  private List<String> figureFormats = svgOnly();
  private StatusListener onStatus;
  private Boolean sandbox;
  private List<String> network = new ArrayList<>();

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
    versionStated = version != null && !version.isEmpty();
    this.version = versionStated ? version : DEFAULT_VERSION;
    return this;
  }

  /**
   * How long a candidate may go without progress (no bytes arriving, no step of its start) before the next is tried;
   * a slow but steady download is never cut short. 0 waits for ever.
   */
  public PyodideExecutorOptions timeoutMs(int timeoutMs) {
    this.timeoutMs = Math.max(0, timeoutMs);
    return this;
  }

  /** The worker script's URL; by default the {@code jupyter-kit-worker.js} beside the main bundle. */
  public PyodideExecutorOptions workerUrl(String workerUrl) {
    this.workerUrl = workerUrl;
    return this;
  }

  /**
   * The {@code pyodide-lock.json} that names the installable packages; by default the one beside Pyodide. Point it
   * at your own server to install packages from there.
   */
  public PyodideExecutorOptions lockFileUrl(String lockFileUrl) {
    this.lockFileUrl = lockFileUrl;
    return this;
  }

  /** Packages installed at every start, before any cell runs: Pyodide's own first, then micropip for the rest. */
  public PyodideExecutorOptions packages(List<String> packages) {
    this.packages = new ArrayList<>(packages);
    return this;
  }

  /** Whether each cell's imports are looked up in the lock file and installed before the cell runs. */
  public PyodideExecutorOptions autoloadImports(boolean autoloadImports) {
    this.autoloadImports = autoloadImports;
    return this;
  }

  /**
   * The formats matplotlib figures left open at the end of a cell are captured in: "svg" and/or "png". Unknown
   * names are dropped; nothing left means the default, svg.
   */
  public PyodideExecutorOptions figureFormats(List<String> figureFormats) {
    List<String> known = new ArrayList<>();
    for (String format : figureFormats) {
      if (("svg".equals(format) || "png".equals(format)) && !known.contains(format)) {
        known.add(format);
      }
    }
    this.figureFormats = known.isEmpty() ? svgOnly() : known;
    return this;
  }

  /**
   * Whether Python runs sandboxed, in a worker of an opaque origin (README, "Sandboxed execution"): true always,
   * false never, null (the default) once a notebook loaded from another origin than the page's runs a cell.
   */
  public PyodideExecutorOptions sandbox(Boolean sandbox) {
    this.sandbox = sandbox;
    return this;
  }

  /**
   * What sandboxed code may reach beyond the interpreter's own files: {@code "same-origin"} (the page's origin,
   * without credentials) and/or origins such as {@code "https://api.example.org"}; empty (the default) for nothing.
   * Entries that are neither are ignored by the sandbox (which says so in the console).
   */
  public PyodideExecutorOptions network(List<String> network) {
    this.network = new ArrayList<>(network);
    return this;
  }

  /** Hears the executor's status: loading, installing, ready, running, idle, error. */
  public PyodideExecutorOptions onStatus(StatusListener onStatus) {
    this.onStatus = onStatus;
    return this;
  }

  public StatusListener onStatus() {
    return onStatus;
  }

  public Boolean sandbox() {
    return sandbox;
  }

  public List<String> network() {
    return new ArrayList<>(network);
  }

  public List<String> src() {
    return new ArrayList<>(src);
  }

  public List<String> indexUrl() {
    return new ArrayList<>(indexUrl);
  }

  public String version() {
    return version;
  }

  /** The version the page gave, or null: a release the build did not record loads unverified only when named. */
  public String statedVersion() {
    return versionStated ? version : null;
  }

  public int timeoutMs() {
    return timeoutMs;
  }

  public String workerUrl() {
    return workerUrl;
  }

  public String lockFileUrl() {
    return lockFileUrl;
  }

  public List<String> packages() {
    return new ArrayList<>(packages);
  }

  public boolean autoloadImports() {
    return autoloadImports;
  }

  public List<String> figureFormats() {
    return new ArrayList<>(figureFormats);
  }

  /** The boot candidates these options describe, in the order they are tried. */
  public List<PyodideCandidate> candidates() {
    List<String> sources = new ArrayList<>(src);
    if (sources.isEmpty()) {
      sources.add(cdnUrl(version));
    }
    List<PyodideCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      String source = sources.get(i);
      String index = i < indexUrl.size() ? indexUrl.get(i) : indexUrl.size() == 1 ? indexUrl.get(0) : null;
      candidates.add(new PyodideCandidate(source, index == null ? folderOf(source) : withSlash(index)));
    }
    return candidates;
  }

  /**
   * The CDN address users of the reference expect for a version: {@code pyodide.js}, or {@code pyodide.mjs} from
   * 314 on, which loads only in a module worker.
   */
  public static String cdnUrl(String version) {
    String script = majorVersion(version) >= 314 ? "pyodide.mjs" : "pyodide.js";
    return "https://cdn.jsdelivr.net/pyodide/v" + version + "/full/" + script;
  }

  private static int majorVersion(String version) {
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    return end == 0 || end > 6 ? 0 : Integer.parseInt(version.substring(0, end));
  }

  private static List<String> svgOnly() {
    List<String> formats = new ArrayList<>();
    formats.add("svg");
    return formats;
  }

  /** The folder of a script URL, with its trailing slash: Pyodide looks for its files there. */
  static String folderOf(String url) {
    String path = PyodideCandidate.pathOf(url);
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
