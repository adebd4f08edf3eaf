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
   * Queues {@code request} (an {@code execute_request}). Every message whose parent is the request goes to
   * {@code handler}, in order; the last one is its {@code execute_reply}. Failures to start the kernel arrive the
   * same way, as an {@code error} message followed by an {@code execute_reply} with status {@code error}.
   */
  void execute(JupyterMessage request, MessageHandler handler);

  /**
   * Takes a request off the queue before it runs; it then ends with an error saying so. Returns false when the
   * request has already started or is unknown.
   */
  boolean cancel(JupyterMessage request);

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
