package io.jupyterkit.kernel;

import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The execute requests of an executor that keeps its own queue (as a kernel does), with Jupyter's rules: requests
 * run one at a time in the order they came; when one ends in an error (a failure, an interrupt, a restart) and asked
 * for {@code stop_on_error}, every request still waiting is aborted rather than run; a waiting request can be
 * taken out. Every request gets exactly one {@code execute_reply}; an aborted one gets status {@code aborted}.
 */
public final class ExecutionQueue {
  /** A request and who hears its messages. */
  public static final class Entry {
    private final JupyterMessage request;
    private final MessageHandler handler;

    Entry(JupyterMessage request, MessageHandler handler) {
      this.request = request;
      this.handler = handler;
    }

    public JupyterMessage request() {
      return request;
    }

    public String msgId() {
      return request.msgId();
    }
  }

  private final List<Entry> waiting = new ArrayList<>();
  private Entry running;
  /** The request that ended last: the kernel's idle status after its reply still goes to it. */
  private Entry finished;

  /** Adds a request at the end of the queue. */
  public void add(JupyterMessage request, MessageHandler handler) {
    waiting.add(new Entry(request, handler));
  }

  public boolean hasWaiting() {
    return !waiting.isEmpty();
  }

  /** The request being run, or null. */
  public Entry running() {
    return running;
  }

  /** Takes the next waiting request as the running one; null when one is running already or none waits. */
  public Entry start() {
    if (running != null || waiting.isEmpty()) {
      return null;
    }
    running = waiting.remove(0);
    return running;
  }

  /**
   * Hands a message to the request it answers (the running one, by parent id; or the one that just ended, for the
   * kernel's status after its reply); an {@code execute_reply} ends the running request, and an error reply
   * aborts the waiting ones. Returns false when the message answers neither.
   */
  public boolean deliver(JupyterMessage message) {
    Entry current = running;
    if (current == null || !current.msgId().equals(message.parentMsgId())) {
      if (finished != null && finished.msgId().equals(message.parentMsgId())
          && MessageTypes.STATUS.equals(message.msgType())) {
        finished.handler.onMessage(message);
        return true;
      }
      return false;
    }
    boolean reply = MessageTypes.EXECUTE_REPLY.equals(message.msgType());
    if (reply) {
      running = null;
      finished = current;
    }
    current.handler.onMessage(message);
    if (reply && "error".equals(message.content().getString("status", ""))
        && current.request.content().getBoolean("stop_on_error", true)) {
      abortWaiting(abortReason(message.content().getString("ename", "")));
    }
    return true;
  }

  /**
   * Ends the running request without the kernel: an error to show, its reply (which aborts the rest), then idle,
   * since nothing runs any more.
   */
  public void failRunning(String ename, String evalue) {
    Entry current = running;
    if (current == null) {
      return;
    }
    for (JupyterMessage message : JupyterMessage.failure(current.msgId(), ename, evalue)) {
      deliver(message);
    }
    deliver(JupyterMessage.status(current.msgId(), "idle"));
  }

  /** Ends every waiting request with the same error (e.g. Python could not be loaded for any of them). */
  public void failWaiting(String ename, String evalue) {
    while (!waiting.isEmpty()) {
      Entry entry = waiting.remove(0);
      for (JupyterMessage message : JupyterMessage.failure(entry.msgId(), ename, evalue)) {
        entry.handler.onMessage(message);
      }
    }
  }

  /** Takes a waiting request out; it ends as aborted. False when it is running already or unknown. */
  public boolean cancel(String msgId) {
    for (int i = 0; i < waiting.size(); i++) {
      if (waiting.get(i).msgId().equals(msgId)) {
        Entry entry = waiting.remove(i);
        entry.handler.onMessage(JupyterMessage.aborted(entry.msgId(), "it was cancelled"));
        return true;
      }
    }
    return false;
  }

  /** Ends every waiting request as aborted, saying why in words for the reader. */
  public void abortWaiting(String reason) {
    while (!waiting.isEmpty()) {
      Entry entry = waiting.remove(0);
      entry.handler.onMessage(JupyterMessage.aborted(entry.msgId(), reason));
    }
  }

  /** Why the requests behind one that ended with {@code ename} did not run. */
  static String abortReason(String ename) {
    switch (ename) {
      case "KeyboardInterrupt":
        return "an earlier cell was interrupted";
      case "KernelRestarted":
        return "Python was restarted";
      case "KernelDied":
        return "Python stopped working";
      case "KernelDisposed":
        return "the executor was disposed";
      default:
        return "an earlier cell failed" + (ename.isEmpty() ? "" : " (" + ename + ")");
    }
  }
}
