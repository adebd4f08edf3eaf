package io.jupyterkit.server;

/**
 * What the handshake over a new kernel socket has heard. Cells go once a kernel_info_request has both its reply
 * (the shell channel works) and the kernel's idle status for it (iopub works: without it, no output would show and
 * no cell would end). A socket whose shell answers but whose iopub stays silent through several retries is bound to
 * the wrong kernel ports (the server restarted the kernel on new ones while the socket connected), and only a new
 * socket mends that. Plain Java, tested on the JVM.
 */
final class Handshake {
  /** Retries after the shell's reply, each a second apart, before the socket is given up for a new one. */
  static final int RETRIES_WITHOUT_IOPUB = 3;

  private boolean replied;
  private boolean idle;
  private int retriesSinceReply;

  /** A new socket: nothing heard yet. */
  void begin() {
    replied = false;
    idle = false;
    retriesSinceReply = 0;
  }

  /**
   * A message answering one of the handshake's requests, of {@code msgType} (and {@code executionState} for a
   * status); true once both channels have been heard from.
   */
  boolean heard(String msgType, String executionState) {
    if ("kernel_info_reply".equals(msgType)) {
      replied = true;
    } else if ("status".equals(msgType) && "idle".equals(executionState)) {
      idle = true;
    }
    return replied && idle;
  }

  /** A retry is due with the handshake unfinished: true when the socket should be replaced instead. */
  boolean replaceSocket() {
    if (replied && !idle) {
      retriesSinceReply++;
    }
    return retriesSinceReply > RETRIES_WITHOUT_IOPUB;
  }
}
