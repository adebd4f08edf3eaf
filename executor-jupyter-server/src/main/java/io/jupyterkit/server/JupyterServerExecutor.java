package io.jupyterkit.server;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.kernel.ExecutionQueue;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.kernel.KernelState;
import io.jupyterkit.kernel.KernelStateListener;
import io.jupyterkit.kernel.ObservableKernelState;
import io.jupyterkit.kernel.MessageHandler;
import io.jupyterkit.kernel.ShellRequests;
import io.jupyterkit.nbformat.Languages;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import io.jupyterkit.pyodide.PyodideComms;
import java.util.HashMap;
import java.util.Map;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Runs cells on a kernel of a Jupyter server: REST for the kernel's life (kernelspecs, sessions, interrupt,
 * restart, shutdown), the channels WebSocket for its messages. Cells go one at a time, as with Pyodide, so the
 * queue's rules (abort after an error, cancel while waiting) are the element's own. A dropped socket is reopened
 * with the same client session id, so the server replays what the kernel sent meanwhile and the running cell
 * finishes on screen; a kernel the server no longer has (it restarted) is replaced by a new one, and the reader is
 * told that its variables are gone.
 */
public final class JupyterServerExecutor implements Executor, KernelSocket.Listener {
  private static final String KERNEL_INFO_REPLY = "kernel_info_reply";
  /**
   * How often an open socket is checked: a kernel_info_request on the control channel (which ipykernel answers even
   * while a cell runs); a connection that has carried nothing since the previous check is taken as lost, since a
   * network that fails silently closes no WebSocket.
   */
  static final int HEARTBEAT_MS = 15000;
  /**
   * The msg_id prefix of the executor's own requests (heartbeats, handshakes), whose answers no cell sees.
   */
  private static final String OWN_PREFIX = "jupyter-kit-";
  /** How often a handshake's kernel_info_request is sent again while the kernel does not answer. */
  static final int HANDSHAKE_RETRY_MS = 1000;

  private final ServerOptions options;
  private final ServerUrls urls;
  private final ServerRest rest;
  private final ReconnectSchedule schedule;
  private final PyodideComms comms = new PyodideComms(this::sendComm);
  private final ExecutionQueue queue = new ExecutionQueue();
  private final ShellRequests shellRequests = new ShellRequests();
  private final ObservableKernelState state = new ObservableKernelState(
      error -> DomGlobal.console.error("jupyter-kit: a kernel state listener threw", error));
  /**
   * The requests sent that have not both their reply (shell) and the kernel's idle status for them (iopub), with
   * whichever of the two came first, held. The channels are not ordered with each other: outputs may come after the
   * reply, but never after the idle status; the element takes the reply as the end, as from a worker, so it gets the
   * reply only once the idle status is in, and the idle status after it.
   */
  private final Map<String, JupyterMessage[]> awaitingEnd = new HashMap<>();
  /**
   * The client session id: the server replays buffered output to a reconnection with the same one. A restarted
   * kernel gets a new one, since the server would restore the channels buffered for the old kernel's ports.
   */
  private String clientSession = newClientSession();
  private KernelSocket socket;
  /** Between start() and a socket that can carry cells (or a failure). */
  private boolean connecting;
  private boolean ready;
  /** While the server restarts the kernel on request: nothing is sent, even on a socket reopened meanwhile. */
  private boolean restarting;
  private boolean legacyFallback;
  private String kernelName;
  private String kernelId;
  /** The REST session this executor created (deleted on dispose), or null. */
  private String createdSession;
  private boolean createdKernel;
  private String specLanguage;
  private String kernelLanguage;
  private int reconnectAttempt = -1;
  private double reconnectTimer = -1;
  /** What the next cell should say first, about a kernel that changed behind its back; "" when nothing. */
  private String notice = "";
  /** The header of the input_request awaiting its answer, and its content. */
  private Object inputHeader;
  private JsonObject inputRequest;
  private int users;
  private double heartbeatTimer = -1;
  private double handshakeTimer = -1;
  private final Handshake handshake = new Handshake();
  /** Whether anything arrived since the last heartbeat was sent. */
  private boolean heard;

