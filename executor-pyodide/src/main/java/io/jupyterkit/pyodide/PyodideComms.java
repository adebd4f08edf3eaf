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
 * until one is registered. Each handler of a target gets a comm object of its own for the same comm (notebooks
 * sharing a kernel each keep their own widget models, and a comm holds one {@code on_msg} callback): what the
 * kernel sends reaches all of them, and a close by one closes the others. Each message the page sends is answered by the kernel with status busy then idle, which
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
  /** The comm objects of each open comm, by comm_id: one, or one per handler of a kernel-opened comm. */
  private final JsPropertyMap<JsArray<PyodideComm>> comms = JsPropertyMap.of();
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
    comms.set(id, JsArray.of(comm));
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
      PyodideComm comm = comms.get(id).getAt(0);
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
      String targetName = "string".equals(Js.typeof(target)) ? Js.asString(target) : "";
      JsArray<CommOpenHandler> list = handlers.get(targetName);
      JsArray<PyodideComm> copies = new JsArray<>();
      comms.set(commId, copies);
      if (list == null || list.length == 0) {
        PyodideComm comm = new PyodideComm(this, commId, targetName);
        copies.push(comm);
        unclaimed.push(comm, message);
        return;
      }
      JsArray<CommOpenHandler> current = list.slice();
      for (int i = 0; i < current.length; i++) {
        copies.push(new PyodideComm(this, commId, targetName));
      }
      for (int i = 0; i < current.length; i++) {
        claim(current.getAt(i), copies.getAt(i), message);
      }
      return;
    }
    JsArray<PyodideComm> copies = comms.get(commId);
    if (copies == null) {
      DomGlobal.console.warn("jupyter-kit: ignoring a " + type + " for the unknown comm " + commId);
      return;
    }
    if (MessageTypes.COMM_MSG.equals(type)) {
      for (int i = 0; i < copies.length; i++) {
        copies.getAt(i).deliver(message);
      }
    } else {
      comms.delete(commId);
      for (int i = 0; i < copies.length; i++) {
        copies.getAt(i).closed(message);
      }
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

  /** {@code closing}, a comm object of {@code commId}, closed it: the others of that comm hear it closed. */
  @JsIgnore
  void forget(String commId, PyodideComm closing) {
    JsArray<PyodideComm> copies = comms.get(commId);
    comms.delete(commId);
    for (int i = 0; copies != null && i < copies.length; i++) {
      if (copies.getAt(i) != closing) {
        copies.getAt(i).closed(closeMessage(commId));
      }
    }
  }

  private static JsPropertyMap<Object> closeMessage(String commId) {
    JsPropertyMap<Object> content = JsPropertyMap.of();
    content.set("comm_id", commId);
    content.set("data", JsPropertyMap.of());
    JsPropertyMap<Object> message = JsPropertyMap.of();
    message.set("content", content);
    return message;
  }

  /** The kernel went away: every comm is closed, as if the kernel had closed it. */
  @JsIgnore
  public void closeAll() {
    unclaimed.length = 0;
    comms.forEach(id -> {
      pending.delete(id);
      JsArray<PyodideComm> copies = comms.get(id);
      comms.delete(id);
      for (int i = 0; i < copies.length; i++) {
        copies.getAt(i).closed(closeMessage(id));
      }
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
