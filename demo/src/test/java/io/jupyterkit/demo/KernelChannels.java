package io.jupyterkit.demo;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A bare client of a kernel's channels WebSocket ({@code /api/kernels/ID/channels}) with
 * {@code java.net.http.WebSocket}, token in the Authorization header: either the
 * {@code v1.kernel.websocket.jupyter.org} binary framing or the legacy one JSON text message per Jupyter message.
 * Every message received is kept; tests wait for the ones they expect.
 */
final class KernelChannels implements AutoCloseable {
  static final String V1 = "v1.kernel.websocket.jupyter.org";
  static final Duration WAIT = Duration.ofSeconds(120);

  /** One Jupyter message as received. */
  record Message(String channel, String type, String parentId, JsonObject content) {
    String text(String key) {
      return content.getString(key, null);
    }

    @Override
    public String toString() {
      return channel + " " + type + " (parent " + parentId + ") " + JsonWriter.write(content);
    }
  }

  private final boolean v1;
  private final String session;
  private final List<Message> received = new ArrayList<>();
  private WebSocket socket;
  private String closedBecause;

  private KernelChannels(boolean v1, String session) {
    this.v1 = v1;
    this.session = session;
  }

  /**
   * Opens the channels of {@code kernelId} under {@code baseUrl} ("http://host:port/prefix/") as the Jupyter session
   * {@code session}; {@code v1} chooses the binary subprotocol. Fails if the server refuses the handshake.
   */
  static KernelChannels open(String baseUrl, String token, String kernelId, String session, boolean v1) {
    KernelChannels channels = new KernelChannels(v1, session);
    URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "api/kernels/" + kernelId + "/channels?session_id="
        + session);
    WebSocket.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().newWebSocketBuilder()
        .header("Authorization", "token " + token).connectTimeout(Duration.ofSeconds(30));
    if (v1) {
      builder.subprotocols(V1);
    }
    channels.socket = builder.buildAsync(uri, channels.new Listener()).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
        .join();
    if (v1 && !V1.equals(channels.socket.getSubprotocol())) {
      throw new AssertionError("the server chose subprotocol '" + channels.socket.getSubprotocol() + "'");
    }
    return channels;
  }

  static String newSession() {
    return UUID.randomUUID().toString();
  }

  String session() {
    return session;
  }

  /** Sends an execute_request on the shell channel and returns its msg_id. */
  String execute(String code) {
    JsonObject content = new JsonObject().put("code", code).put("silent", false).put("store_history", true)
        .put("user_expressions", new JsonObject()).put("allow_stdin", false).put("stop_on_error", true);
    return send("shell", "execute_request", content);
  }

  /** Sends a message and returns its msg_id. */
  String send(String channel, String type, JsonObject content) {
    String id = UUID.randomUUID().toString();
    JsonObject header = new JsonObject().put("msg_id", id).put("msg_type", type).put("session", session)
        .put("username", "test").put("version", "5.3").put("date", Instant.now().toString());
    if (v1) {
      byte[][] parts = {
          channel.getBytes(StandardCharsets.UTF_8), utf8(header), utf8(new JsonObject()), utf8(new JsonObject()),
          utf8(content)};
      int offsetCount = parts.length + 1;
      ByteBuffer frame = ByteBuffer.allocate(8 * (offsetCount + 1) + total(parts)).order(ByteOrder.LITTLE_ENDIAN);
      frame.putLong(offsetCount);
      long offset = 8L * (offsetCount + 1);
      frame.putLong(offset);
      for (byte[] part : parts) {
        offset += part.length;
        frame.putLong(offset);
      }
      for (byte[] part : parts) {
        frame.put(part);
      }
      // The JDK's masking reads the buffer eight bytes at a time in its byte order: hand it big-endian.
      frame.flip().order(ByteOrder.BIG_ENDIAN);
      socket.sendBinary(frame, true).join();
    } else {
      JsonObject message = new JsonObject().put("channel", channel).put("header", header)
          .put("parent_header", new JsonObject()).put("metadata", new JsonObject()).put("content", content)
          .put("buffers", new io.jupyterkit.json.JsonArray());
      socket.sendText(JsonWriter.write(message), true).join();
    }
    return id;
  }

  /** Waits for the first message (received so far or later) that {@code test} accepts. */
  Message await(String what, Predicate<Message> test) {
    Message found = awaitWithin(WAIT, test);
    if (found == null) {
      throw new AssertionError("no " + what + (closedBecause() != null ? " before the socket closed ("
          + closedBecause() + ")" : " within " + WAIT.toSeconds() + " s") + "; received:\n" + describe());
    }
    return found;
  }

  /**
   * Waits until the kernel answers a kernel_info_request on shell and its status for it arrives on iopub, asking
   * again each second: after a restart the sockets reconnect one by one, and a kernel that answers before iopub is
   * subscribed again sends its statuses to no one.
   */
  void awaitReady() {
    long deadline = System.nanoTime() + WAIT.toNanos();
    Set<String> requests = new HashSet<>();
    Predicate<Message> idle = m -> requests.contains(m.parentId()) && m.type().equals("status")
        && "idle".equals(m.text("execution_state"));
    Message heard;
    do {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the kernel did not answer on both shell and iopub within " + WAIT.toSeconds()
            + " s; received:\n" + describe());
      }
      requests.add(send("shell", "kernel_info_request", new JsonObject()));
      heard = awaitWithin(Duration.ofSeconds(1), idle);
    } while (heard == null);
    String request = heard.parentId();
    await("the kernel_info_reply to " + request, m -> request.equals(m.parentId())
        && m.type().equals("kernel_info_reply"));
  }

  /** The first message that {@code test} accepts, waiting for it up to {@code wait}; null if none came. */
  private Message awaitWithin(Duration wait, Predicate<Message> test) {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (received) {
      while (true) {
        for (Message message : received) {
          if (test.test(message)) {
            return message;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0 || closedBecause != null) {
          return null;
        }
        try {
          received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
  }

  /** Waits until the connection is closed or broken (by either side). */
  void awaitClosed() {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (received) {
      while (closedBecause == null) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("the socket is still open after " + WAIT.toSeconds() + " s");
        }
        try {
          received.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted", e);
        }
      }
    }
  }

  /** Waits until the kernel is idle again after the request {@code msgId}; returns that request's messages. */
  List<Message> awaitIdle(String msgId) {
    await("status idle after " + msgId, m -> msgId.equals(m.parentId()) && m.type().equals("status")
        && "idle".equals(m.text("execution_state")));
    return messagesOf(msgId);
  }

  List<Message> messagesOf(String msgId) {
    synchronized (received) {
      List<Message> of = new ArrayList<>();
      for (Message message : received) {
        if (msgId.equals(message.parentId())) {
          of.add(message);
        }
      }
      return of;
    }
  }

  /** Runs {@code code} and returns its outputs' text: stdout, results and errors, in order. */
  String run(String code) {
    StringBuilder text = new StringBuilder();
    for (Message message : awaitIdle(execute(code))) {
      switch (message.type()) {
        case "stream" -> text.append(message.text("text"));
        case "execute_result", "display_data" -> text.append(message.content().getObject("data")
            .getString("text/plain", ""));
        case "error" -> text.append(message.text("ename")).append(": ").append(message.text("evalue"));
        default -> { }
      }
    }
    return text.toString();
  }

  String describe() {
    synchronized (received) {
      StringBuilder text = new StringBuilder();
      for (Message message : received) {
        text.append("  ").append(message).append('\n');
      }
      return text.toString();
    }
  }

  /** Why the socket closed, or null while it is open. */
  String closedBecause() {
    synchronized (received) {
      return closedBecause;
    }
  }

  @Override
  public void close() {
    if (closedBecause() == null) {
      socket.abort();
    }
  }

  private void receive(Message message) {
    synchronized (received) {
      received.add(message);
      received.notifyAll();
    }
  }

  private void closed(String why) {
    synchronized (received) {
      closedBecause = why;
      received.notifyAll();
    }
  }

  private static Message parseV1(byte[] frame) {
    ByteBuffer buffer = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
    int count = (int) buffer.getLong(0);
    int[] offsets = new int[count];
    for (int i = 0; i < count; i++) {
      offsets[i] = (int) buffer.getLong(8 * (i + 1));
    }
    String channel = new String(frame, offsets[0], offsets[1] - offsets[0], StandardCharsets.UTF_8);
    JsonObject header = part(frame, offsets, 1);
    JsonObject parent = part(frame, offsets, 2);
    return new Message(channel, header.getString("msg_type", ""), parent.getString("msg_id", null),
        part(frame, offsets, 4));
  }

  private static JsonObject part(byte[] frame, int[] offsets, int index) {
    return JsonParser.parse(new String(frame, offsets[index], offsets[index + 1] - offsets[index],
        StandardCharsets.UTF_8)).asObject();
  }

  private static Message parseJson(String text) {
    JsonObject message = JsonParser.parse(text).asObject();
    JsonValue parent = message.get("parent_header");
    return new Message(message.getString("channel", ""), message.getObject("header").getString("msg_type", ""),
        parent != null && parent.isObject() ? parent.asObject().getString("msg_id", null) : null,
        message.getObject("content"));
  }

  private static byte[] utf8(JsonObject value) {
    return JsonWriter.write(value).getBytes(StandardCharsets.UTF_8);
  }

  private static int total(byte[][] parts) {
    int total = 0;
    for (byte[] part : parts) {
      total += part.length;
    }
    return total;
  }

  private final class Listener implements WebSocket.Listener {
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
      byte[] bytes = new byte[data.remaining()];
      data.get(bytes);
      binary.writeBytes(bytes);
      if (last) {
        try {
          receive(parseV1(binary.toByteArray()));
        } catch (RuntimeException e) {
          closed("unreadable message: " + e);
          return null;
        } finally {
          binary.reset();
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          receive(parseJson(text.toString()));
        } catch (RuntimeException e) {
          closed("unreadable message: " + e);
          return null;
        } finally {
          text.setLength(0);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed("close " + statusCode + " " + reason);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closed(String.valueOf(error));
    }
  }
}