  public JupyterServerExecutor(ServerOptions options) {
    this.options = options;
    String base = new URL(options.baseUrl.isEmpty() ? "/" : options.baseUrl, DomGlobal.document.baseURI).href;
    String ws = options.wsUrl == null ? null : new URL(options.wsUrl, DomGlobal.document.baseURI).href;
    this.urls = new ServerUrls(base, ws);
    this.rest = new ServerRest(urls, options.token, options.requestTimeoutMs);
    this.schedule = new ReconnectSchedule(options.reconnectAttempts);
  }

  private static String newClientSession() {
    return MessageIds.next() + "-" + randomWord() + randomWord();
  }

  private static String randomWord() {
    return Integer.toString((int) (Math.random() * Integer.MAX_VALUE), 36);
  }

  @Override
  public String language() {
    String language = options.language != null ? options.language
        : kernelLanguage != null ? kernelLanguage : specLanguage;
    String normalised = Languages.normalise(language);
    return normalised == null ? Languages.PYTHON : normalised;
  }

  @Override
  public CommProvider commProvider() {
    return comms;
  }

  @Override
  public KernelState state() {
    return state.current();
  }

  @Override
  public Runnable onStateChange(KernelStateListener listener) {
    return state.listen(listener);
  }

  private void setState(KernelState next) {
    state.set(next);
  }


  private void status(String status, String detail) {
    if (options.onStatus != null) {
      try {
        options.onStatus.onStatus(status, detail);
      } catch (Throwable e) {
        DomGlobal.console.error("createJupyterServerExecutor: onStatus threw", e);
      }
    }
  }

  @Override
  public void retain() {
    users++;
  }

  @Override
  public void release() {
    users--;
    if (users <= 0) {
      users = 0;
      dispose();
    }
  }

  // --- The kernel's life ---

  @Override
  public void start() {
    if (connecting || socket != null || reconnectTimer >= 0) {
      return;
    }
    connecting = true;
    status("loading", urls.base());
    setState(ServerStates.connecting(urls.base()));
    rest.get(urls.api("kernelspecs"), "its kernels (api/kernelspecs)").then(specs -> {
      String name = Sessions.kernelName(specs, options.kernelName);
      if (name == null) {
        return Promise.reject(new RestFailure(0, HttpFailures.noSuchKernel(urls.base(),
            String.valueOf(options.kernelName), Sessions.kernelNames(specs))));
      }
      kernelName = name;
      specLanguage = Sessions.language(specs, name);
      setState(ServerStates.startingKernel(name));
      return kernel(name);
    }).then(id -> {
      kernelId = id;
      if (!connecting) {
        // Disposed meanwhile: what was made for it goes too.
        endCreated();
        return null;
      }
      connect();
      return null;
    }).catch_(error -> {
      startFailed(RestFailure.words(error));
      return null;
    });
  }

  /**
   * The kernel to use: the one this executor had if the server still has it, else that of the session with the
   * notebook's path, else a new one (in a new session when there is a path).
   */
  private Promise<String> kernel(String name) {
    if (kernelId != null) {
      String known = kernelId;
      return rest.get(urls.kernel(known, null), "the kernel " + known).then(
          found -> Promise.resolve(known),
          error -> {
            if (RestFailure.status(error) != 404) {
              return Promise.reject(error);
            }
            kernelId = null;
            return kernel(name);
          });
    }
    if (options.path == null || options.path.isEmpty()) {
      return rest.post(urls.api("kernels"), "a new kernel (api/kernels)", new JsonObject().put("name", name))
          .then(kernel -> {
            createdKernel = true;
            return Promise.resolve(idOf(kernel));
          });
    }
    return rest.get(urls.api("sessions"), "its sessions (api/sessions)").then(list -> {
      JsonObject existing = Sessions.withPath(list, options.path);
      if (existing != null) {
        return Promise.resolve(Sessions.kernelId(existing));
      }
      return rest.post(urls.api("sessions"), "a new session (api/sessions)",
          Sessions.newSession(options.path, options.name, name)).then(session -> {
            createdSession = idOf(session);
            return Promise.resolve(Sessions.kernelId(session == null ? null : session.asObject()));
          });
    });
  }

