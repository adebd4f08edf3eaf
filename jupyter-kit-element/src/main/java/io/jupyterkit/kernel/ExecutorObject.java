package io.jupyterkit.kernel;

import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * A page's executor as JavaScript sees it (executor.externs.js declares every member, so Closure keeps the names).
 * Every member but {@code execute} may be missing: {@link JsExecutor} looks before it calls, and calls those without
 * arguments by name.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "JupyterKitExecutor")
interface ExecutorObject {
  void execute(Object request, MessageCallback onMessage);

  void request(Object request, MessageCallback onMessage);

  Object cancel(String msgId);

  void inputReply(Object message);

  Object onStateChange(StateCallback listener);

  /** Receives one message (a plain Jupyter message object). */
  @JsFunction
  interface MessageCallback {
    void onMessage(Object message);
  }

  /** Receives the executor's new state, {@code {phase, progress, detail, label}}. */
  @JsFunction
  interface StateCallback {
    void onState(Object state);
  }

  /** What {@code onStateChange} returns: stops the listening. */
  @JsFunction
  interface Unsubscribe {
    void run();
  }
}
