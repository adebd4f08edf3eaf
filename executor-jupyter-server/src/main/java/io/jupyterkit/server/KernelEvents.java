package io.jupyterkit.server;

/** What the executor tells the reader when the kernel or the connection goes wrong. Plain Java. */
final class KernelEvents {
  private KernelEvents() {}

  static final String DIED_RESTARTED = "The kernel died (its process ended) and the Jupyter server restarted it:"
      + " variables were lost.";
  static final String DIED_FOR_GOOD = "The kernel died and the Jupyter server could not restart it; the next Run"
      + " starts a new one.";
  static final String RESTARTED = "The kernel was restarted; its state was lost.";

  /** The server at {@code base} lost the kernel (it restarted): a new one was started. */
  static String serverRestarted(String base) {
    return "The Jupyter server at " + base + " restarted and this notebook's kernel is gone, so a new kernel was"
        + " started: variables of earlier cells were lost.";
  }

  /** The connection to {@code base} dropped and {@code attempts} tries to reconnect failed. */
  static String connectionLost(String base, int attempts) {
    return "The connection to the Jupyter server at " + base + " was lost and " + attempts + " attempts to"
        + " reconnect failed; the next Run tries again.";
  }
}
