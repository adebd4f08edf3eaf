package io.jupyterkit.pyodide.worker;

import elemental2.core.JsArray;
import elemental2.core.Transferable;
import elemental2.dom.MessagePort;
import elemental2.dom.WorkerGlobalScope;
import io.jupyterkit.protocol.SandboxProtocol;
import jsinterop.base.Js;

/**
 * Where the worker's messages go: to its owner, or, in the sandbox, straight to the page over the port the page sent
 * with the boot request, past the frame that owns the worker (one hop fewer for every output).
 */
final class Outbox {
  private static MessagePort page;

  private Outbox() {}

  /** Takes the page's port out of a boot request, when it has one. */
  static void takePort(Object bootRequest) {
    Object port = Js.asPropertyMap(bootRequest).get(SandboxProtocol.REPLY_PORT);
    if (port != null) {
      page = Js.uncheckedCast(port);
      Js.asPropertyMap(bootRequest).delete(SandboxProtocol.REPLY_PORT);
    }
  }

  static void post(Object message) {
    if (page != null) {
      page.postMessage(message);
    } else {
      WorkerGlobals.self().postMessage(message);
    }
  }

  /** Posts {@code message}, handing over (not copying) the buffers in {@code transfer}. */
  static void post(Object message, JsArray<Object> transfer) {
    if (page != null) {
      page.postMessage(message, Js.<JsArray<Transferable>>uncheckedCast(transfer));
    } else {
      WorkerGlobals.self().postMessage(message,
          Js.<WorkerGlobalScope.PostMessageTransferOrOptionsUnionType>uncheckedCast(transfer));
    }
  }
}
