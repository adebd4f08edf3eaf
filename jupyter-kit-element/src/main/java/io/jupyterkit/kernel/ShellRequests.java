package io.jupyterkit.kernel;

import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shell requests other than {@code execute_request} an executor sent its kernel and has not heard the end of
 * ({@code complete_request}, {@code inspect_request}, ...). Each request's messages go to its handler: the kernel's
 * status busy, exactly one reply, and the status idle that ends it. A request whose kernel goes away before
 * replying gets an error reply, so no handler is left waiting.
 */
public final class ShellRequests {
  private static final class Pending {
    final JupyterMessage request;
    final MessageHandler handler;
    boolean replied;

    Pending(JupyterMessage request, MessageHandler handler) {
      this.request = request;
      this.handler = handler;
    }
  }

  private final Map<String, Pending> pending = new LinkedHashMap<>();

  /** Notes a request about to be sent. */
  public void add(JupyterMessage request, MessageHandler handler) {
    pending.put(request.msgId(), new Pending(request, handler));
  }

  public boolean isEmpty() {
    return pending.isEmpty();
  }

  /**
   * Gives a kernel message to the request it answers; false when it answers none of them. A second reply to the
   * same request is dropped; the idle status ends the request.
   */
  public boolean deliver(JupyterMessage message) {
    Pending request = message.parentMsgId() == null ? null : pending.get(message.parentMsgId());
    if (request == null) {
      return false;
    }
    boolean reply = message.msgType().endsWith("_reply");
    if (reply && request.replied) {
      return true;
    }
    if (reply) {
      request.replied = true;
    }
    if (MessageTypes.STATUS.equals(message.msgType())
        && "idle".equals(message.content().getString("execution_state", ""))) {
      pending.remove(message.parentMsgId());
      if (!request.replied) {
        // A kernel that went idle without replying: the handler still gets its reply.
        request.handler.onMessage(JupyterMessage.errorReply(request.request, "NoReply",
            "The kernel did not answer."));
      }
    }
    request.handler.onMessage(message);
    return true;
  }

  /** Answers every request still waiting for its reply with an error, and forgets them all. */
  public void failAll(String ename, String evalue) {
    List<Pending> all = new ArrayList<>(pending.values());
    pending.clear();
    for (Pending request : all) {
      if (!request.replied) {
        request.handler.onMessage(JupyterMessage.errorReply(request.request, ename, evalue));
      }
    }
  }
}
