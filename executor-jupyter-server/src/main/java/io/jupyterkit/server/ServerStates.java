package io.jupyterkit.server;

import io.jupyterkit.kernel.KernelState;

/** The executor's {@link KernelState}s in a remote kernel's words, as a notebook's toolbar shows them. Plain Java. */
final class ServerStates {
  private ServerStates() {}

  static KernelState connecting(String base) {
    return new KernelState(KernelState.Phase.LOADING, -1, base, "Connecting to the Jupyter server…");
  }

  static KernelState startingKernel(String kernelName) {
    return new KernelState(KernelState.Phase.LOADING, -1, kernelName, "Starting the kernel " + kernelName + "…");
  }

  static KernelState reconnecting(String base) {
    return new KernelState(KernelState.Phase.LOADING, -1, base, "Reconnecting to the Jupyter server…");
  }

  static KernelState restarting() {
    return new KernelState(KernelState.Phase.LOADING, -1, "", "Restarting the kernel…");
  }

  static KernelState running(boolean busy) {
    return busy ? KernelState.BUSY : KernelState.IDLE;
  }
}
