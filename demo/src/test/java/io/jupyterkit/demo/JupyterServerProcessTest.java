package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The test fixture itself against Debian's real jupyter-server and ipykernel: sessions over REST, the kernel
 * channels over a bare WebSocket in both framings, ipywidgets 8 in the kernel, a killed kernel, a dropped
 * connection whose output the server replays to the same session, a bad token, CORS, and a server restart.
 */
class JupyterServerProcessTest {
  private static final String PAGE_ORIGIN = "http://127.0.0.1:1234";
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static JupyterServerProcess server;

  @BeforeAll
  static void startServer() throws IOException {
    server = JupyterServerProcess.start(PAGE_ORIGIN);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void runsCellsOverTheV1SubprotocolWithIpywidgets8() throws IOException {
    String kernel = server.kernelOfNewSession("v1.ipynb");
    assertTrue(server.kernelIds().contains(kernel), server.kernelIds().toString());
    try (KernelChannels channels = KernelChannels.open(server.baseUrl(), server.token(), kernel,
        KernelChannels.newSession(), true)) {
      assertEquals("2", channels.run("1+1"));
      String version = channels.run("import ipywidgets; print(ipywidgets.__version__)");
      assertTrue(version.startsWith("8."), "ipywidgets in the kernel: " + version);
      String slider = channels.execute("ipywidgets.IntSlider(value=7)");
      KernelChannels.Message open = channels.await("the slider's comm_open", m -> slider.equals(m.parentId())
          && m.type().equals("comm_open") && "IntSliderModel".equals(m.content().getObject("data")
              .getObject("state").getString("_model_name", null)));
      assertEquals("jupyter.widget", open.text("target_name"));
      assertEquals(7, open.content().getObject("data").getObject("state").getInt("value"), open.toString());
      channels.awaitIdle(slider);
    }
  }

  @Test
  void runsCellsOverTheLegacyJsonFraming() throws IOException {
    String kernel = server.kernelOfNewSession("legacy.ipynb");
    try (KernelChannels channels = KernelChannels.open(server.baseUrl(), server.token(), kernel,
        KernelChannels.newSession(), false)) {
      assertEquals("2", channels.run("1+1"));
      assertTrue(channels.run("import ipywidgets; print(ipywidgets.__version__)").startsWith("8."));
    }
  }

  @Test
  void aKilledKernelIsRestartedWithAFreshNamespace() throws IOException {
    String kernel = server.kernelOfNewSession("killed.ipynb");
    try (KernelChannels channels = KernelChannels.open(server.baseUrl(), server.token(), kernel,
        KernelChannels.newSession(), true)) {
      assertEquals("", channels.run("answer = 42"));
      assertEquals("42", channels.run("answer"));
      assertTrue(server.killKernels() >= 1, "no kernel process found under the server");
      channels.await("status restarting", m -> m.type().equals("status")
          && "restarting".equals(m.text("execution_state")));
      channels.awaitReady();
      assertEquals("NameError: name 'answer' is not defined", channels.run("answer"), "on the same socket");
    }
    assertTrue(server.kernelIds().contains(kernel), "the restarted kernel keeps its id: " + server.kernelIds());
  }

  @Test
  void aDroppedConnectionGetsTheOutputItMissedReplayedToTheSameSession() throws Exception {
    String kernel = server.kernelOfNewSession("dropped.ipynb");
    String session = KernelChannels.newSession();
    try (DroppingProxy proxy = DroppingProxy.start(server.port())) {
      String cell = runCellWhileDisconnected(proxy, kernel, session, "dropped");
      try (KernelChannels again = KernelChannels.open(proxy.url(), server.token(), kernel, session, true)) {
        again.await("the missed output replayed", m -> cell.equals(m.parentId()) && m.type().equals("stream")
            && m.text("text").contains("while disconnected"));
        again.await("the missed result replayed", m -> cell.equals(m.parentId())
            && m.type().equals("execute_result"));
        again.awaitIdle(cell);
        assertEquals("42", again.run("_"));
      }
    }
  }

  @Test
  void anotherSessionDoesNotGetTheMissedOutput() throws Exception {
    String kernel = server.kernelOfNewSession("other-session.ipynb");
    try (DroppingProxy proxy = DroppingProxy.start(server.port())) {
      String cell = runCellWhileDisconnected(proxy, kernel, KernelChannels.newSession(), "other");
      try (KernelChannels other = KernelChannels.open(proxy.url(), server.token(), kernel,
          KernelChannels.newSession(), true)) {
        assertEquals("42", other.run("_"), "the cell did finish");
        assertEquals(List.of(), other.messagesOf(cell), "replayed to another session");
      }
    }
  }

  /**
   * Runs a cell through the proxy that prints once, then, once the connection is dropped and the server has
   * noticed, prints again and evaluates 6 * 7 while no client is connected; returns the cell's msg_id.
   */
  private static String runCellWhileDisconnected(DroppingProxy proxy, String kernel, String session, String name)
      throws Exception {
    Path go = server.rootDir().resolve(name + ".go");
    Path done = server.rootDir().resolve(name + ".done");
    String cell;
    try (KernelChannels channels = KernelChannels.open(proxy.url(), server.token(), kernel, session, true)) {
      cell = channels.execute("import os, time\nprint('before the drop', flush=True)\n"
          + "while not os.path.exists('" + go.getFileName() + "'): time.sleep(0.02)\n"
          + "print('while disconnected', flush=True)\n" + markAfterIdle(done.getFileName().toString()) + "6 * 7");
      channels.await("output before the drop", m -> m.type().equals("stream")
          && m.text("text").contains("before the drop"));
      proxy.refuse();
      proxy.dropConnections();
      channels.awaitClosed();
    }
    waitFor("the server to notice the dropped connection", () -> connections(kernel) == 0);
    Files.createFile(go);
    // jupyter-server 1.23's reconnect handshake (nudge) swallows an iopub message that reaches it while it runs,
    // so the test reconnects only once the kernel has sent the cell's last message. (The server's own record of
    // the kernel's state cannot say so: under load its activity monitor sometimes never hears the kernel.)
    waitFor("the cell to finish while disconnected", () -> Files.exists(done));
    proxy.accept();
    return cell;
  }

  /**
   * Python for the end of a cell that creates {@code file} once ipykernel has handed the cell's idle status to its
   * IOPub thread and that thread has sent it: the only point after which the kernel sends nothing more for it.
   */
  private static String markAfterIdle(String file) {
    return "_kernel = get_ipython().kernel\n_publish_status = _kernel._publish_status\n"
        + "def _mark_after_idle(status, *args, **kwargs):\n"
        + "    _publish_status(status, *args, **kwargs)\n"
        + "    if status == 'idle':\n"
        + "        _kernel._publish_status = _publish_status\n"
        + "        _kernel.iopub_socket.io_thread.schedule(lambda: open('" + file + "', 'w').close())\n"
        + "_kernel._publish_status = _mark_after_idle\n";
  }

  @Test
  void aBadTokenIsRefused() throws IOException, InterruptedException {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
        URI.create(server.baseUrl() + "api/kernels")).header("Authorization", "token not-" + server.token()).timeout(KernelChannels.WAIT).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, answer.statusCode());
    String kernel = server.kernelOfNewSession("bad-token.ipynb");
    CompletionException refused = assertThrows(CompletionException.class, () -> KernelChannels.open(
        server.baseUrl(), "not-" + server.token(), kernel, KernelChannels.newSession(), true));
    assertEquals(403, ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
  }

