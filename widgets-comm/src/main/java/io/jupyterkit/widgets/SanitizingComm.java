package io.jupyterkit.widgets;

import io.jupyterkit.externs.jupyter.JupyterComm;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * The comm the widget manager gets: the executor's comm, with every state the kernel sends sanitised before the
 * manager applies it. The kernel's close reaches the model only once the manager holds it: the manager forgets a
 * model when it hears the model's close, and a close that came sooner (while the widget front end was loading)
 * would leave the model in the manager for good.
 */
@JsType(namespace = "jupyterkit", name = "SanitizingComm")
final class SanitizingComm implements JupyterComm {
  private final JupyterComm comm;
  private final WidgetStateSanitizer sanitizer;
  private final String modelName;
  private MessageCallback modelOnClose;
  /** The kernel's comm_close, until the model hears it. */
  private Object closeMessage;
  private boolean modelRegistered;

  /** {@code closedByKernel} hears at once when the kernel closes the comm, before the model may. */
  @JsIgnore
  SanitizingComm(JupyterComm comm, WidgetStateSanitizer sanitizer, String modelName, Runnable closedByKernel) {
    this.comm = comm;
    this.sanitizer = sanitizer;
    this.modelName = modelName;
    comm.on_close(message -> {
      closeMessage = message;
      closedByKernel.run();
      handOverClose();
    });
  }

  /** The manager now holds this comm's model and listens for its close. */
  @JsIgnore
  void modelRegistered() {
    modelRegistered = true;
    handOverClose();
  }

  @Override
  public String getCommId() {
    return comm.getCommId();
  }

  @Override
  public String getTargetName() {
    return comm.getTargetName();
  }

  @Override
  public String open(Object data, Object callbacks, Object metadata, Object buffers) {
    return comm.open(data, callbacks, metadata, buffers);
  }

  @Override
  public String send(Object data, Object callbacks, Object metadata, Object buffers) {
    return comm.send(data, callbacks, metadata, buffers);
  }

  @Override
  public String close(Object data, Object callbacks, Object metadata, Object buffers) {
    return comm.close(data, callbacks, metadata, buffers);
  }

  @Override
  public void on_msg(MessageCallback callback) {
    comm.on_msg(message -> {
      Object content = Js.asPropertyMap(message).get("content");
      Object data = content == null ? null : Js.asPropertyMap(content).get("data");
      if (data != null) {
        sanitizer.modelState(modelName, Js.asPropertyMap(data).get("state"));
      }
      callback.onMessage(message);
    });
  }

  @Override
  public void on_close(MessageCallback callback) {
    modelOnClose = callback;
    handOverClose();
  }

  private void handOverClose() {
    if (closeMessage == null || modelOnClose == null || !modelRegistered) {
      return;
    }
    Object message = closeMessage;
    closeMessage = null;
    modelOnClose.onMessage(message);
  }
}
