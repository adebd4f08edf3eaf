package io.jupyterkit.pyodide.worker;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.Transferable;
import elemental2.dom.Blob;
import elemental2.dom.BlobPropertyBag;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.MessageEvent;
import elemental2.dom.MessagePort;
import elemental2.dom.URL;
import elemental2.dom.Worker;
import elemental2.dom.WorkerOptions;
import io.jupyterkit.interop.WorkerMemory;
import io.jupyterkit.protocol.SandboxPolicy;
import io.jupyterkit.protocol.SandboxProtocol;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The worker bundle's other role, in the sandbox frame ({@code jupyter-kit-sandbox.html}, opaque origin): it takes
 * its parent's one connect message, applies the network policy the page computed as the frame's
 * Content-Security-Policy, which the worker inherits, starts the worker, and passes on what the page sends it; the
 * worker answers the page directly, on a port the page sent with the boot request.
 * It owns the worker's shared memory, which cannot pass from the page to an opaque origin, and does the page's
 * interrupts, input() answers and comm inbox for it.
 */
final class SandboxFrame {
  private final MessagePort port;
  private final Worker worker;
  private WorkerMemory memory;
  /** Why the document's own policy refused the worker, once it has. */
  private String refusal;

  private static boolean connected;

  private SandboxFrame(MessagePort port, String workerUrl, boolean module, String policy) {
    this.port = port;
    Element meta = DomGlobal.document.createElement("meta");
    meta.setAttribute("http-equiv", "Content-Security-Policy");
    meta.setAttribute("content", policy);
    DomGlobal.document.head.appendChild(meta);
    // A policy of the document's own (a site-wide header) that refuses the worker says so in an event, which may
    // come after the worker's error.
    DomGlobal.document.addEventListener("securitypolicyviolation", event -> {
      Object blocked = Js.asPropertyMap(event).get("blockedURI");
      if ("blob".equals(blocked) || "data".equals(blocked)) {
        refusal = "the Content-Security-Policy of " + DomGlobal.location.href + " does not allow its worker ("
            + Js.asPropertyMap(event).get("effectiveDirective") + "): serve it without the site's policy (it"
            + " applies its own), or with one that has no worker-src and allows blob: data: in script-src";
      }
    });
    worker = startWorker(workerUrl, module);
    worker.onerror = event -> {
      if (event.message != null && !event.message.isEmpty()) {
        send(SandboxProtocol.FAILED, SandboxProtocol.REASON, event.message);
      } else {
        DomGlobal.setTimeout(ignored -> send(SandboxProtocol.FAILED, SandboxProtocol.REASON,
            refusal == null ? "" : refusal), 0);
      }
    };
    port.onmessage = event -> receive(((MessageEvent<?>) event).data);
  }

  /** Runs once the bundle has loaded in a window. */
  static void start() {
    DomGlobal.window.addEventListener("message", event -> {
      MessageEvent<?> message = Js.uncheckedCast(event);
      if (connected || message.source != DomGlobal.window.parent || message.data == null
          || !"object".equals(Js.typeof(message.data)) || message.ports.length != 1) {
        return;
      }
      JsPropertyMap<Object> connect = Js.asPropertyMap(message.data);
      Object workerUrl = connect.get(SandboxProtocol.WORKER_URL);
      if (!SandboxProtocol.CONNECT.equals(connect.get(SandboxProtocol.KIND))
          || !"string".equals(Js.typeof(workerUrl))) {
        return;
      }
      connected = true;
      List<String> network = strings(connect.get(SandboxProtocol.NETWORK));
      if (SandboxPolicy.validEntries(network).size() < network.size()) {
        DomGlobal.console.warn("jupyter-kit: the network option's entries that are neither 'same-origin' nor an"
            + " origin such as https://example.org are ignored");
      }
      // The page's origin as the browser names the sender: what 'same-origin' allows.
      String policy = SandboxPolicy.contentSecurityPolicy(strings(connect.get(SandboxProtocol.FILES)),
          SandboxPolicy.validEntries(network), message.origin);
      new SandboxFrame(message.ports.getAt(0), Js.asString(workerUrl),
          Js.isTruthy(connect.get(SandboxProtocol.MODULE)), policy);
    });
  }

