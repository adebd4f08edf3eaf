package io.jupyterkit.interop;

import elemental2.core.ArrayBuffer;
import elemental2.core.Global;
import elemental2.core.JsArray;
import io.jupyterkit.sharedmemory.BootBuffers;
import io.jupyterkit.sharedmemory.CommInbox;
import io.jupyterkit.sharedmemory.InterruptBuffer;
import io.jupyterkit.sharedmemory.StdinBuffer;
import jsinterop.base.Js;
import jsinterop.base.JsConstructorFn;
import jsinterop.base.JsPropertyMap;

/**
 * The memory shared with a Pyodide worker when its owner is cross-origin isolated: the interrupt slot, the stdin
 * answer and the comm inbox, new for each worker and handed over in its boot request's buffers. Its owner is the one
 * that created the worker: the page, or for sandboxed execution the sandbox frame, because shared memory cannot
 * pass from the page to an opaque origin. Without isolation there is none (no SharedArrayBuffer at all): no
 * cooperative interrupt, no synchronous input().
 */
public final class WorkerMemory {
  private final InterruptBuffer interrupt;
  private final StdinBuffer<?> stdin;
  private final CommInbox<?> inbox;
  /** Whether the running cell's comm messages still go through the inbox (not once one had to be posted). */
  private boolean inboxOpen = true;

  private WorkerMemory(JsArray<ArrayBuffer> buffers) {
    interrupt = TypedArrayMemory.interruptBuffer(buffers.getAt(BootBuffers.INTERRUPT));
    stdin = TypedArrayMemory.stdinBuffer(buffers.getAt(BootBuffers.STDIN));
    inbox = TypedArrayMemory.commInbox(buffers.getAt(BootBuffers.COMM_INBOX));
  }

  /**
   * New memory in {@code bootRequest}'s buffers (a Jupyter message object), or null, leaving it as it is, when this
   * context is not cross-origin isolated.
   */
  public static WorkerMemory share(Object bootRequest) {
    if (!Js.isTruthy(Js.global().get("crossOriginIsolated"))
        || !"function".equals(Js.typeof(Js.global().get("SharedArrayBuffer")))) {
      return null;
    }
    JsArray<ArrayBuffer> buffers = new JsArray<>();
    buffers.setAt(BootBuffers.INTERRUPT, create(InterruptBuffer.BYTES));
    buffers.setAt(BootBuffers.STDIN, create(StdinBuffer.BYTES));
    buffers.setAt(BootBuffers.COMM_INBOX, create(CommInbox.BYTES));
    // Jupyter messages carry binary data in "buffers"; a SharedArrayBuffer there is shared, not copied.
    Js.asPropertyMap(bootRequest).set("buffers", buffers);
    return new WorkerMemory(buffers);
  }

  private static ArrayBuffer create(int bytes) {
    return Js.uncheckedCast(Js.<JsConstructorFn<Object>>uncheckedCast(Js.global().get("SharedArrayBuffer"))
        .construct(bytes));
  }

  /** Raises KeyboardInterrupt in the running cell, waking it if it sleeps. */
  public void raiseInterrupt() {
    interrupt.raise();
  }

  /** A cell is about to start: an interrupt meant for the previous one must not stop it. */
  public void cellStarting() {
    inboxOpen = true;
    interrupt.clear();
  }

  /** The reader's answer to the running cell's input(). */
  public void answerInput(String value) {
    stdin.answer(value);
  }

  /**
   * Puts a comm message for the running cell into the inbox, which the worker reads while the cell sleeps, and
   * wakes it; false when the message is to be posted instead: no cell runs, it has binary buffers, it does not fit,
   * or an earlier one of this cell's was posted (the rest follow it, in order).
   */
  public boolean offerComm(JsPropertyMap<Object> message, boolean cellRunning) {
    JsArray<Object> buffers = Js.uncheckedCast(message.get("buffers"));
    if (cellRunning && inboxOpen && (buffers == null || buffers.length == 0)
        && inbox.offer(Global.JSON.stringify(message))) {
      interrupt.wake();
      return true;
    }
    inboxOpen = !cellRunning;
    return false;
  }
}
