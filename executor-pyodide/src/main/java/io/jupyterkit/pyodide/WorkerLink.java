package io.jupyterkit.pyodide;

import jsinterop.base.JsPropertyMap;

/**
 * The executor's line to its worker, wherever the worker lives: in the page ({@link LocalWorker}) or in a sandbox
 * frame of opaque origin ({@link SandboxedWorker}), which owns the shared memory then, since that cannot pass from
 * the page to another origin.
 */
interface WorkerLink {
  /** What the worker says, for the executor; {@code from} tells a replaced worker's last words from the current's. */
  interface Listener {
    /** A Jupyter message the worker posted, or an array of them sent together. */
    void message(WorkerLink from, Object data);

    /** The worker failed or could not start; {@code reason} is empty when the browser gave none. */
    void failed(WorkerLink from, String reason);
  }

  /** Sends the boot request, with shared memory in its buffers when the worker's owner is cross-origin isolated. */
  void boot(Object bootRequest);

  /** Sends a Jupyter message. */
  void post(Object message);

  /** Whether the worker shares memory with its owner: cooperative interrupt and input() need it. */
  boolean sharedMemory();

  void raiseInterrupt();

  /** A cell is about to be sent: clears an interrupt meant for the previous one. */
  void cellStarting();

  void answerInput(String value);

  /** Sends a comm message: through the shared inbox while a cell runs, when it can, else posted. */
  void postComm(JsPropertyMap<Object> message, boolean cellRunning);

  /** Ends the worker and everything of it. */
  void terminate();
}
