package io.jupyterkit.pyodide;

import elemental2.core.ArrayBuffer;
import elemental2.core.ArrayBufferView;
import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.externs.jupyter.JupyterComm;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The page's end of the kernel's comms. Messages stay plain JavaScript objects (a widget manager reads them as they
 * are, buffers included); comms the kernel opens go to the handlers of their target, and wait, with their messages,
 * until one is registered. Each message the page sends is answered by the kernel with status busy then idle, which
 * is handed to the sender's {@code callbacks.iopub.status}, as widget models need. Output the kernel makes while
 * handling a page message has no cell to go to: it goes to the console, as JupyterLab sends it to its log. The
 * Jupyter server executor uses it too, over its WebSocket.
 */
@JsType(namespace = "jupyterkit", name = "PyodideComms")
public final class PyodideComms implements CommProvider {
  /** Sends a message object (with its {@code buffers}) to the kernel. */
  public interface Sender {
    void send(JsPropertyMap<Object> message);
  }

  // JavaScript collections rather than java.util ones: this runs on the main thread and should cost little.
  private final Sender sender;
  private final JsPropertyMap<PyodideComm> comms = JsPropertyMap.of();
  private final JsPropertyMap<JsArray<CommOpenHandler>> handlers = JsPropertyMap.of();
  /** Kernel-opened comms no handler has taken yet, and their comm_open messages, pairwise. */
  private final JsArray<Object> unclaimed = new JsArray<>();
  /** The callbacks of messages sent and not yet answered with status idle, by msg_id. */
  private final JsPropertyMap<Object> pending = JsPropertyMap.of();

  @JsIgnore
  public PyodideComms(Sender sender) {
    this.sender = sender;
  }

  @Override
  public JupyterComm createComm(String targetName, String commId) {
    String id = commId == null || commId.isEmpty() ? MessageIds.next() : commId;
    PyodideComm comm = new PyodideComm(this, id, targetName);
    comms.set(id, comm);
    return comm;
  }

  @Override
  public Disposer onCommOpen(String targetName, CommOpenHandler handler) {
    if (!handlers.has(targetName)) {
      handlers.set(targetName, new JsArray<>());
    }
    JsArray<CommOpenHandler> list = handlers.get(targetName);
    list.push(handler);
    for (int i = 0; i < unclaimed.length; ) {
      PyodideComm comm = Js.uncheckedCast(unclaimed.getAt(i));
      if (comm.getTargetName().equals(targetName)) {
        Object message = unclaimed.getAt(i + 1);
        unclaimed.splice(i, 2);
        claim(handler, comm, message);
      } else {
        i += 2;
      }
    }
    return () -> {
      int index = list.indexOf(handler);
      if (index >= 0) {
        list.splice(index, 1);
      }
    };
  }

  @Override
  public JsArray<JupyterComm> listComms(String targetName) {
    JsArray<JupyterComm> result = new JsArray<>();
    comms.forEach(id -> {
      PyodideComm comm = comms.get(id);
      if (targetName == null || targetName.equals(comm.getTargetName())) {
        result.push(comm);
      }
    });
    return result;
  }

  /** Whether a worker message is the kernel's business with comms; if so it has been handled. */
  @JsIgnore
  public boolean receive(JsPropertyMap<Object> message) {
    String type = field(message, "header", "msg_type");
    if (MessageTypes.COMM_OPEN.equals(type) || MessageTypes.COMM_MSG.equals(type)
        || MessageTypes.COMM_CLOSE.equals(type)) {
      onCommMessage(type, message);
      return true;
    }
    String parent = field(message, "parent_header", "msg_id");
    if (parent == null || !pending.has(parent)) {
      return false;
    }
    if (MessageTypes.STATUS.equals(type)) {
      Object callbacks = pending.get(parent);
      if ("idle".equals(field(message, "content", "execution_state"))) {
        pending.delete(parent);
      }
      callIopub(callbacks, "status", message);
    } else {
      toConsole(type, Js.uncheckedCast(message.get("content")));
    }
    return true;
  }

  private void onCommMessage(String type, JsPropertyMap<Object> message) {
    JsPropertyMap<Object> content = Js.uncheckedCast(message.get("content"));
    Object id = content == null ? null : content.get("comm_id");
    if (!"string".equals(Js.typeof(id))) {
      DomGlobal.console.warn("jupyter-kit: ignoring a " + type + " without a comm_id from the kernel");
      return;
    }
    String commId = Js.asString(id);
    if (MessageTypes.COMM_OPEN.equals(type)) {
      Object target = content.get("target_name");
      PyodideComm comm = new PyodideComm(this, commId, "string".equals(Js.typeof(target)) ? Js.asString(target) : "");
      comms.set(commId, comm);
      JsArray<CommOpenHandler> list = handlers.get(comm.getTargetName());
      if (list == null || list.length == 0) {
        unclaimed.push(comm, message);
      } else {
        JsArray<CommOpenHandler> current = list.slice();
        for (int i = 0; i < current.length; i++) {
          claim(current.getAt(i), comm, message);
        }
      }
      return;
    }
    PyodideComm comm = comms.get(commId);
    if (comm == null) {
      DomGlobal.console.warn("jupyter-kit: ignoring a " + type + " for the unknown comm " + commId);
      return;
    }
    if (MessageTypes.COMM_MSG.equals(type)) {
      comm.deliver(message);
    } else {
      comms.delete(commId);
      comm.closed(message);
    }
  }

