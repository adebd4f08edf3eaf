package io.jupyterkit.kernel;

/** Hears each change of an executor's {@link KernelState}. */
public interface KernelStateListener {
  void onState(KernelState state);
}
