package io.jupyterkit.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of one cell: the requests it sent that wait in the executor's queue and the one that runs. A cell shows
 * exactly its latest run: its outputs are replaced when a run starts (not when it is queued), so pressing Run again
 * while the cell runs queues a new run and the old one finishes into the outputs it began. {@link #route} says what
 * each incoming message means for the cell.
 */
public final class CellRuns {
  /** What a message means for the cell. */
  public enum Route {
    /** The kernel's busy/idle state; not an output. */
    STATUS(false, false),
    /** A message for no request of this cell (or one that ended); nothing to do. */
    IGNORE(false, false),
    /** A waiting run will not happen (cancelled, or aborted behind a failure); its outputs stay as they were. */
    ABORTED(false, false),
    /** The first message of a waiting run: it starts now; clear the outputs, then apply the message. */
    START(true, false),
    /** A message of the running run: apply it. */
    APPLY(false, false),
    /** The reply of the running run: apply it; the run is over. */
    FINISH(false, true),
    /** A reply that is also the first message of its run (a kernel that sent nothing else). */
    START_AND_FINISH(true, true);

    private final boolean starts;
    private final boolean finishes;

    Route(boolean starts, boolean finishes) {
      this.starts = starts;
      this.finishes = finishes;
    }

    public boolean starts() {
      return starts;
    }

    public boolean finishes() {
      return finishes;
    }
  }

  private final List<String> waiting = new ArrayList<>();
  private String running;
  private boolean started;

  /** A request for this cell went into the executor's queue. */
  public void queued(String msgId) {
    waiting.add(msgId);
  }

  public boolean isRunning() {
    return running != null;
  }

  public boolean isWaiting() {
    return !waiting.isEmpty();
  }

  /** Whether any run of this cell has started (the kernel has run its code, or is running it). */
  public boolean hasStarted() {
    return started;
  }

  /** Running or waiting: the prompt shows {@code [*]}. */
  public boolean isBusy() {
    return running != null || !waiting.isEmpty();
  }

  /** The ids of the runs still waiting, oldest first. */
  public List<String> waitingIds() {
    return new ArrayList<>(waiting);
  }

  /** Updates the state for {@code message} and says what the cell must do with it. */
  public Route route(JupyterMessage message) {
    if (MessageTypes.STATUS.equals(message.msgType())) {
      return Route.STATUS;
    }
    String parent = message.parentMsgId();
    boolean reply = MessageTypes.EXECUTE_REPLY.equals(message.msgType());
    if (parent != null && parent.equals(running)) {
      if (reply) {
        running = null;
        return Route.FINISH;
      }
      return Route.APPLY;
    }
    if (parent == null || !waiting.remove(parent)) {
      return Route.IGNORE;
    }
    if (reply && "aborted".equals(message.content().getString("status", ""))) {
      return Route.ABORTED;
    }
    started = true;
    if (reply) {
      return Route.START_AND_FINISH;
    }
    running = parent;
    return Route.START;
  }
}