  private static String idOf(JsonValue value) {
    JsonObject object = value == null ? null : value.asObject();
    return object == null ? null : object.getString("id", null);
  }

  private void connect() {
    boolean v1 = !ServerOptions.LEGACY.equals(options.protocol) && !legacyFallback;
    socket = new KernelSocket(urls.channels(kernelId, clientSession, options.token), v1, this);
  }

  @Override
  public void opened(KernelSocket opened) {
    if (opened != socket) {
      return;
    }
    boolean reconnected = reconnectAttempt >= 0;
    connecting = false;
    reconnectAttempt = -1;
    startHeartbeat();
    status(reconnected ? "reconnected" : "ready", kernelName + " " + kernelId);
    if (!restarting) {
      handshake.begin();
      sendHandshake();
    }
  }

  /**
   * Sends nothing until the kernel answers a kernel_info_request over this socket on shell and iopub (sent again
   * each second; see {@link Handshake}): what is sent to a kernel that is still starting, or restarting, can be lost
   * on the way, and so can what iopub publishes before its subscription is in place.
   */
  private void sendHandshake() {
    ready = false;
    stopHandshake();
    KernelSocket shaking = socket;
    if (shaking == null) {
      return;
    }
    shaking.send("shell", toWire(JupyterMessage.kernelInfoRequest(OWN_PREFIX + MessageIds.next())));
    handshakeTimer = DomGlobal.setTimeout(ignored -> {
      handshakeTimer = -1;
      if (shaking != socket || ready) {
        return;
      }
      if (handshake.replaceSocket()) {
        reopen();
      } else {
        sendHandshake();
      }
    }, HANDSHAKE_RETRY_MS);
  }

  private void stopHandshake() {
    if (handshakeTimer >= 0) {
      DomGlobal.clearTimeout(handshakeTimer);
      handshakeTimer = -1;
    }
  }

  /** The kernel answered the handshake: cells go. */
  private void shaken() {
    stopHandshake();
    if (ready || restarting) {
      return;
    }
    ready = true;
    setState(ServerStates.running(queue.running() != null));
    sendNext();
  }

  @Override
  public void closed(KernelSocket closed, boolean wasOpen) {
    if (closed != socket) {
      return;
    }
    socket = null;
    ready = false;
    stopHeartbeat();
    stopHandshake();
    if (wasOpen || reconnectAttempt >= 0) {
      if (reconnectAttempt < 0) {
        reconnectAttempt = 0;
        status("reconnecting", urls.base());
        setState(ServerStates.reconnecting(urls.base()));
        scheduleReconnect();
      } else {
        probeKernel();
      }
      return;
    }
    if (closed.isV1() && ServerOptions.AUTO.equals(options.protocol)) {
      // A server without the v1 subprotocol fails the handshake: the legacy framing it has.
      legacyFallback = true;
      connect();
      return;
    }
    rest.get(urls.kernel(kernelId, null), "the kernel " + kernelId).then(found -> {
      startFailed(HttpFailures.socketRefused(urls.base()));
      return null;
    }, error -> {
      startFailed(RestFailure.words(error));
      return null;
    });
  }

  private void startHeartbeat() {
    stopHeartbeat();
    heard = true;
    KernelSocket watched = socket;
    heartbeatTimer = DomGlobal.setInterval(ignored -> {
      if (watched != socket) {
        return;
      }
      if (!heard) {
        watched.close();
        closed(watched, true);
        return;
      }
      heard = false;
      JupyterMessage probe = new JupyterMessage(OWN_PREFIX + MessageIds.next(), "kernel_info_request", null,
          null, null);
      watched.send("control", toWire(probe));
    }, HEARTBEAT_MS);
  }

