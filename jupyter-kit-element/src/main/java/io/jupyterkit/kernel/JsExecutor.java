package io.jupyterkit.kernel;

import elemental2.core.Function;
import elemental2.dom.DomGlobal;
import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.nbformat.Languages;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Any JavaScript object that follows the executor contract (README, "Writing your own executor") as a Java
 * {@link Executor}: what the element uses when a page, or another bundle, assigns a plain object. The object is the
 * page's, so nothing it does is trusted: a message without {@code header.msg_type} is dropped with a console
 * warning, an {@code execute} that throws ends its cell with an error saying so, a run that does not end within
 * {@link #INTERRUPT_GRACE_MS} of an interrupt is given up with a note, and the members it lacks get defaults.
 */
public final class JsExecutor implements Executor {
  /** How long a run may go on after an interrupt before the cell stops waiting for it. */
  public static final int INTERRUPT_GRACE_MS = 5000;

  private final ExecutorObject target;
  private final JsPropertyMap<Object> members;
  /** The requests sent and not yet replied to, oldest first, by msg_id. */
  private final Map<String, Run> runs = new LinkedHashMap<>();
  /** Listeners of the state this adapter derives from status messages, for an object that reports none. */
  private final List<KernelStateListener> listeners = new ArrayList<>();
  private KernelState derived = KernelState.IDLE;
  /** The header of the input_request awaiting its answer, as the executor sent it. */
  private Object inputRequestHeader;

  private static final class Run {
    final MessageHandler handler;
    boolean started;

    Run(MessageHandler handler) {
      this.handler = handler;
    }
  }

  private JsExecutor(Object target) {
    this.target = Js.uncheckedCast(target);
    this.members = Js.asPropertyMap(target);
  }

  /**
   * The Java executor for what a page assigned: the executor itself when it is one of this bundle's, an adapter
   * for an object with an {@code execute} function, null for anything else (and for null).
   */
  public static Executor of(Object value) {
    if (value instanceof ExportedExecutor) {
      return ((ExportedExecutor) value).executor();
    }
    if (value instanceof Executor) {
      return (Executor) value;
    }
    if (value != null && "object".equals(Js.typeof(value)) && hasFunction(Js.asPropertyMap(value), "execute")) {
      return new JsExecutor(value);
    }
    return null;
  }

  private static boolean hasFunction(JsPropertyMap<Object> object, String name) {
    return "function".equals(Js.typeof(object.get(name)));
  }

  private boolean has(String name) {
    return hasFunction(members, name);
  }

  /** Calls member {@code name} when the object has it; one that throws is reported, and the element goes on. */
  private void call(String name) {
    Object member = members.get(name);
    if ("function".equals(Js.typeof(member))) {
      try {
        Js.<Function>uncheckedCast(member).call(target);
      } catch (Throwable e) {
        threw(name, e);
      }
    }
  }

  /** Reports a member that threw. */
  private static void threw(String member, Throwable error) {
    DomGlobal.console.error("jupyter-kit: the executor's " + member + "() threw", error);
  }

  @Override
  public String language() {
    Object language = members.get("language");
    return "string".equals(Js.typeof(language)) ? Languages.normalise(Js.asString(language)) : Languages.PYTHON;
  }

  @Override
  public void start() {
    call("start");
  }

  @Override
  public void prefetch() {
    call("prefetch");
  }

  @Override
  public void retain() {
    call("retain");
  }

  @Override
  public void release() {
    call("release");
  }

  @Override
  public void execute(JupyterMessage request, MessageHandler handler) {
    String id = request.msgId();
    runs.put(id, new Run(handler));
    try {
      target.execute(JsMessages.toJs(request, null), message -> receive(id, handler, message));
    } catch (Throwable e) {
      endRun(id, "ExecutorError", "The executor failed to run this cell: " + describe(e));
    }
  }

  /**
   * A message the executor sent for request {@code id}, or null (with a console warning) when it has no
   * {@code header.msg_type}; one that names no parent answers the request whose callback got it.
   */
  private static JupyterMessage accept(Object value, String id) {
    JupyterMessage message = JsMessages.fromJs(value);
    if (message == null) {
      DomGlobal.console.warn("jupyter-kit: ignored a message without header.msg_type", value);
      return null;
    }
    return message.parentMsgId() != null ? message
        : new JupyterMessage(message.msgId(), message.msgType(), id, message.content(), message.metadata())
            .withBuffers(message.buffers());
  }

  private void receive(String id, MessageHandler handler, Object value) {
    JupyterMessage message = accept(value, id);
    if (message == null) {
      return;
    }
    if (MessageTypes.INPUT_REQUEST.equals(message.msgType())) {
      inputRequestHeader = Js.asPropertyMap(value).get("header");
    }
    noteStatus(message);
    Run run = runs.get(id);
    if (run != null) {
      run.started = true;
      if (MessageTypes.EXECUTE_REPLY.equals(message.msgType())) {
        runs.remove(id);
      }
    }
    // Even after the reply: the kernel's status idle tells the element that the kernel is free.
    handler.onMessage(message);
  }

  /** Ends run {@code id} here, as if the executor had failed it: an error to show, then its reply. */
  private void endRun(String id, String ename, String evalue) {
    Run run = runs.remove(id);
    if (run == null) {
      return;
    }
    for (JupyterMessage message : JupyterMessage.failure(id, ename, evalue)) {
      run.handler.onMessage(message);
    }
    run.handler.onMessage(JupyterMessage.status(id, "idle"));
  }

  @Override
  public boolean cancel(String requestMsgId) {
    if (!has("cancel")) {
      return false;
    }
    try {
      return Js.isTruthy(target.cancel(requestMsgId));
    } catch (Throwable e) {
      threw("cancel", e);
      return false;
    }
  }

  @Override
  public void request(JupyterMessage request, MessageHandler handler) {
    if (!has("request")) {
      handler.onMessage(JupyterMessage.errorReply(request, "NotSupported", request.msgType()));
      return;
    }
    String id = request.msgId();
    try {
      target.request(JsMessages.toJs(request, null), value -> {
        JupyterMessage message = accept(value, id);
        if (message != null) {
          handler.onMessage(message);
        }
      });
    } catch (Throwable e) {
      handler.onMessage(JupyterMessage.errorReply(request, "ExecutorError", describe(e)));
    }
  }

  @Override
  public KernelState state() {
    Object state = members.get("state");
    if (state == null || !"object".equals(Js.typeof(state))) {
      return derived;
    }
    JsPropertyMap<Object> map = Js.asPropertyMap(state);
    Object progress = map.get("progress");
    Object detail = map.get("detail");
    Object label = map.get("label");
    return new KernelState(phase(map.get("phase")),
        "number".equals(Js.typeof(progress)) ? Js.asDouble(progress) : -1,
        "string".equals(Js.typeof(detail)) ? Js.asString(detail) : "",
        "string".equals(Js.typeof(label)) ? Js.asString(label) : null);
  }

  /** A contract phase ({@code not-started}, {@code loading}, ...) as the Java one; idle when unknown. */
  private static KernelState.Phase phase(Object value) {
    String name = "string".equals(Js.typeof(value)) ? Js.asString(value) : "";
    for (KernelState.Phase phase : KernelState.Phase.values()) {
      if (phase.name().replace('_', '-').equalsIgnoreCase(name)) {
        return phase;
      }
    }
    return KernelState.Phase.IDLE;
  }

  @Override
  public Runnable onStateChange(KernelStateListener listener) {
    if (!has("onStateChange")) {
      listeners.add(listener);
      return () -> listeners.remove(listener);
    }
    Object unsubscribe;
    try {
      unsubscribe = target.onStateChange(ignored -> listener.onState(state()));
    } catch (Throwable e) {
      threw("onStateChange", e);
      return () -> {};
    }
    return () -> {
      if ("function".equals(Js.typeof(unsubscribe))) {
        Js.<ExecutorObject.Unsubscribe>uncheckedCast(unsubscribe).run();
      }
    };
  }

  /** Without a state of its own, the executor's status messages say whether it is busy. */
  private void noteStatus(JupyterMessage message) {
    if (has("onStateChange") || !MessageTypes.STATUS.equals(message.msgType())) {
      return;
    }
    String state = message.content().getString("execution_state", "");
    KernelState next = "busy".equals(state) ? KernelState.BUSY : "idle".equals(state) ? KernelState.IDLE : null;
    if (next == null || next.equals(derived)) {
      return;
    }
    derived = next;
    KernelState shown = state();
    for (KernelStateListener listener : new ArrayList<>(listeners)) {
      listener.onState(shown);
    }
  }

  @Override
  public void inputReply(String value) {
    Object parent = inputRequestHeader;
    inputRequestHeader = null;
    if (!has("inputReply")) {
      return;
    }
    JupyterMessage reply = new JupyterMessage(MessageIds.next(), MessageTypes.INPUT_REPLY,
        parent == null ? null : Js.asString(Js.asPropertyMap(parent).get("msg_id")),
        new JsonObject().put("value", value).put("status", "ok"), null);
    try {
      target.inputReply(JsMessages.toJs(reply, parent));
    } catch (Throwable e) {
      threw("inputReply", e);
    }
  }

  /**
   * Asks the executor to stop the running cell; a run that has started and still has not ended after
   * {@link #INTERRUPT_GRACE_MS} is given up, with a note that the executor may still be running it.
   */
  @Override
  public void interrupt() {
    List<String> started = new ArrayList<>();
    for (Map.Entry<String, Run> entry : runs.entrySet()) {
      if (entry.getValue().started) {
        started.add(entry.getKey());
      }
    }
    call("interrupt");
    if (started.isEmpty()) {
      return;
    }
    DomGlobal.setTimeout(ignored -> {
      for (String id : started) {
        endRun(id, "KeyboardInterrupt", "The executor did not stop this cell within " + INTERRUPT_GRACE_MS / 1000
            + " s of the interrupt; the notebook no longer waits for it.");
      }
    }, INTERRUPT_GRACE_MS);
  }

  @Override
  public void restart() {
    call("restart");
  }

  @Override
  public void dispose() {
    call("dispose");
  }

  /** The object's {@code comms}, when it has the three functions of a comm provider. */
  @Override
  public CommProvider commProvider() {
    Object comms = members.get("comms");
    if (comms == null) {
      return null;
    }
    JsPropertyMap<Object> provider = Js.asPropertyMap(comms);
    if (!hasFunction(provider, "createComm") || !hasFunction(provider, "onCommOpen")
        || !hasFunction(provider, "listComms")) {
      DomGlobal.console.warn("jupyter-kit: the executor's comms is no comm provider; it is not used");
      return null;
    }
    return Js.uncheckedCast(comms);
  }

  /** What a thrown value says, for a reader. */
  static String describe(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isEmpty() ? String.valueOf(error) : message;
  }
}
