package io.jupyterkit.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Debian's real jupyter-server ({@code /usr/bin/python3 -m jupyter_server}, python3-jupyter-server 1.23) with
 * python3-ipykernel kernels, on 127.0.0.1, a free port and a random token, for the remote executor's tests and
 * benchmark. Everything it writes lives in one temporary folder: the notebook root, Jupyter's config, data and
 * runtime folders (so no user or system configuration applies), the server's log and a {@code python3} kernelspec
 * whose kernels find ipywidgets 8 and comm from the trixie wheels widgets-comm builds
 * ({@code widgets-comm/target/debian-wheels/site}) ahead of Debian 12's ipywidgets 6; ipywidgets 8 carries its own
 * shim for ipykernel before 6.18, so its comms reach the front end through ipykernel 6.17's comm manager.
 *
 * <p>What the server does, as read in {@code jupyter_server/services/kernels/} and checked by
 * JupyterServerProcessTest:
 * <ul>
 *   <li>Stopping the server (SIGTERM) shuts its kernels down: after {@link #restart()} {@code /api/kernels} and
 *       {@code /api/sessions} are empty, and a client has to create a new session; the token and port stay.
 *   <li>When the last WebSocket of a kernel closes, the server buffers that kernel's messages for the session id
 *       of that connection ({@code session_id} query parameter); a new connection with the same session id gets
 *       them replayed, any other session id does not (and discards the buffer).
 *   <li>A killed kernel is noticed by the server's restarter within a few seconds: open channels receive
 *       {@code status: restarting} and keep working, the kernel comes back under the same id with a fresh
 *       namespace.
 * </ul>
 * Token-authenticated API calls need no XSRF cookie, and skip the origin check (CORS headers only go to the allowed
 * origins, so other pages cannot read the answers); WebSockets from a browser pass the token as {@code ?token=}.
 * A v1 frame whose offset count is garbage (say, written big-endian) makes jupyter-server 1.23 loop on it and stop
 * answering anyone: a client bug shows as a server that hangs.
 */
public final class JupyterServerProcess implements AutoCloseable {
  /** On a slow loaded machine the server's first start (imports, kernelspec scan) can take long. */
  private static final Duration START_DEADLINE = Duration.ofSeconds(120);
  private static final Duration STOP_DEADLINE = Duration.ofSeconds(30);
  /** The packages the kernels take from the trixie wheels rather than from Debian 12. */
  private static final List<String> KERNEL_PACKAGES = List.of("ipywidgets", "comm");

  private final Path folder;
  private final Path log;
  private final List<String> command;
  private final Map<String, String> environment;
  private final int port;
  private final String token;
  private final String readyPath;
  /** The path under the origin where the Jupyter server's own URLs start ("" or a JupyterHub user's prefix). */
  private String prefix = "";
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private final Thread shutdownHook = new Thread(() -> {
    killEverything();
    deleteFolder();
  }, "jupyter-server-shutdown");
  private Process process;
  private final List<ProcessHandle> knownDescendants = new ArrayList<>();
  /** Holds the port while the server is stopped: bound but not listening, so connections are refused. */
  private Socket portHolder;

  private JupyterServerProcess(Path folder, List<String> command, Map<String, String> environment, int port,
      String token, String readyPath) {
    this.readyPath = readyPath;
    this.folder = folder;
    this.log = folder.resolve("server.log");
    this.command = command;
    this.environment = environment;
    this.port = port;
    this.token = token;
  }

  /**
   * Starts a server that allows cross-origin requests from {@code allowedOrigins} (each like
   * {@code http://127.0.0.1:8080}), or from any origin when none are given, and waits until it answers.
   */
  public static JupyterServerProcess start(String... allowedOrigins) throws IOException {
    return start(List.of(), allowedOrigins);
  }

  /** As {@link #start(String...)}, with more {@code --ServerApp...} options (say, to offer only legacy framing). */
  public static JupyterServerProcess start(List<String> extraOptions, String... allowedOrigins) throws IOException {
    Path folder = Files.createTempDirectory("jupyter-server-");
    Map<String, String> environment = jupyterEnvironment(folder);
    Path notebooks = Files.createDirectories(folder.resolve("root"));
    String token = randomToken();
    int port = freePort();
    List<String> command = new ArrayList<>(List.of("/usr/bin/python3", "-m", "jupyter_server", "--no-browser",
        "--ServerApp.ip=127.0.0.1", "--ServerApp.port=" + port, "--ServerApp.port_retries=0",
        "--ServerApp.token=" + token, "--ServerApp.password=", "--ServerApp.root_dir=" + notebooks));
    command.addAll(serverOptions(allowedOrigins));
    command.addAll(extraOptions);
    return launch(folder, command, environment, port, token, "api/status");
  }

  /**
   * Starts {@code command} (a server answering on 127.0.0.1:{@code port}), keeping its output in the folder's
   * server.log, and waits until {@code GET readyPath} with the token answers 200.
   */
  static JupyterServerProcess launch(Path folder, List<String> command, Map<String, String> environment, int port,
      String token, String readyPath) throws IOException {
    JupyterServerProcess server = new JupyterServerProcess(folder, command, environment, port, token, readyPath);
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    try {
      server.launch();
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** The options of every jupyter-server here, the single-user one behind JupyterHub too. */
  static List<String> serverOptions(String... allowedOrigins) {
    List<String> options = new ArrayList<>(List.of("--ServerApp.log_level=INFO", "--ServerApp.allow_root=True",
        "--KernelSpecManager.ensure_native_kernel=False"));
    if (allowedOrigins.length == 0) {
      options.add("--ServerApp.allow_origin=*");
    } else {
      options.add("--ServerApp.allow_origin_pat=^(?:" + Stream.of(allowedOrigins)
          .map(JupyterServerProcess::pythonRegexLiteral).collect(Collectors.joining("|")) + ")$");
    }
    return options;
  }

  /**
   * Jupyter's folders inside {@code folder}, so no user or system configuration applies, with the python3
   * kernelspec whose kernels import ipywidgets 8 and comm from the trixie wheels: the environment to run with.
   */
  static Map<String, String> jupyterEnvironment(Path folder) throws IOException {
    Path root = Path.of(System.getProperty("jupyterkit.root", ".")).toAbsolutePath().normalize();
    Path site = root.resolve("widgets-comm/target/debian-wheels/site");
    for (String name : KERNEL_PACKAGES) {
      if (!Files.isDirectory(site.resolve(name))) {
        throw new IllegalStateException("The kernels need ipywidgets 8 and comm from the trixie wheels, but " + site
            + " has no " + name + ". Build widgets-comm first (mvn install), or run python3 "
            + "widgets-comm/src/build/debian_wheels.py fetch widgets-comm/target/debian-wheels.");
      }
    }
    Path kernelPath = Files.createDirectories(folder.resolve("kernel-site"));
    try (Stream<Path> entries = Files.list(site)) {
      for (Path entry : entries.collect(Collectors.toList())) {
        String name = entry.getFileName().toString();
        if (KERNEL_PACKAGES.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "-"))) {
          Files.createSymbolicLink(kernelPath.resolve(name), entry);
        }
      }
    }
    Path kernelspec = Files.createDirectories(folder.resolve("share/jupyter/kernels/python3"));
    Files.writeString(kernelspec.resolve("kernel.json"), "{\"argv\": [\"/usr/bin/python3\", \"-m\", "
        + "\"ipykernel_launcher\", \"-f\", \"{connection_file}\"], \"display_name\": \"Python 3 (ipykernel, "
        + "ipywidgets 8)\", \"language\": \"python\", \"env\": {\"PYTHONPATH\": " + jsonString(kernelPath.toString())
        + "}}\n");
    return Map.of(
        "JUPYTER_CONFIG_DIR", folder.resolve("config").toString(),
        "JUPYTER_DATA_DIR", folder.resolve("data").toString(),
        "JUPYTER_RUNTIME_DIR", folder.resolve("runtime").toString(),
        "JUPYTER_PATH", folder.resolve("share/jupyter").toString(),
        "JUPYTER_CONFIG_PATH", folder.resolve("config").toString(),
        "IPYTHONDIR", folder.resolve("ipython").toString(),
        "PYTHONDONTWRITEBYTECODE", "1",
        // ipykernel's debugger otherwise warns on every kernel start about Python's frozen modules.
        "PYDEVD_DISABLE_FILE_VALIDATION", "1");
  }

  static String randomToken() {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    return HexFormat.of().formatHex(secret);
  }

  /** {@code http://127.0.0.1:PORT/}, the server's base URL with a trailing slash. */
  public String baseUrl() {
    return origin() + prefix;
  }

  String origin() {
    return "http://127.0.0.1:" + port + "/";
  }

  void usePrefix(String prefix) {
    this.prefix = prefix;
  }

  public int port() {
    return port;
  }

  /** The server's root folder, also the working directory of kernels of notebooks at the top level. */
  public Path rootDir() {
    return folder.resolve("root");
  }

  public String token() {
    return token;
  }

  /** Everything the server (and its kernels) wrote to stdout and stderr since it first started. */
  public String logs() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }

  /** Whether the server process is running (it may not answer yet). */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** Stops the server as a user would (SIGTERM; it shuts its kernels down) and keeps its port reserved. */
  public synchronized void stop() throws IOException {
    if (process == null) {
      return;
    }
    rememberDescendants();
    process.destroy();
    try {
      if (!process.waitFor(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping the Jupyter server", e);
    }
    process = null;
    killRemainingDescendants();
    holdPort();
  }

  /** Starts the server again on the same port, with the same token and root folder, and waits until it answers. */
  public synchronized void restart() throws IOException {
    stop();
    launch();
  }

  /**
   * Kills (SIGKILL) every kernel process of the server, as a crash or the out-of-memory killer would, and returns
   * how many it killed; the server itself keeps running and notices on its own.
   */
  public synchronized int killKernels() {
    if (process == null) {
      return 0;
    }
    List<ProcessHandle> kernels = process.descendants().filter(JupyterServerProcess::isKernel)
        .collect(Collectors.toList());
    for (ProcessHandle kernel : kernels) {
      kernel.destroyForcibly();
    }
    for (ProcessHandle kernel : kernels) {
      kernel.onExit().orTimeout(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS).exceptionally(e -> kernel).join();
    }
    return kernels.size();
  }

  /** The ids of the server's kernels, from {@code GET /api/kernels}. */
  public List<String> kernelIds() throws IOException {
    String body = get("api/kernels");
    List<String> ids = new ArrayList<>();
    Matcher id = Pattern.compile("\"id\":\\s*\"([^\"]+)\"").matcher(body);
    while (id.find()) {
      ids.add(id.group(1));
    }
    return ids;
  }

  /**
   * Creates a notebook session for {@code path} (POST /api/sessions, kernel python3), as a front end opening that
   * notebook does, and returns the id of its kernel (which may still be starting).
   */
  public String kernelOfNewSession(String path) throws IOException {
    String session = post("api/sessions", "{\"path\": " + jsonString(path) + ", \"type\": \"notebook\", \"name\": "
        + jsonString(path) + ", \"kernel\": {\"name\": \"python3\"}}");
    Matcher kernel = Pattern.compile("\"kernel\":\\s*\\{\"id\":\\s*\"([^\"]+)\"").matcher(session);
    if (!kernel.find()) {
      throw new IOException("POST api/sessions answered without a kernel id: " + session);
    }
    return kernel.group(1);
  }

  /** {@code GET} of a path under the base URL with the token; throws with the answer unless it is 200. */
  public String get(String path) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET(), 200);
  }

  /** {@code POST} of a JSON body to a path under the origin (not the prefix) with the token. */
  String postToOrigin(String path, String json, int... expected) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(origin() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), expected);
  }

  /** {@code POST} of a JSON body to a path under the base URL with the token; expects 200 or 201. */
  public String post(String path, String json) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)), 201, 200);
  }

  private String send(HttpRequest.Builder request, int... expected) throws IOException {
    HttpResponse<String> response;
    try {
      response = http.send(request.header("Authorization", "token " + token).timeout(Duration.ofSeconds(60))
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    for (int status : expected) {
      if (response.statusCode() == status) {
        return response.body();
      }
    }
    throw new IOException(response.request().method() + " " + response.uri() + " answered "
        + response.statusCode() + ": " + response.body());
  }

  /** Kills the server and every process it started, and removes its folder. */
  @Override
  public synchronized void close() {
    killEverything();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting: the hook kills everything itself.
    }
    deleteFolder();
  }

  private void deleteFolder() {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  private synchronized void killEverything() {
    if (process != null) {
      rememberDescendants();
      process.destroyForcibly();
      try {
        process.waitFor(STOP_DEADLINE.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      process = null;
    }
    killRemainingDescendants();
    releasePort();
  }

  private void launch() throws IOException {
    releasePort();
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
    waitUntilAnswering(readyPath);
  }

  /** Waits until {@code GET path} (under the origin) answers 200, or fails with the server's log. */
  void waitUntilAnswering(String path) throws IOException {
    long deadline = System.nanoTime() + START_DEADLINE.toNanos();
    IOException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The Jupyter server exited with status " + process.exitValue()
            + " before answering on " + baseUrl() + ". Its log:\n" + logs());
      }
      try {
        send(HttpRequest.newBuilder(URI.create(origin() + path)).GET(), 200);
        return;
      } catch (IOException e) {
        last = e;
      }
      try {
        process.waitFor(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the Jupyter server", e);
      }
    }
    throw new IllegalStateException("The Jupyter server did not answer GET " + origin() + path + " within "
        + START_DEADLINE.toSeconds() + " s (last: " + last + "). Its log:\n" + logs());
  }

  private void rememberDescendants() {
    if (process != null) {
      process.descendants().forEach(knownDescendants::add);
    }
  }

  /** Kernels outlive a killed server (they are reparented): kill those still running. */
  private void killRemainingDescendants() {
    for (ProcessHandle descendant : knownDescendants) {
      if (descendant.isAlive()) {
        descendant.destroyForcibly();
      }
    }
    knownDescendants.clear();
  }

  private static boolean isKernel(ProcessHandle process) {
    return process.info().arguments().map(args -> Stream.of(args).anyMatch(a -> a.contains("ipykernel")))
        .orElse(process.info().commandLine().map(line -> line.contains("ipykernel")).orElse(false));
  }

  private void holdPort() {
    try {
      Socket holder = new Socket();
      holder.setReuseAddress(true);
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      portHolder = holder;
    } catch (IOException e) {
      // Something else took the port meanwhile: restart() will then fail with the server's own message.
    }
  }

  private void releasePort() {
    if (portHolder != null) {
      try {
        portHolder.close();
      } catch (IOException e) {
        // Closing a bound, unconnected socket does not fail in practice.
      }
      portHolder = null;
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** {@code text} as a literal in a Python regular expression (Python knows no \Q...\E quoting). */
  private static String pythonRegexLiteral(String text) {
    return text.replaceAll("([^A-Za-z0-9])", "\\\\$1");
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
