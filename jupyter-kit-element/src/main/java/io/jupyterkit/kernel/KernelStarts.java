package io.jupyterkit.kernel;

/**
 * Tells when a kernel has just come up (after its first boot or a restart), the moment Jupyter front ends ask it
 * for its {@code kernel_info}: a state that can run cells after one that could not.
 */
public final class KernelStarts {
  private boolean down = true;

  /** Whether {@code state}, the executor's state now, is the first that can run cells since it was down. */
  public boolean started(KernelState state) {
    KernelState.Phase phase = state == null ? KernelState.Phase.NOT_STARTED : state.phase();
    switch (phase) {
      case IDLE:
      case BUSY:
        boolean first = down;
        down = false;
        return first;
      case INSTALLING:
        return false;
      default:
        down = true;
        return false;
    }
  }
}
