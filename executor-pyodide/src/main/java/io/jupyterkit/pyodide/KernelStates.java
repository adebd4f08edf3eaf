package io.jupyterkit.pyodide;

import io.jupyterkit.kernel.KernelState;
import io.jupyterkit.kernel.KernelStateListener;
import io.jupyterkit.kernel.ObservableKernelState;
import java.util.function.Consumer;

/**
 * The executor's {@link KernelState} as its boot and cells go, and those who listen to it. The loading figure only
 * grows while one candidate loads (a new candidate starts again from unknown); packages installing show over it;
 * once booted the kernel is busy while a cell runs. Plain Java, tested on the JVM.
 */
final class KernelStates {
  private final ObservableKernelState state;
  private boolean booted;
  private boolean running;
  private boolean installing;
  private String candidate = "";
  private double progress = -1;

  KernelStates(Consumer<Throwable> onListenerError) {
    state = new ObservableKernelState(onListenerError);
  }

  KernelState current() {
    return state.current();
  }

  /** Calls {@code listener} at each change; the Runnable stops that. */
  Runnable listen(KernelStateListener listener) {
    return state.listen(listener);
  }

  /** Booting from {@code src} begins (again). */
  void loading(String src) {
    booted = false;
    installing = false;
    candidate = src;
    progress = -1;
    show();
  }

  /** How far the boot is, from the worker: 0 to 1, or -1 when it cannot tell. */
  void progress(double figure) {
    if (!booted && figure > progress) {
      progress = Math.min(figure, 1);
      show();
    }
  }

  void installing(String packages) {
    installing = true;
    set(KernelState.installing(packages));
  }

  void installed() {
    installing = false;
    show();
  }

  void booted() {
    booted = true;
    installing = false;
    show();
  }

  /** Whether a cell is running now. */
  void running(boolean cellRunning) {
    running = cellRunning;
    if (!installing) {
      show();
    }
  }

  /** Booting failed for good, or the interpreter died: {@code why} in words for a reader. */
  void failed(String why) {
    booted = false;
    installing = false;
    set(KernelState.failed(why));
  }

  /** The kernel was ended and none is starting. */
  void stopped() {
    booted = false;
    installing = false;
    running = false;
    set(KernelState.NOT_STARTED);
  }

  private void show() {
    if (booted) {
      set(running ? KernelState.BUSY : KernelState.IDLE);
    } else if (!installing) {
      set(KernelState.loading(progress, candidate));
    }
  }

  private void set(KernelState next) {
    state.set(next);
  }
}
