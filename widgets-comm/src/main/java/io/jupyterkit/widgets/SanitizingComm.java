package io.jupyterkit.widgets;

import io.jupyterkit.externs.jupyter.JupyterComm;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/**
 * The comm the widget manager gets: the executor's comm, with every state the kernel sends sanitised before the
 * manager applies it, and each message noted so the plugin's saved state stays current.
 */
@JsType(namespace = "jupyterkit", name = "SanitizingComm")
final class SanitizingComm implements JupyterComm {
  private final JupyterComm comm;
  private final WidgetStateSanitizer sanitizer;
  private final String modelName;
  private final Runnable changed;

  @JsIgnore
  SanitizingComm(JupyterComm comm, WidgetStateSanitizer sanitizer, String modelName, Runnable changed) {
    this.comm = comm;
    this.sanitizer = sanitizer;
    this.modelName = modelName;
    this.changed = changed;
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
    changed.run();
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
      changed.run();
    });
  }

  @Override
  public void on_close(MessageCallback callback) {
    comm.on_close(callback);
  }
}
