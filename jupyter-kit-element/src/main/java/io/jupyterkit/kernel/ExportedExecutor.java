package io.jupyterkit.kernel;

import elemental2.core.JsArray;
import elemental2.core.JsError;
import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.externs.jupyter.JupyterComm;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A Java {@link Executor} under the JavaScript executor contract (README, "Writing your own executor"), as
 * {@code createPyodideExecutor} returns it: a page can call it, wrap it or decorate it, and another bundle can hand it
 * to the element. Messages go out as plain Jupyter message objects; a request that is not one is refused with an
 * exception. It is also its executor's comm provider, and offers {@code complete} and {@code inspect}.
 */
@JsType(namespace = "jupyterkit", name = "Executor")
public final class ExportedExecutor implements CommProvider {
  private final Executor executor;

  private ExportedExecutor(Executor executor) {
    this.executor = executor;
  }

  /** {@code executor} for JavaScript. */
  @JsIgnore
  public static ExportedExecutor of(Executor executor) {
    return new ExportedExecutor(executor);
  }

  @JsIgnore
  public Executor executor() {
    return executor;
  }

  @JsProperty(name = "language")
  public String getLanguage() {
    return executor.language();
  }

  /** Queues an {@code execute_request}; every message answering it goes to {@code onMessage}. */
  public void execute(Object request, Object onMessage) {
    JupyterMessage message = read("execute", request, onMessage);
    executor.execute(message, answer -> deliver(onMessage, answer, request));
  }

  /** Sends another shell request ({@code complete_request}, ...); its reply goes to {@code onMessage}. */
  public void request(Object request, Object onMessage) {
    JupyterMessage message = read("request", request, onMessage);
    executor.request(message, answer -> deliver(onMessage, answer, request));
  }

  private static JupyterMessage read(String method, Object request, Object onMessage) {
    JupyterMessage message = JsMessages.fromJs(request);
    if (message == null) {
      throw new IllegalArgumentException(method + "(request, onMessage): request must be a Jupyter message with header.msg_type");
    }
    if (!"function".equals(Js.typeof(onMessage))) {
      throw new IllegalArgumentException(method + "(request, onMessage): onMessage must be a function");
    }
    return message;
  }

  /** Hands {@code answer} to the page's callback, whose failure is the page's and stops nothing here. */
  private static void deliver(Object onMessage, JupyterMessage answer, Object request) {
    try {
      Js.<ExecutorObject.MessageCallback>uncheckedCast(onMessage)
          .onMessage(JsMessages.toJs(answer, Js.asPropertyMap(request).get("header")));
    } catch (Throwable e) {
      DomGlobal.console.error("jupyter-kit: an onMessage callback threw", e);
    }
  }

  public boolean cancel(String msgId) {
    return executor.cancel(msgId);
  }

  /** The answer to an {@code input_request}: an {@code input_reply} message (or just the text). */
  public void inputReply(Object message) {
    if ("string".equals(Js.typeof(message))) {
      executor.inputReply(Js.asString(message));
      return;
    }
    JupyterMessage reply = JsMessages.fromJs(message);
    executor.inputReply(reply == null ? "" : reply.content().getString("value", ""));
  }

  public void interrupt() {
    executor.interrupt();
  }

  public void restart() {
    executor.restart();
  }

  public void start() {
    executor.start();
  }

  public void prefetch() {
    executor.prefetch();
  }

  public void dispose() {
    executor.dispose();
  }

  public void retain() {
    executor.retain();
  }

  public void release() {
    executor.release();
  }

  /** The kernel state: {@code {phase, progress, detail, label}}, the phase in lower case, e.g. {@code not-started}. */
  @JsProperty(name = "state")
  public Object getState() {
    return forPage(executor.state());
  }

  /** Calls {@code listener} with each new {@link #getState}; the result stops that. */
  public Object onStateChange(ExecutorObject.StateCallback listener) {
    Runnable leave = executor.onStateChange(state -> listener.onState(forPage(state)));
    return (ExecutorObject.Unsubscribe) leave::run;
  }

  private static Object forPage(KernelState state) {
    JsPropertyMap<Object> page = JsPropertyMap.of();
    page.set("phase", state.phase().name().toLowerCase().replace('_', '-'));
    page.set("progress", state.progress());
    page.set("detail", state.detail());
    page.set("label", state.label());
    return page;
  }

  /** The executor's comm provider, or null. */
  @JsProperty(name = "comms")
  public CommProvider getComms() {
    return executor.commProvider();
  }

  private CommProvider comms() {
    CommProvider comms = executor.commProvider();
    if (comms == null) {
      throw new IllegalStateException("this executor has no comms");
    }
    return comms;
  }

  @Override
  public JupyterComm createComm(String targetName, String commId) {
    return comms().createComm(targetName, commId);
  }

  @Override
  public Disposer onCommOpen(String targetName, CommOpenHandler handler) {
    return comms().onCommOpen(targetName, handler);
  }

  @Override
  public JsArray<JupyterComm> listComms(String targetName) {
    return comms().listComms(targetName);
  }

  /**
   * What could follow the cursor at {@code cursorPos} (Unicode code points, as the Jupyter protocol counts; the end
   * of the code when omitted). Resolves to the {@code complete_reply} content.
   */
  public Promise<Object> complete(Object code, Object cursorPos) {
    return shellRequest(code, cursorPos, null, true);
  }

  /**
   * The documentation of the name at {@code cursorPos} (code points), {@code detailLevel} 0 (the default) or 1
   * (with the source). Resolves to the {@code inspect_reply} content.
   */
  public Promise<Object> inspect(Object code, Object cursorPos, Object detailLevel) {
    return shellRequest(code, cursorPos, detailLevel, false);
  }

  private Promise<Object> shellRequest(Object code, Object cursorPos, Object detailLevel, boolean complete) {
    String method = complete ? "complete" : "inspect";
    if (!"string".equals(Js.typeof(code))) {
      return Promise.reject(new JsError(method + "(code, cursorPos): code must be a string"));
    }
    String text = Js.asString(code);
    int position;
    if (cursorPos == null) {
      position = text.codePointCount(0, text.length());
    } else if ("number".equals(Js.typeof(cursorPos))) {
      position = (int) Js.asDouble(cursorPos);
    } else {
      return Promise.reject(new JsError(method + "(code, cursorPos): cursorPos must be a number"));
    }
    int level = detailLevel != null && "number".equals(Js.typeof(detailLevel)) && Js.asDouble(detailLevel) >= 1
        ? 1 : 0;
    JupyterMessage request = complete ? JupyterMessage.completeRequest(MessageIds.next(), text, position)
        : JupyterMessage.inspectRequest(MessageIds.next(), text, position, level);
    return new Promise<>((resolve, reject) -> executor.request(request, message -> {
      if (message.msgType().endsWith("_reply")) {
        resolve.onInvoke(JsJson.toJs(message.content().copy()));
      }
    }));
  }
}