  private void stopHeartbeat() {
    if (heartbeatTimer >= 0) {
      DomGlobal.clearInterval(heartbeatTimer);
      heartbeatTimer = -1;
    }
  }

  private void scheduleReconnect() {
    if (!schedule.allows(reconnectAttempt)) {
      String words = KernelEvents.connectionLost(urls.base(), schedule.attempts());
      reconnectAttempt = -1;
      failed(words);
      return;
    }
    reconnectTimer = DomGlobal.setTimeout(ignored -> {
      reconnectTimer = -1;
      reconnectAttempt++;
      connect();
    }, schedule.delayMs(reconnectAttempt));
  }

  /** A reconnection failed: the kernel may be gone (the server restarted), or the server not back yet. */
  private void probeKernel() {
    String probed = kernelId;
    rest.get(urls.kernel(probed, null), "the kernel " + probed).then(found -> {
      scheduleReconnect();
      return null;
    }, error -> {
      if (probed.equals(kernelId) && RestFailure.status(error) == 404) {
        kernelGone();
      } else {
        scheduleReconnect();
      }
      return null;
    });
  }

  /** The server no longer has the kernel: a new one takes its place, and the reader hears that state was lost. */
  private void kernelGone() {
    String words = KernelEvents.serverRestarted(urls.base());
    reconnectAttempt = -1;
    kernelId = null;
    createdSession = null;
    createdKernel = false;
    status("error", words);
    if (queue.running() != null) {
      queue.failRunning("KernelRestarted", words);
    } else {
      notice = words;
    }
    comms.closeAll();
    shellRequests.failAll("KernelRestarted", words);
    awaitingEnd.clear();
    start();
  }

  private void startFailed(String words) {
    connecting = false;
    failed(words);
  }

  /** Nothing can run now: the running cell and the waiting ones say why, and the next Run starts again. */
  private void failed(String words) {
    ready = false;
    stopHeartbeat();
    stopHandshake();
    awaitingEnd.clear();
    if (socket != null) {
      socket.close();
      socket = null;
    }
    status("error", words);
    setState(KernelState.failed(words));
    queue.failRunning("ServerUnavailable", words);
    queue.failWaiting("ServerUnavailable", words);
    shellRequests.failAll("ServerUnavailable", words);
  }

  // --- Cells and requests ---

  @Override
  public void execute(JupyterMessage request, MessageHandler handler) {
    queue.add(request, handler);
    if (ready) {
      sendNext();
    } else {
      start();
    }
  }

  @Override
  public boolean cancel(String requestMsgId) {
    return queue.cancel(requestMsgId);
  }

  private void sendNext() {
    if (!ready || queue.running() != null) {
      return;
    }
    ExecutionQueue.Entry next = queue.start();
    if (next == null) {
      status("idle", "");
      setState(ServerStates.running(false));
      return;
    }
    status("running", next.msgId());
    setState(ServerStates.running(true));
    if (!notice.isEmpty()) {
      queue.deliver(JupyterMessage.stream(next.msgId(), "stderr", notice + "\n"));
      notice = "";
    }
    send("shell", next.request());
  }

  @Override
  public void request(JupyterMessage request, MessageHandler handler) {
    if (!ready) {
      handler.onMessage(JupyterMessage.errorReply(request, "KernelNotRunning",
          "The kernel is not connected yet."));
      return;
    }
    shellRequests.add(request, message -> {
      if (KERNEL_INFO_REPLY.equals(message.msgType())) {
        JsonObject info = message.content().getObject("language_info");
        String name = info == null ? null : info.getString("name", null);
        if (name != null) {
          kernelLanguage = name;
        }
      }
      handler.onMessage(message);
    });
    send("shell", request);
  }

