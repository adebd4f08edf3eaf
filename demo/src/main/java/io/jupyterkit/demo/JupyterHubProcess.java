package io.jupyterkit.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's JupyterHub 3.0 ({@code /usr/bin/python3 -m jupyterhub}) on 127.0.0.1 with one user, {@value #USER},
 * whose single-user jupyter-server (same kernelspec and Jupyter folders as {@link JupyterServerProcess}) is
 * reached through the hub's configurable-http-proxy under {@code /user/NAME/}. The hub runs the single-user server
 * as the same system user (SimpleLocalProcessSpawner, DummyAuthenticator) and knows one service whose pre-made
 * token may use every user's server ({@code access:servers}), which is the token {@link #token()} gives: the
 * single-user server accepts it in the Authorization header or as {@code ?token=}, as it accepts users' tokens.
 * Debian's configurable-http-proxy lives in /usr/share/nodejs, which a node from elsewhere does not search:
 * NODE_PATH points there.
 */
public final class JupyterHubProcess implements AutoCloseable {
  static final String USER = "tester";
  private final JupyterServerProcess hub;

  private JupyterHubProcess(JupyterServerProcess hub) {
    this.hub = hub;
  }

  /** Starts the hub and the user's server (allowing {@code allowedOrigins}, or any), and waits until it answers. */
  public static JupyterHubProcess start(String... allowedOrigins) throws IOException {
    Path folder = Files.createTempDirectory("jupyterhub-");
    Map<String, String> environment = new HashMap<>(JupyterServerProcess.jupyterEnvironment(folder));
    environment.put("NODE_PATH", "/usr/share/nodejs:/usr/lib/nodejs");
    Path home = Files.createDirectories(folder.resolve("root"));
    String token = JupyterServerProcess.randomToken();
    int port = JupyterServerProcess.freePort();
    List<String> singleUserOptions = JupyterServerProcess.serverOptions(allowedOrigins);
    Files.writeString(folder.resolve("jupyterhub_config.py"), String.join("\n",
        "c.JupyterHub.bind_url = 'http://127.0.0.1:" + port + "'",
        "c.JupyterHub.hub_bind_url = 'http://127.0.0.1:" + JupyterServerProcess.freePort() + "'",
        "c.ConfigurableHTTPProxy.api_url = 'http://127.0.0.1:" + JupyterServerProcess.freePort() + "'",
        "c.ConfigurableHTTPProxy.pid_file = " + python(folder.resolve("proxy.pid")),
        "c.JupyterHub.db_url = " + python("sqlite:///" + folder.resolve("hub.sqlite")),
        "c.JupyterHub.cookie_secret_file = " + python(folder.resolve("cookie_secret")),
        "c.JupyterHub.authenticator_class = 'dummy'",
        "c.JupyterHub.spawner_class = 'simple'",
        "c.SimpleLocalProcessSpawner.home_dir_template = " + python(home),
        "c.Spawner.cmd = ['/usr/bin/python3', '-m', 'jupyterhub.singleuser']",
        "c.Spawner.args = [" + singleUserOptions.stream().map(JupyterHubProcess::python)
            .collect(Collectors.joining(", ")) + "]",
        "c.Spawner.environment = {" + environment.entrySet().stream()
            .map(e -> python(e.getKey()) + ": " + python(e.getValue())).collect(Collectors.joining(", ")) + "}",
        "c.Spawner.start_timeout = 120",
        "c.Spawner.http_timeout = 120",
        "c.JupyterHub.services = [{'name': 'tests', 'api_token': " + python(token) + "}]",
        "c.JupyterHub.load_roles = [{'name': 'tests', 'scopes': ['admin:users', 'admin:servers', "
            + "'access:servers'], 'services': ['tests']}]",
        ""));
    JupyterServerProcess hub = JupyterServerProcess.launch(folder, List.of("/usr/bin/python3", "-m", "jupyterhub",
        "-f", folder.resolve("jupyterhub_config.py").toString()), environment, port, token, "hub/api/");
    try {
      hub.postToOrigin("hub/api/users/" + USER, "{}", 201);
      hub.postToOrigin("hub/api/users/" + USER + "/server", "{}", 201, 202);
      hub.waitUntilAnswering("user/" + USER + "/api/status");
      hub.usePrefix("user/" + USER + "/");
    } catch (IOException | RuntimeException e) {
      hub.close();
      throw new IllegalStateException("JupyterHub did not start " + USER + "'s server: " + e + "\nIts log:\n"
          + hub.logs(), e);
    }
    return new JupyterHubProcess(hub);
  }

  /** {@code http://127.0.0.1:PORT/user/NAME/}: the user's jupyter-server through the hub's proxy. */
  public String baseUrl() {
    return hub.baseUrl();
  }

  /** A token the user's server accepts (the hub's test service, allowed to access every user's server). */
  public String token() {
    return hub.token();
  }

  public String userName() {
    return USER;
  }

  /** A new notebook session on the user's server; returns its kernel's id. */
  public String kernelOfNewSession(String path) throws IOException {
    return hub.kernelOfNewSession(path);
  }

  /** SIGKILLs the user's kernels (descendants of the hub through the single-user server). */
  public int killKernels() {
    return hub.killKernels();
  }

  /** The hub's, the proxy's, the single-user server's and its kernels' output. */
  public String logs() {
    return hub.logs();
  }

  /** Kills the hub, its proxy, the user's server and kernels, and removes the folder. */
  @Override
  public void close() {
    hub.close();
  }

  private static String python(Object text) {
    return "'" + text.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
