package io.jupyterkit.protocol;

/**
 * What the page and the sandbox frame (which owns the worker for sandboxed execution) say over their MessagePort.
 * Each message is an object whose {@link #KIND} names it; Jupyter messages travel inside as {@link #MESSAGE}.
 */
public final class SandboxProtocol {
  /**
   * The page's first message to the frame's window, with the port: {@link #WORKER_URL}, {@link #MODULE}, and what
   * the network policy is made of ({@link #FILES}, {@link #NETWORK}; see {@link SandboxPolicy}).
   */
  public static final String CONNECT = "jupyter-kit-sandbox-connect";
  public static final String KIND = "kind";
  public static final String WORKER_URL = "workerUrl";
  public static final String MODULE = "module";
  /** The interpreter's own files (absolute URLs), whose folders the worker may load from. */
  public static final String FILES = "files";
  /** The executor's {@code network} option: what else the worker may reach. */
  public static final String NETWORK = "network";
  public static final String MESSAGE = "message";
  public static final String RUNNING = "running";
  public static final String VALUE = "value";
  public static final String REASON = "reason";

  // Page to frame.
  /** A Jupyter message for the worker. */
  public static final String POST = "post";
  /**
   * The boot request, with the page's port for the worker's messages ({@link #REPLY_PORT}): the frame adds its
   * shared memory, if it has any, and hands both to the worker, which then posts straight to the page.
   */
  public static final String BOOT = "boot";
  public static final String REPLY_PORT = "replyPort";
  /** A comm message, with whether a cell runs ({@link #RUNNING}): the frame may put it in the shared inbox. */
  public static final String COMM = "comm";
  public static final String INTERRUPT = "interrupt";
  public static final String CELL_STARTING = "cell-starting";
  public static final String INPUT = "input";

  // Frame to page.
  /** Whether the frame shares memory with the worker ({@link #VALUE}): interrupt and input() need it. */
  public static final String MEMORY = "memory";
  /** The worker failed to start or crashed ({@link #REASON}, empty when the browser gave none). */
  public static final String FAILED = "failed";

  private SandboxProtocol() {}
}