  @Override
  public void inputReply(String value) {
    Object parent = inputHeader;
    inputHeader = null;
    if (parent == null || !ready) {
      return;
    }
    JupyterMessage reply = new JupyterMessage(MessageIds.next(), MessageTypes.INPUT_REPLY, null,
        new JsonObject().put("value", value), null);
    JsPropertyMap<Object> message = toWire(reply);
    message.set("parent_header", parent);
    socket.send("stdin", message);
    // As Jupyter's front ends do (ipykernel does not echo): the cell keeps the prompt and what was typed.
    ExecutionQueue.Entry running = queue.running();
    if (running != null) {
      String prompt = inputRequest.getString("prompt", "");
      boolean password = inputRequest.getBoolean("password", false);
      queue.deliver(JupyterMessage.stream(running.msgId(), "stdout",
          prompt + (password ? dots(value.length()) : value) + "\n"));
    }
  }

  private static String dots(int count) {
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < count; i++) {
      dots.append('·');
    }
    return dots.toString();
  }

  @Override
  public void interrupt() {
    if (kernelId == null || queue.running() == null) {
      return;
    }
    rest.post(urls.kernel(kernelId, "interrupt"), "an interrupt", null).catch_(error -> {
      status("error", RestFailure.words(error));
      return null;
    });
  }

  @Override
  public void restart() {
    queue.failRunning("KernelRestarted", KernelEvents.RESTARTED);
    queue.abortWaiting("the kernel was restarted");
    shellRequests.failAll("KernelRestarted", KernelEvents.RESTARTED);
    awaitingEnd.clear();
    comms.closeAll();
    if (kernelId == null || socket == null) {
      start();
      return;
    }
    ready = false;
    restarting = true;
    status("loading", "restart");
    setState(ServerStates.restarting());
    String restarted = kernelId;
    rest.post(urls.kernel(restarted, "restart"), "a restart", null).then(ignored -> {
      restarting = false;
      if (restarted.equals(kernelId) && socket != null) {
        reopen();
      }
      return null;
    }).catch_(error -> {
      restarting = false;
      failed(RestFailure.words(error));
      return null;
    });
  }

  @Override
  public void dispose() {
    if (reconnectTimer >= 0) {
      DomGlobal.clearTimeout(reconnectTimer);
      reconnectTimer = -1;
    }
    reconnectAttempt = -1;
    connecting = false;
    ready = false;
    stopHeartbeat();
    stopHandshake();
    if (socket != null) {
      socket.close();
      socket = null;
    }
    queue.failRunning("KernelDisposed", "The executor was disposed.");
    queue.abortWaiting("the executor was disposed");
    shellRequests.failAll("KernelDisposed", "The executor was disposed.");
    awaitingEnd.clear();
    comms.closeAll();
    endCreated();
    setState(KernelState.NOT_STARTED);
  }

  /** Shuts down the session or kernel this executor created (not one it reused), and forgets the kernel. */
  private void endCreated() {
    if (createdSession != null) {
      rest.delete(urls.api("sessions/" + ServerUrls.encode(createdSession)), "the end of its session");
    } else if (createdKernel && kernelId != null) {
      rest.delete(urls.kernel(kernelId, null), "the end of its kernel");
    }
    createdSession = null;
    createdKernel = false;
    kernelId = null;
  }

  // --- Messages ---

  @Override
  public void received(KernelSocket from, JsPropertyMap<Object> raw) {
    if (from != socket) {
      return;
    }
    heard = true;
    Object parentHeader = raw.get("parent_header");
    Object parentId = parentHeader == null ? null : Js.asPropertyMap(parentHeader).get("msg_id");
    if ("string".equals(Js.typeof(parentId)) && Js.asString(parentId).startsWith(OWN_PREFIX)) {
      Object header = raw.get("header");
      Object content = raw.get("content");
      Object type = header == null ? null : Js.asPropertyMap(header).get("msg_type");
      Object execution = content == null ? null : Js.asPropertyMap(content).get("execution_state");
      if (handshake.heard("string".equals(Js.typeof(type)) ? Js.asString(type) : "",
          "string".equals(Js.typeof(execution)) ? Js.asString(execution) : "")) {
        shaken();
      }
      return;
    }
    if (comms.receive(raw)) {
      return;
    }
    JupyterMessage message = JupyterMessage.fromJson(JsJson.wrap(raw));
    if (message == null) {
      return;
    }
    Object buffers = raw.get("buffers");
    if (buffers != null && JsArray.isArray(buffers) && Js.<JsArray<Object>>uncheckedCast(buffers).length > 0) {
      message.withBuffers(Js.<JsArray<Object>>uncheckedCast(buffers).asList());
    }
    String type = message.msgType();
    if (MessageTypes.STATUS.equals(type) && message.parentMsgId() == null) {
      String execution = message.content().getString("execution_state", "");
      if ("restarting".equals(execution)) {
        kernelDied(KernelEvents.DIED_RESTARTED, false);
      } else if ("dead".equals(execution)) {
        kernelDied(KernelEvents.DIED_FOR_GOOD, true);
      }
      return;
    }
    if (MessageTypes.INPUT_REQUEST.equals(type)) {
      inputHeader = raw.get("header");
      inputRequest = message.content();
    }
    JupyterMessage[] ends = message.parentMsgId() == null ? null : awaitingEnd.get(message.parentMsgId());
    boolean reply = type.endsWith("_reply");
    if (ends != null && (reply
        || MessageTypes.STATUS.equals(type) && "idle".equals(message.content().getString("execution_state", "")))) {
      ends[reply ? 0 : 1] = message;
      if (ends[0] == null || ends[1] == null) {
        return;
      }
      awaitingEnd.remove(message.parentMsgId());
      route(ends[0]);
      route(ends[1]);
      return;
    }
    route(message);
  }

  private void route(JupyterMessage message) {
    if (shellRequests.deliver(message)) {
      return;
    }
    if (queue.deliver(message) && MessageTypes.EXECUTE_REPLY.equals(message.msgType())) {
      sendNext();
    }
  }

  /** The server says the kernel died: restarted by it ({@code forGood} false), or beyond repair. */
  private void kernelDied(String words, boolean forGood) {
    status("error", words);
    if (queue.running() == null) {
      notice = words;
    }
    queue.failRunning("KernelDied", words);
    shellRequests.failAll("KernelDied", words);
    awaitingEnd.clear();
    comms.closeAll();
    if (forGood) {
      endCreated();
      failed(words);
      return;
    }
    // The states go down, and up once the restarted kernel answers, so the element asks it for its kernel_info.
    setState(ServerStates.restarting());
    reopen();
  }

  /**
   * A new socket for a restarted kernel: the server may have started it on new ports, and only a new connection
   * in a new client session gets channels to those (the old kernel's buffered output is of no use to anyone).
   */
  private void reopen() {
    ready = false;
    clientSession = newClientSession();
    stopHeartbeat();
    stopHandshake();
    if (socket != null) {
      socket.close();
    }
    connect();
  }

  private void sendComm(JsPropertyMap<Object> message) {
    if (!ready) {
      DomGlobal.console.warn("jupyter-kit: a comm message was not sent: the kernel is not connected");
      return;
    }
    stamp(message);
    socket.send("shell", message);
  }

  /** Sends a shell request, whose reply is awaited. */
  private void send(String channel, JupyterMessage message) {
    awaitingEnd.put(message.msgId(), new JupyterMessage[2]);
    socket.send(channel, toWire(message));
  }

  /** {@code message} as the wire has it: this session's header with a date, its buffers. */
  private JsPropertyMap<Object> toWire(JupyterMessage message) {
    JsPropertyMap<Object> js = Js.uncheckedCast(JsJson.toJs(message.toJson()));
    stamp(js);
    JsArray<Object> buffers = new JsArray<>();
    for (Object buffer : message.buffers()) {
      buffers.push(buffer);
    }
    js.set("buffers", buffers);
    return js;
  }

  private void stamp(JsPropertyMap<Object> message) {
    JsPropertyMap<Object> header = Js.uncheckedCast(message.get("header"));
    header.set("session", clientSession);
    header.set("username", "jupyter-kit");
    header.set("date", new JsDate().toISOString());
  }
}
