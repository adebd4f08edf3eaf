package io.jupyterkit.kernel;

import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.protocol.JupyterMessage;

/**
 * Runs code for a notebook and answers in Jupyter messages. The Pyodide executor implements it over a worker; one
 * talking to a remote Jupyter server would implement it over a WebSocket, and the element would not notice.
 */
public interface Executor {
  /** The language it runs, as {@code io.jupyterkit.nbformat.Languages} names it (e.g. {@code python}). */
  String language();

  /** Starts the kernel in the background if it is not started; calling it again does nothing. */
  void start();

  /**
   * Downloads what booting will need into the browser's cache without starting anything, so that a later
   * {@link #start()} is quick; does nothing when the kernel is started or has nothing to fetch.
   */
  default void prefetch() {}

  /**
   * An element begins to use this executor. It does not start the kernel: {@link #execute} does, or the element
   * calls {@link #start()} when its {@code boot} choice says so. Several elements may share one executor; it lives
   * while any of them uses it.
   */
  void retain();

  /** An element no longer uses this executor; when the last one lets go, the kernel ends ({@link #dispose()}). */
  void release();

  /**
   * Queues {@code request} (an {@code execute_request}). Every message whose parent is the request goes to
   * {@code handler}, in order; its {@code execute_reply} ends it (the kernel's {@code status} idle may follow).
   * Failures to start the kernel arrive the same way, as an {@code error} message followed by an
   * {@code execute_reply} with status {@code error}. As in Jupyter, when a request fails (an error, an interrupt, a
   * restart) the requests still waiting are not run: each gets an {@code execute_reply} with status
   * {@code aborted}.
   */
  void execute(JupyterMessage request, MessageHandler handler);

  /**
   * Takes a request (by its {@code msg_id}) off the queue before it runs; it then ends with an {@code execute_reply}
   * of status {@code aborted}. Returns false when the request has already started or is unknown.
   */
  boolean cancel(String requestMsgId);

  /**
   * Sends a shell request other than {@code execute_request} ({@code complete_request}, {@code inspect_request},
   * {@code is_complete_request}, {@code kernel_info_request}) straight to the kernel, not through the execution
   * queue; its reply (and any {@code status}) go to {@code handler}. It never starts the kernel: when no kernel is
   * running, the reply comes at once with status {@code error}.
   */
  default void request(JupyterMessage request, MessageHandler handler) {
    handler.onMessage(JupyterMessage.errorReply(request, "KernelNotRunning", "Python is not running yet."));
  }

  /** The kernel's state now. */
  default KernelState state() {
    return KernelState.NOT_STARTED;
  }

  /** Calls {@code listener} at each change of {@link #state()}; the returned Runnable unsubscribes it. */
  default Runnable onStateChange(KernelStateListener listener) {
    return () -> {};
  }

  /** Answers the running cell's {@code input_request} with what the reader typed. */
  void inputReply(String value);

  /** Stops what is running now. */
  void interrupt();

  /** Ends the kernel and starts a fresh one. */
  void restart();

  /** Ends the kernel and frees what it holds; {@link #start()} brings up a new one. */
  void dispose();

  /** The kernel's comms (for widgets), or null when this executor has none. */
  default CommProvider commProvider() {
    return null;
  }
}
