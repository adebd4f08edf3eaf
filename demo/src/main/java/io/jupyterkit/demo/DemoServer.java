package io.jupyterkit.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the demo on loopback with the headers that make the page cross-origin isolated (COOP/COEP), which
 * SharedArrayBuffer, and so interrupt and synchronous {@code input()}, need; or without them, as a static host such as
 * GitHub Pages serves files. Static files only: the demo pages, the npm package the build wrote, the self-hosted
 * Pyodide from npm, and the ipywidgets wheels with their lock file.
 */
public final class DemoServer implements AutoCloseable {
  private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("ipynb", "application/x-ipynb+json"),
      Map.entry("wasm", "application/wasm"),
      Map.entry("zip", "application/zip"),
      Map.entry("whl", "application/zip"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("map", "application/json"),
      Map.entry("txt", "text/plain; charset=utf-8"));

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  /** URL prefix under which everything is served without the COOP/COEP headers. */
  public static final String NOT_ISOLATED = "/not-isolated/";

  /** Where a static host serves the package's service worker: its root, so that it controls every page. */
  public static final String SERVICE_WORKER = "/coi-serviceworker.js";

  /** URL prefix under which everything is served with {@link #STRICT_POLICY}. */
  public static final String STRICT_CSP = "/strict-csp/";

  /** The strictest Content-Security-Policy the element, the worker, the editor and widgets work under. */
  public static final String STRICT_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"
      + " worker-src 'self'; connect-src 'self'; style-src 'self'";

  /**
   * The sandbox frame's document, which applies a policy of its own: a site-wide one would refuse its worker (a
   * blob: or data: URL), and its 'self' means nothing in an opaque origin, not even the document's own script.
   */
  static final String SANDBOX_DOCUMENT = "jupyter-kit-sandbox.html";

  private static final List<String> SHARED_ASSETS = List.of("/jupyter-kit/", "/pyodide/", "/pyodide-314/",
      "/widgets/", "/test-packages/");

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, Path> mounts;
  private final boolean isolationHeaders;
  private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
  /** The prefixes {@link #addPolicy} serves the same files under. */
  private final List<String> policyPrefixes = new java.util.concurrent.CopyOnWriteArrayList<>();

  private DemoServer(HttpServer server, ExecutorService threads, Map<String, Path> mounts, boolean isolationHeaders) {
    this.server = server;
    this.threads = threads;
    this.mounts = mounts;
    this.isolationHeaders = isolationHeaders;
  }

  /** The folders a repository checkout serves, keyed by URL prefix (longest prefix wins). */
  public static Map<String, Path> repositoryMounts(Path root) {
    Map<String, Path> mounts = new LinkedHashMap<>();
    mounts.put("/jupyter-kit/", root.resolve("npm/target/package"));
    mounts.put("/pyodide/", root.resolve("demo/node_modules/pyodide"));
    mounts.put("/pyodide-314/", root.resolve("demo/node_modules/pyodide-314"));
    mounts.put("/widgets/", root.resolve("demo/target/widgets"));
    mounts.put("/java-sample/", root.resolve("demo/j2cl-sample/target/webapp"));
    mounts.put("/test-vendor/axe-core/", root.resolve("demo/node_modules/axe-core"));
    mounts.put("/", root.resolve("demo/src/main/webapp"));
    return mounts;
  }

  /** The package's service worker in a repository checkout, which a static host serves at {@link #SERVICE_WORKER}. */
  public static Path repositoryServiceWorker(Path root) {
    return root.resolve("npm/target/package/coi-serviceworker.js");
  }

  /** Starts serving on 127.0.0.1:{@code port} with the COOP/COEP headers; port 0 picks a free one. */
  public static DemoServer start(int port, Map<String, Path> mounts) throws IOException {
    return start(port, mounts, true);
  }

  /**
   * Starts serving on 127.0.0.1:{@code port} with no COOP, COEP or CORP header on any response, as static hosts do;
   * port 0 picks a free one.
   */
  public static DemoServer startWithoutIsolationHeaders(int port, Map<String, Path> mounts) throws IOException {
    return start(port, mounts, false);
  }

