package io.jupyterkit.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An executor's current {@link KernelState} and those who listen to its changes, which every executor keeps alike:
 * listeners hear only real changes, one listener that throws does not keep the others from hearing, and a listener
 * may stop listening while it is told. Plain Java, tested on the JVM.
 */
public final class ObservableKernelState {
  private final List<KernelStateListener> listeners = new ArrayList<>();
  /** Where a listener's failure goes (the console). */
  private final Consumer<Throwable> onListenerError;
  private KernelState current = KernelState.NOT_STARTED;

  public ObservableKernelState(Consumer<Throwable> onListenerError) {
    this.onListenerError = onListenerError;
  }

  public KernelState current() {
    return current;
  }

  /** Calls {@code listener} at each change; the Runnable stops that. */
  public Runnable listen(KernelStateListener listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Makes {@code next} the current state, telling the listeners if it differs from the one before. */
  public void set(KernelState next) {
    if (next.equals(current)) {
      return;
    }
    current = next;
    for (KernelStateListener listener : new ArrayList<>(listeners)) {
      try {
        listener.onState(next);
      } catch (RuntimeException e) {
        onListenerError.accept(e);
      }
    }
  }
}