  private static void claim(CommOpenHandler handler, PyodideComm comm, Object message) {
    try {
      handler.onCommOpen(comm, message);
    } catch (Throwable e) {
      DomGlobal.console.error("jupyter-kit: a comm_open handler for " + comm.getTargetName() + " failed", e);
    }
  }

  /** Sends a comm message; returns its msg_id. */
  @JsIgnore
  String send(String type, JsPropertyMap<Object> content, Object callbacks, Object metadata, Object buffers) {
    String msgId = MessageIds.next();
    JsPropertyMap<Object> header = JsPropertyMap.of();
    header.set("msg_id", msgId);
    header.set("msg_type", type);
    header.set("session", "");
    header.set("username", "");
    header.set("version", "5.3");
    JsPropertyMap<Object> message = JsPropertyMap.of();
    message.set("header", header);
    message.set("parent_header", JsPropertyMap.of());
    message.set("metadata", metadata == null ? JsPropertyMap.of() : metadata);
    message.set("content", content);
    message.set("buffers", arrayBuffers(buffers));
    // Kept until the kernel goes idle on it, so what it prints meanwhile is known to answer the page.
    pending.set(msgId, callbacks == null ? JsPropertyMap.of() : callbacks);
    sender.send(message);
    return msgId;
  }

  @JsIgnore
  void forget(String commId) {
    comms.delete(commId);
  }

  /** The kernel went away: every comm is closed, as if the kernel had closed it. */
  @JsIgnore
  public void closeAll() {
    unclaimed.length = 0;
    comms.forEach(id -> {
      pending.delete(id);
      PyodideComm comm = comms.get(id);
      comms.delete(id);
      JsPropertyMap<Object> content = JsPropertyMap.of();
      content.set("comm_id", id);
      content.set("data", JsPropertyMap.of());
      JsPropertyMap<Object> message = JsPropertyMap.of();
      message.set("content", content);
      comm.closed(message);
    });
    pending.forEach(pending::delete);
  }

  /** Binary buffers as ArrayBuffers (copies of views), the form postMessage and the kernel take. */
  private static JsArray<ArrayBuffer> arrayBuffers(Object buffers) {
    JsArray<ArrayBuffer> result = new JsArray<>();
    if (buffers == null || !JsArray.isArray(buffers)) {
      return result;
    }
    JsArray<Object> list = Js.uncheckedCast(buffers);
    for (int i = 0; i < list.length; i++) {
      Object buffer = list.getAt(i);
      if (buffer instanceof ArrayBuffer) {
        result.push((ArrayBuffer) buffer);
      } else if (buffer != null && ArrayBuffer.isView(buffer)) {
        ArrayBufferView view = Js.uncheckedCast(buffer);
        result.push(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
      }
    }
    return result;
  }

  static void callIopub(Object callbacks, String name, Object message) {
    if (callbacks == null) {
      return;
    }
    Object iopub = Js.asPropertyMap(callbacks).get("iopub");
    Object callback = iopub == null ? null : Js.asPropertyMap(iopub).get(name);
    if ("function".equals(Js.typeof(callback))) {
      Js.<MessageFunction>uncheckedCast(callback).call(message);
    }
  }

  private static void toConsole(String type, JsPropertyMap<Object> content) {
    if (content == null) {
      return;
    }
    if (MessageTypes.STREAM.equals(type)) {
      String text = String.valueOf(content.get("text"));
      if ("stderr".equals(String.valueOf(content.get("name")))) {
        DomGlobal.console.warn(text);
      } else {
        DomGlobal.console.log(text);
      }
    } else if (MessageTypes.ERROR.equals(type)) {
      DomGlobal.console.error(content.get("ename") + ": " + content.get("evalue"));
    } else if (MessageTypes.DISPLAY_DATA.equals(type)) {
      DomGlobal.console.log(content.get("data"));
    }
  }

  private static String field(JsPropertyMap<Object> message, String part, String key) {
    Object section = message.get(part);
    Object value = section == null ? null : Js.asPropertyMap(section).get(key);
    return "string".equals(Js.typeof(value)) ? Js.asString(value) : null;
  }

  @JsFunction
  interface MessageFunction {
    void call(Object message);
  }
}