  private static DemoServer start(int port, Map<String, Path> mounts, boolean isolationHeaders) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "demo-server");
      thread.setDaemon(true);
      return thread;
    });
    DemoServer demo = new DemoServer(server, threads, mounts, isolationHeaders);
    server.createContext("/", demo::handle);
    demo.addPolicy(STRICT_CSP, STRICT_POLICY);
    server.setExecutor(threads);
    server.start();
    return demo;
  }

  /** Serves {@code pathPrefix} with {@code handler} instead of files; tests use it for misbehaving endpoints. */
  public void addHandler(String pathPrefix, com.sun.net.httpserver.HttpHandler handler) {
    server.createContext(pathPrefix, handler);
  }

  /**
   * Serves the same files as the root under {@code pathPrefix} (the prefix taken off), every response with
   * {@code contentSecurityPolicy} (a worker's policy is its script's own response header, not the page's) but the
   * sandbox document, which has its own ({@link #SANDBOX_DOCUMENT}), as a site would serve it.
   */
  public void addPolicy(String pathPrefix, String contentSecurityPolicy) {
    addPolicy(pathPrefix, contentSecurityPolicy, true);
  }

  /** As {@link #addPolicy(String, String)}, the sandbox document included: a site that forgot it. */
  public void addPolicyEverywhere(String pathPrefix, String contentSecurityPolicy) {
    addPolicy(pathPrefix, contentSecurityPolicy, false);
  }

  private void addPolicy(String pathPrefix, String contentSecurityPolicy, boolean sandboxDocumentExempt) {
    String root = pathPrefix.substring(0, pathPrefix.length() - 1);
    policyPrefixes.add(pathPrefix);
    server.createContext(pathPrefix, exchange -> {
      if (!sandboxDocumentExempt || !exchange.getRequestURI().getPath().endsWith("/" + SANDBOX_DOCUMENT)) {
        exchange.getResponseHeaders().set("Content-Security-Policy", contentSecurityPolicy);
      }
      handle(exchange, path -> resolve(mounts, path.substring(root.length())), 0, 0);
    });
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  /** How many requests asked for {@code path} so far (tests use it to see retries). */
  public int requestCount(String path) {
    AtomicInteger count = requestCounts.get(path);
    return count == null ? 0 : count.get();
  }

  /** Serves {@code file} at {@code urlPath} too. */
  public void addFile(String urlPath, Path file) {
    server.createContext(urlPath, exchange -> handle(exchange, path -> path.equals(urlPath) ? file : null, 0, 0));
  }

  /** Serves the files of {@code folder} under {@code prefix} too, e.g. an app a test has just built. */
  public void addFolder(String prefix, Path folder) {
    addThrottledFolder(prefix, folder, 0, 0);
  }

  /**
   * Serves the files of {@code folder} under {@code prefix} slowly but steadily, {@code chunkBytes} every
   * {@code pauseMs}: a slow network, for tests.
   */
  public void addThrottledFolder(String prefix, Path folder, int chunkBytes, long pauseMs) {
    Map<String, Path> mount = Map.of(prefix, folder);
    server.createContext(prefix, exchange -> handle(exchange, path -> resolve(mount, path), chunkBytes, pauseMs));
  }

  private void handle(HttpExchange exchange) throws IOException {
    handle(exchange, path -> resolve(mounts, path), 0, 0);
  }

  private void handle(HttpExchange exchange, java.util.function.Function<String, Path> files, int chunkBytes,
      long pauseMs) throws IOException {
    try (exchange) {
      String path = URI.create(exchange.getRequestURI().toString()).getPath();
      requestCounts.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
      if (path.startsWith(NOT_ISOLATED)) {
        // The same files as a page without cross-origin isolation sees them: what interrupt falls back to.
        path = path.substring(NOT_ISOLATED.length() - 1);
      } else if (isolationHeaders) {
        exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
        exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
        exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", sharedAsset(path) ? "cross-origin"
            : "same-origin");
      }
      if (sharedAsset(path)) {
        // A sandboxed interpreter has an opaque origin: to it, every file here is another origin's.
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
      }
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "method not allowed");
        return;
      }
      Path file = files.apply(path);
      if (file == null || !Files.isRegularFile(file)) {
        send(exchange, 404, "not found: " + path);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", contentType(file));
      // With no-cache, a file fetched ahead (the worker's scripts, prefetch) is revalidated, not sent again.
      long modified = Files.getLastModifiedTime(file).toMillis() / 1000 * 1000;
      exchange.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(Instant.ofEpochMilli(modified)));
      if (notModifiedSince(exchange.getRequestHeaders().getFirst("If-Modified-Since"), modified)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      long size = Files.size(file);
      boolean head = exchange.getRequestMethod().equals("HEAD");
      if (head) {
        exchange.getResponseHeaders().set("Content-Length", Long.toString(size));
      }
      exchange.sendResponseHeaders(200, head ? -1 : size == 0 ? -1 : size);
      if (!head) {
        try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
          if (chunkBytes <= 0) {
            in.transferTo(out);
          } else {
            trickle(in, out, chunkBytes, pauseMs);
          }
        }
      }
    }
  }

  private static void trickle(InputStream in, OutputStream out, int chunkBytes, long pauseMs) throws IOException {
    byte[] chunk = new byte[chunkBytes];
    for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
      out.write(chunk, 0, read);
      out.flush();
      try {
        Thread.sleep(pauseMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  /**
   * Whether {@code path} is a file of the package, Pyodide or the test wheels, which a sandboxed interpreter (an
   * opaque origin) loads: served readable by any origin, as CDNs serve them. The pages and notebooks are not.
   */
  boolean sharedAsset(String path) {
    for (String policyPrefix : policyPrefixes) {
      if (path.startsWith(policyPrefix)) {
        path = path.substring(policyPrefix.length() - 1);
      }
    }
    for (String prefix : SHARED_ASSETS) {
      if (path.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static boolean notModifiedSince(String since, long modified) {
    if (since == null) {
      return false;
    }
    try {
      return !Instant.from(HTTP_DATE.parse(since)).isBefore(Instant.ofEpochMilli(modified));
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The file for a URL path, or null when it is outside every mounted folder. */
  Path resolve(String path) {
    return resolve(mounts, path);
  }

  private static Path resolve(Map<String, Path> mounts, String path) {
    String prefix = null;
    for (String candidate : mounts.keySet()) {
      if (path.startsWith(candidate) && (prefix == null || candidate.length() > prefix.length())) {
        prefix = candidate;
      }
    }
    if (prefix == null) {
      return null;
    }
    Path base = mounts.get(prefix).toAbsolutePath().normalize();
    String rest = path.substring(prefix.length());
    Path file = base.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest).normalize();
    return file.startsWith(base) ? file : null;
  }

  private static String contentType(Path file) {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }

  private static void send(HttpExchange exchange, int status, String text) throws IOException {
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  /**
   * {@code DemoServer [--port N] [--root DIR] [--no-isolation-headers]}: serves until stopped. Without isolation
   * headers it serves as a static host whose owner copied the package's service worker to the site's root, so
   * {@code /test/static-host.html} shows what the service worker brings back.
   */
  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8000"));
    Path root = Path.of(".");
    boolean isolationHeaders = true;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--port") && i + 1 < args.length) {
        port = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--root") && i + 1 < args.length) {
        root = Path.of(args[++i]);
      } else if (args[i].equals("--no-isolation-headers")) {
        isolationHeaders = false;
      }
    }
    DemoServer demo = start(port, repositoryMounts(root), isolationHeaders);
    if (!isolationHeaders) {
      demo.addFile(SERVICE_WORKER, repositoryServiceWorker(root));
    }
    System.out.println("jupyter-kit demo: " + demo.url("/") + (isolationHeaders ? "" : "  (no COOP/COEP headers)")
        + "  (Ctrl+C to stop; under a strict Content-Security-Policy: " + demo.url(STRICT_CSP) + ")");
  }
}