  /** What a browser checks before it lets a page read an answer: the preflight and the real request's header. */
  @Test
  void letsPagesOfTheGivenOriginOnlyReadItsAnswers() throws IOException, InterruptedException {
    assertEquals(PAGE_ORIGIN, allowedOrigin(PAGE_ORIGIN, "OPTIONS"));
    assertEquals(PAGE_ORIGIN, allowedOrigin(PAGE_ORIGIN, "GET"));
    assertEquals("", allowedOrigin("http://127.0.0.1:4321", "GET"));
  }

  private static String allowedOrigin(String origin, String method) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "api/status"))
        .method(method, HttpRequest.BodyPublishers.noBody()).header("Origin", origin).timeout(KernelChannels.WAIT);
    if (method.equals("OPTIONS")) {
      request.header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization");
    } else {
      request.header("Authorization", "token " + server.token());
    }
    HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(answer.statusCode() < 300, method + " answered " + answer.statusCode());
    return answer.headers().firstValue("Access-Control-Allow-Origin").orElse("");
  }

  @Test
  void aRestartKeepsPortTokenAndRootButNotTheKernels() throws IOException {
    try (JupyterServerProcess own = JupyterServerProcess.start()) {
      own.kernelOfNewSession("restart.ipynb");
      Files.writeString(own.rootDir().resolve("kept.txt"), "kept");
      own.stop();
      assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), own.port()).close());
      own.restart();
      assertTrue(own.get("api/contents/kept.txt").contains("kept.txt"));
      assertEquals(List.of(), own.kernelIds());
      assertEquals("[]", own.get("api/sessions").trim());
    }
  }

  private static int connections(String kernel) {
    Integer count = kernelModel(kernel).getInt("connections");
    return count == null ? -1 : count;
  }

  private static JsonObject kernelModel(String kernel) {
    try {
      return JsonParser.parse(server.get("api/kernels/" + kernel)).asObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Waits for a condition the test cannot be told about, checking it often, up to a generous deadline. */
  static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + KernelChannels.WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + "; server log:\n" + server.logs());
      }
      Thread.sleep(Duration.ofMillis(20).toMillis());
    }
  }
}