  private static List<String> strings(Object value) {
    List<String> strings = new ArrayList<>();
    if (JsArray.isArray(value)) {
      JsArray<Object> items = Js.uncheckedCast(value);
      for (int i = 0; i < items.length; i++) {
        if ("string".equals(Js.typeof(items.getAt(i)))) {
          strings.add(Js.asString(items.getAt(i)));
        }
      }
    }
    return strings;
  }

  /**
   * An opaque origin may not start a worker from an http(s) URL, only from one of its own making, which then loads
   * the script: a blob: URL for a classic worker (cross-origin isolated like the frame); a data: URL for a module
   * worker, the only kind Chromium starts there (not isolated: its shared memory is the frame's, passed in).
   */
  private static Worker startWorker(String workerUrl, boolean module) {
    WorkerOptions options = WorkerOptions.create();
    options.setType(module ? "module" : "classic");
    String url = Global.JSON.stringify(workerUrl);
    if (module) {
      return new Worker("data:text/javascript," + Global.encodeURIComponent("import " + url + ";"), options);
    }
    BlobPropertyBag type = BlobPropertyBag.create();
    type.setType("text/javascript");
    Blob loader = new Blob(new Blob.ConstructorBlobPartsArrayUnionType[] {
        Blob.ConstructorBlobPartsArrayUnionType.of("importScripts(" + url + ");")}, type);
    return new Worker(URL.createObjectURL(loader), options);
  }

  private void receive(Object data) {
    if (data == null || !"object".equals(Js.typeof(data))) {
      return;
    }
    JsPropertyMap<Object> message = Js.asPropertyMap(data);
    Object kind = message.get(SandboxProtocol.KIND);
    if (SandboxProtocol.POST.equals(kind)) {
      worker.postMessage(message.get(SandboxProtocol.MESSAGE));
    } else if (SandboxProtocol.BOOT.equals(kind)) {
      Object boot = message.get(SandboxProtocol.MESSAGE);
      memory = WorkerMemory.share(boot);
      send(SandboxProtocol.MEMORY, SandboxProtocol.VALUE, memory != null);
      // The page's port for the worker's messages, which then go straight to the page.
      Object replyPort = message.get(SandboxProtocol.REPLY_PORT);
      Js.asPropertyMap(boot).set(SandboxProtocol.REPLY_PORT, replyPort);
      worker.postMessage(boot, new Transferable[] {Js.<Transferable>uncheckedCast(replyPort)});
    } else if (SandboxProtocol.COMM.equals(kind)) {
      JsPropertyMap<Object> comm = Js.asPropertyMap(message.get(SandboxProtocol.MESSAGE));
      if (memory == null || !memory.offerComm(comm, Js.isTruthy(message.get(SandboxProtocol.RUNNING)))) {
        worker.postMessage(comm);
      }
    } else if (memory != null && SandboxProtocol.INTERRUPT.equals(kind)) {
      memory.raiseInterrupt();
    } else if (memory != null && SandboxProtocol.CELL_STARTING.equals(kind)) {
      memory.cellStarting();
    } else if (memory != null && SandboxProtocol.INPUT.equals(kind)) {
      Object value = message.get(SandboxProtocol.VALUE);
      memory.answerInput("string".equals(Js.typeof(value)) ? Js.asString(value) : "");
    }
  }

  private void send(String kind, String key, Object value) {
    JsPropertyMap<Object> message = JsPropertyMap.of();
    message.set(SandboxProtocol.KIND, kind);
    message.set(key, value);
    port.postMessage(message);
  }
}
