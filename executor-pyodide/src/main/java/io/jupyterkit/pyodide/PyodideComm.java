package io.jupyterkit.pyodide;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import io.jupyterkit.externs.jupyter.JupyterComm;
import io.jupyterkit.protocol.MessageTypes;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.JsPropertyMap;

/**
 * One comm in the classic shape widget managers take. Messages that arrive before an {@code on_msg} callback is set
 * are kept and delivered to it, and a close before an {@code on_close} callback is set is kept for that one, so
 * nothing the kernel sends while a manager is still loading is lost.
 */
@JsType(namespace = "jupyterkit", name = "PyodideComm")
public final class PyodideComm implements JupyterComm {
  private final String commId;
  private final String targetName;
  private final PyodideComms comms;
  private MessageCallback onMessage;
  private MessageCallback onClose;
  private final JsArray<Object> early = new JsArray<>();
  private boolean isClosed;
  /** The kernel's comm_close, while no on_close callback has heard it. */
  private Object earlyClose;

  @JsIgnore
  PyodideComm(PyodideComms comms, String commId, String targetName) {
    this.comms = comms;
    this.commId = commId;
    this.targetName = targetName;
  }

  @Override
  public String getCommId() {
    return commId;
  }

  @Override
  public String getTargetName() {
    return targetName;
  }

  @Override
  public String open(Object data, Object callbacks, Object metadata, Object buffers) {
    JsPropertyMap<Object> content = content(data);
    content.set("target_name", targetName);
    return comms.send(MessageTypes.COMM_OPEN, content, callbacks, metadata, buffers);
  }

  @Override
  public String send(Object data, Object callbacks, Object metadata, Object buffers) {
    if (isClosed) {
      DomGlobal.console.warn("jupyter-kit: not sending on the closed comm " + commId);
      return "";
    }
    return comms.send(MessageTypes.COMM_MSG, content(data), callbacks, metadata, buffers);
  }

  @Override
  public String close(Object data, Object callbacks, Object metadata, Object buffers) {
    if (isClosed) {
      return "";
    }
    isClosed = true;
    comms.forget(commId, this);
    return comms.send(MessageTypes.COMM_CLOSE, content(data), callbacks, metadata, buffers);
  }

  @Override
  public void on_msg(MessageCallback callback) {
    onMessage = callback;
    while (callback != null && early.length > 0) {
      callback.onMessage(early.shift());
    }
  }

  @Override
  public void on_close(MessageCallback callback) {
    onClose = callback;
    if (callback != null && earlyClose != null) {
      // A moment later, not from inside on_close: a widget model sets it in its constructor, before its manager
      // listens for the model's close.
      DomGlobal.setTimeout(ignored -> handOverClose(), 0);
    }
  }

  @JsIgnore
  void deliver(Object message) {
    if (onMessage == null) {
      early.push(message);
      return;
    }
    try {
      onMessage.onMessage(message);
    } catch (Throwable e) {
      DomGlobal.console.error("jupyter-kit: the comm " + commId + " failed to handle a message", e);
    }
  }

  @JsIgnore
  void closed(Object message) {
    isClosed = true;
    earlyClose = message;
    if (onClose != null) {
      handOverClose();
    }
  }

  private void handOverClose() {
    Object message = earlyClose;
    if (message == null || onClose == null) {
      return;
    }
    earlyClose = null;
    try {
      onClose.onMessage(message);
    } catch (Throwable e) {
      DomGlobal.console.error("jupyter-kit: the comm " + commId + " failed to handle its close", e);
    }
  }

  private JsPropertyMap<Object> content(Object data) {
    JsPropertyMap<Object> content = JsPropertyMap.of();
    content.set("comm_id", commId);
    content.set("data", data == null ? JsPropertyMap.of() : data);
    return content;
  }
}
