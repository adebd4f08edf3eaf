package io.jupyterkit.java;

import io.jupyterkit.protocol.SandboxPolicy;
import io.jupyterkit.pyodide.StatusListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The options of {@link Executors#pyodide}, the same as {@code createPyodideExecutor}'s in JavaScript (README,
 * "createPyodideExecutor(options)"). Built once and immutable; {@link Builder#build} refuses what JavaScript would
 * only warn about, since a Java caller can fix it at once.
 */
public final class PyodideExecutorOptions {
  /** The executor module's own options, which the JavaScript API also ends in; only the executor gets them. */
  private final io.jupyterkit.pyodide.PyodideExecutorOptions options;

  private PyodideExecutorOptions(io.jupyterkit.pyodide.PyodideExecutorOptions options) {
    this.options = options;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The URLs of {@code pyodide.js} (or {@code .mjs}) tried in order; empty means the CDN for {@link #version}. */
  public List<String> src() {
    return Collections.unmodifiableList(options.src());
  }

  public List<String> indexUrl() {
    return Collections.unmodifiableList(options.indexUrl());
  }

  public String version() {
    return options.version();
  }

  public int timeoutMs() {
    return options.timeoutMs();
  }

  public List<String> packages() {
    return Collections.unmodifiableList(options.packages());
  }

  public boolean autoloadImports() {
    return options.autoloadImports();
  }

  public List<String> figureFormats() {
    return Collections.unmodifiableList(options.figureFormats());
  }

  /** Null: the {@code pyodide-lock.json} beside Pyodide. */
  public String lockFileUrl() {
    return options.lockFileUrl();
  }

  /** Null: the {@code jupyter-kit-worker.js} in the folder given to {@link JupyterKit#setAssetsUrl}. */
  public String workerUrl() {
    return options.workerUrl();
  }

  /** Null: sandboxed once a notebook of another origin runs a cell; true always; false never. */
  public Boolean sandbox() {
    return options.sandbox();
  }

  /** What sandboxed code may reach beyond the interpreter's own files; empty for nothing. */
  public List<String> network() {
    return Collections.unmodifiableList(options.network());
  }

  public StatusListener onStatus() {
    return options.onStatus();
  }

  io.jupyterkit.pyodide.PyodideExecutorOptions toPyodideOptions() {
    return options;
  }

  /** Collects the options; every setter replaces what was set before. */
  public static final class Builder {
    private List<String> src = new ArrayList<>();
    private List<String> indexUrl = new ArrayList<>();
    private String version = io.jupyterkit.pyodide.PyodideExecutorOptions.DEFAULT_VERSION;
    private int timeoutMs = io.jupyterkit.pyodide.PyodideExecutorOptions.DEFAULT_TIMEOUT_MS;
    private List<String> packages = new ArrayList<>();
    private boolean autoloadImports = true;
    private List<String> figureFormats = Collections.singletonList("svg");
    private String lockFileUrl;
    private String workerUrl;
    private Boolean sandbox;
    private List<String> network = new ArrayList<>();
    private StatusListener onStatus;

    private Builder() {}

    /** Where {@code pyodide.js} is, or several places tried in order until one loads. */
    public Builder src(String... urls) {
      src = list(urls);
      return this;
    }

    /** The folders of Pyodide's runtime files: one for every src, or one for them all. Default: each src's folder. */
    public Builder indexUrl(String... folders) {
      indexUrl = list(folders);
      return this;
    }

    /** The Pyodide version of the default CDN address, e.g. "0.26.2". */
    public Builder version(String version) {
      this.version = version;
      return this;
    }

    /** How long a candidate may make no progress before the next is tried; 0 waits for ever. */
    public Builder timeoutMs(int timeoutMs) {
      this.timeoutMs = timeoutMs;
      return this;
    }

    /** Packages installed at every start, before any cell runs. */
    public Builder packages(String... names) {
      packages = list(names);
      return this;
    }

    /** Whether the Pyodide packages a cell imports are installed before it runs. Default true. */
    public Builder autoloadImports(boolean autoloadImports) {
      this.autoloadImports = autoloadImports;
      return this;
    }

    /** "svg" and/or "png": how matplotlib figures still open at the end of a cell are captured. */
    public Builder figureFormats(String... formats) {
      figureFormats = list(formats);
      return this;
    }

    /** The {@code pyodide-lock.json} that lists the installable packages, to install from your own server. */
    public Builder lockFileUrl(String url) {
      lockFileUrl = url;
      return this;
    }

    /** The worker script, if it is not the one in the assets folder. */
    public Builder workerUrl(String url) {
      workerUrl = url;
      return this;
    }

    /**
     * Whether Python runs in a worker of an opaque origin (README, "Sandboxed execution"): true always, false never,
     * null (the default) once a notebook loaded from another origin than the page's runs a cell.
     */
    public Builder sandbox(Boolean sandbox) {
      this.sandbox = sandbox;
      return this;
    }

    /** What sandboxed code may reach: "same-origin" and/or origins such as "https://api.example.org"; default none. */
    public Builder network(String... allowed) {
      network = list(allowed);
      return this;
    }

    public Builder onStatus(StatusListener listener) {
      onStatus = listener;
      return this;
    }

    /** The options, or an {@link IllegalArgumentException} that names the first one that cannot work. */
    public PyodideExecutorOptions build() {
      requireTexts("src", src);
      requireTexts("indexUrl", indexUrl);
      if (indexUrl.size() > 1 && indexUrl.size() != src.size()) {
        throw new IllegalArgumentException("indexUrl: " + indexUrl.size() + " folders for " + src.size()
            + " src URLs; give one for each, or one for all");
      }
      if (version == null || version.isEmpty() || !Character.isDigit(version.charAt(0))) {
        throw new IllegalArgumentException("version: \"" + version + "\" is not a Pyodide version such as 0.26.2");
      }
      if (timeoutMs < 0) {
        throw new IllegalArgumentException("timeoutMs: " + timeoutMs + " is negative; 0 waits for ever");
      }
      requireTexts("packages", packages);
      if (figureFormats.isEmpty()) {
        throw new IllegalArgumentException("figureFormats: name svg, png or both");
      }
      for (String format : figureFormats) {
        if (!"svg".equals(format) && !"png".equals(format)) {
          throw new IllegalArgumentException("figureFormats: \"" + format + "\" is neither svg nor png");
        }
      }
      requireTextOrNull("lockFileUrl", lockFileUrl);
      requireTextOrNull("workerUrl", workerUrl);
      for (String entry : network) {
        if (!SandboxPolicy.validEntry(entry)) {
          throw new IllegalArgumentException("network: \"" + entry + "\" is neither same-origin nor an origin such"
              + " as https://example.org");
        }
      }
      return new PyodideExecutorOptions(new io.jupyterkit.pyodide.PyodideExecutorOptions()
          .src(src)
          .indexUrl(indexUrl)
          .version(version)
          .timeoutMs(timeoutMs)
          .packages(packages)
          .autoloadImports(autoloadImports)
          .figureFormats(figureFormats)
          .lockFileUrl(lockFileUrl)
          .workerUrl(workerUrl)
          .sandbox(sandbox)
          .network(network)
          .onStatus(onStatus));
    }

    private static List<String> list(String[] values) {
      return values == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(values));
    }

    private static void requireTexts(String option, List<String> values) {
      for (String value : values) {
        if (value == null || value.trim().isEmpty()) {
          throw new IllegalArgumentException(option + ": an empty entry");
        }
      }
    }

    private static void requireTextOrNull(String option, String value) {
      if (value != null && value.trim().isEmpty()) {
        throw new IllegalArgumentException(option + ": empty; leave it unset for the default");
      }
    }
  }
}
