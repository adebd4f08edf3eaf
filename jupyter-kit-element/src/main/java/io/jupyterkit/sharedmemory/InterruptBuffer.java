package io.jupyterkit.sharedmemory;

/**
 * Python's interrupt signal: one word, the buffer Pyodide's {@code setInterruptBuffer} watches (it raises
 * KeyboardInterrupt when the word is non-zero and clears it). A sleeping cell waits on the same word, so the page
 * wakes it either to interrupt it or to let it read the {@link CommInbox}.
 */
public final class InterruptBuffer {
  public static final int BYTES = 4;
  /** The signal number Pyodide takes for SIGINT. */
  private static final int SIGINT = 2;
  private static final int SIGNAL = 0;
  private static final int NONE = 0;

  private final SharedWords words;

  public InterruptBuffer(SharedWords words) {
    this.words = words;
  }

  /** Page: interrupts the running cell, waking it if it sleeps. */
  public void raise() {
    words.store(SIGNAL, SIGINT);
    words.wakeOne(SIGNAL);
  }

  /** Page: forgets a signal that came after its cell ended, before the next cell starts. */
  public void clear() {
    words.store(SIGNAL, NONE);
  }

  /** Page: wakes a sleeping cell without interrupting it, after leaving messages in the comm inbox. */
  public void wake() {
    words.wakeOne(SIGNAL);
  }

  /** Worker: whether the page interrupted; takes the signal, so Python does not raise a second KeyboardInterrupt. */
  public boolean take() {
    if (words.load(SIGNAL) == NONE) {
      return false;
    }
    words.store(SIGNAL, NONE);
    return true;
  }

  /** Worker: sleeps up to {@code timeoutMs} unless the page interrupts or wakes it; {@link #take}s the signal. */
  public boolean sleep(double timeoutMs) {
    words.waitWhile(SIGNAL, NONE, timeoutMs);
    return take();
  }
}
