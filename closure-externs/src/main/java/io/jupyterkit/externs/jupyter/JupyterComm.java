package io.jupyterkit.externs.jupyter;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;

/**
 * A comm as ipywidgets' managers take it: {@code comm_id}, {@code target_name}, {@code open}/{@code send}/
 * {@code close} (each returning the sent message's id) and the {@code on_msg}/{@code on_close} callbacks. Messages
 * handed to the callbacks are Jupyter messages as plain objects ({@code header}, {@code content}, {@code buffers}).
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterComm")
public interface JupyterComm {
  @JsProperty(name = "comm_id")
  String getCommId();

  @JsProperty(name = "target_name")
  String getTargetName();

  String open(Object data, Object callbacks, Object metadata, Object buffers);

  String send(Object data, Object callbacks, Object metadata, Object buffers);

  String close(Object data, Object callbacks, Object metadata, Object buffers);

  void on_msg(MessageCallback callback);

  void on_close(MessageCallback callback);

  /** Receives one Jupyter message. */
  @JsFunction
  interface MessageCallback {
    void onMessage(Object message);
  }
}
