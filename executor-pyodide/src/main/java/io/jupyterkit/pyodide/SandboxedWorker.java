package io.jupyterkit.pyodide;

import elemental2.core.JsArray;
import elemental2.core.Transferable;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLIFrameElement;
import elemental2.dom.MessageChannel;
import elemental2.dom.MessageEvent;
import elemental2.dom.MessagePort;
import io.jupyterkit.protocol.SandboxProtocol;
import jsinterop.base.Js;
import java.util.List;
import jsinterop.base.JsPropertyMap;

/**
 * A worker owned by a hidden {@code <iframe sandbox="allow-scripts">} (no {@code allow-same-origin}): the frame
 * document and its worker have an opaque origin, so Python cannot read the page's cookies, storage or DOM, nor make
 * requests that carry the page's credentials, and the frame's Content-Security-Policy (the network policy) governs
 * what it may fetch. The page hears the frame and the worker only on MessagePorts of its own, and the executor takes
 * only Jupyter messages from the worker. The frame document is {@code jupyter-kit-sandbox.html}, which runs the
 * worker bundle as the frame's host.
 */
final class SandboxedWorker implements WorkerLink {
  /** The sandbox document, beside the worker script. */
  static final String DOCUMENT = "jupyter-kit-sandbox.html";

  private final HTMLIFrameElement frame;
  /** To and from the frame. */
  private final MessagePort port;
  /** From the worker, straight; the other end goes to the worker with the boot request. */
  private final MessagePort fromWorker;
  private final MessagePort toWorker;
  private final Listener listener;
  private boolean memory;

  /**
   * Starts the frame at {@code frameUrl}, which starts the worker at {@code workerUrl} under the network policy that
   * lets it load {@code interpreterFiles} and reach {@code network} (see SandboxPolicy).
   */
  SandboxedWorker(String frameUrl, String workerUrl, boolean module, List<String> interpreterFiles,
      List<String> network, Listener listener) {
    this.listener = listener;
    MessageChannel channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = event -> receive(((MessageEvent<?>) event).data);
    MessageChannel direct = new MessageChannel();
    fromWorker = direct.port1;
    // Whatever the worker posts is taken as the local worker's is: what is not a Jupyter message is dropped.
    fromWorker.onmessage = event -> listener.message(this, ((MessageEvent<?>) event).data);
    toWorker = direct.port2;
    frame = (HTMLIFrameElement) DomGlobal.document.createElement("iframe");
    frame.setAttribute("sandbox", "allow-scripts");
    // Shared memory (interrupt, input()) inside the frame, when the page itself is cross-origin isolated.
    frame.allow = "cross-origin-isolated";
    frame.style.display = "none";
    JsPropertyMap<Object> connect = JsPropertyMap.of();
    connect.set(SandboxProtocol.KIND, SandboxProtocol.CONNECT);
    connect.set(SandboxProtocol.WORKER_URL, workerUrl);
    connect.set(SandboxProtocol.MODULE, module);
    connect.set(SandboxProtocol.FILES, jsArray(interpreterFiles));
    connect.set(SandboxProtocol.NETWORK, jsArray(network));
    boolean[] connected = {false};
    frame.addEventListener("load", event -> {
      if (!connected[0] && frame.contentWindow != null) {
        connected[0] = true;
        // An opaque origin has no name to address it by: "*", and the port is the only way back.
        frame.contentWindow.postMessage(connect, "*",
            new Transferable[] {Js.<Transferable>uncheckedCast(channel.port2)});
      }
    });
    frame.src = frameUrl;
    (DomGlobal.document.body != null ? DomGlobal.document.body : DomGlobal.document.documentElement)
        .appendChild(frame);
  }

  private static JsArray<String> jsArray(List<String> strings) {
    JsArray<String> array = new JsArray<>();
    for (String string : strings) {
      array.push(string);
    }
    return array;
  }

  private void receive(Object data) {
    if (data == null || !"object".equals(Js.typeof(data))) {
      return;
    }
    JsPropertyMap<Object> message = Js.asPropertyMap(data);
    Object kind = message.get(SandboxProtocol.KIND);
    if (SandboxProtocol.MEMORY.equals(kind)) {
      memory = Js.isTruthy(message.get(SandboxProtocol.VALUE));
    } else if (SandboxProtocol.FAILED.equals(kind)) {
      Object reason = message.get(SandboxProtocol.REASON);
      listener.failed(this, "string".equals(Js.typeof(reason)) ? Js.asString(reason) : "");
    }
  }

  private void send(String kind, String key, Object value) {
    JsPropertyMap<Object> message = JsPropertyMap.of();
    message.set(SandboxProtocol.KIND, kind);
    if (key != null) {
      message.set(key, value);
    }
    port.postMessage(message);
  }

  @Override
  public void boot(Object bootRequest) {
    JsPropertyMap<Object> boot = JsPropertyMap.of();
    boot.set(SandboxProtocol.KIND, SandboxProtocol.BOOT);
    boot.set(SandboxProtocol.MESSAGE, bootRequest);
    boot.set(SandboxProtocol.REPLY_PORT, toWorker);
    port.postMessage(boot, new Transferable[] {Js.<Transferable>uncheckedCast(toWorker)});
  }

  @Override
  public void post(Object message) {
    send(SandboxProtocol.POST, SandboxProtocol.MESSAGE, message);
  }

  @Override
  public boolean sharedMemory() {
    return memory;
  }

  @Override
  public void raiseInterrupt() {
    send(SandboxProtocol.INTERRUPT, null, null);
  }

  @Override
  public void cellStarting() {
    send(SandboxProtocol.CELL_STARTING, null, null);
  }

  @Override
  public void answerInput(String value) {
    send(SandboxProtocol.INPUT, SandboxProtocol.VALUE, value);
  }

  @Override
  public void postComm(JsPropertyMap<Object> message, boolean cellRunning) {
    JsPropertyMap<Object> comm = JsPropertyMap.of();
    comm.set(SandboxProtocol.KIND, SandboxProtocol.COMM);
    comm.set(SandboxProtocol.MESSAGE, message);
    comm.set(SandboxProtocol.RUNNING, cellRunning);
    port.postMessage(comm);
  }

  @Override
  public void terminate() {
    port.close();
    fromWorker.close();
    // The frame's document goes, and its worker with it.
    frame.remove();
  }
}
