package io.jupyterkit.sharedmemory;

/**
 * The 32-bit words of a shared buffer, by index, each read and written atomically: {@code Atomics} over an
 * {@code Int32Array} in the browser.
 */
public interface SharedWords {
  int load(int index);

  void store(int index, int value);

  /** Stores {@code replacement} if the word holds {@code expected}; returns what it held. */
  int compareExchange(int index, int expected, int replacement);

  /** Wakes one agent waiting on the word. */
  void wakeOne(int index);

  /** Blocks while the word holds {@code value}, at most {@code timeoutMs}, or until woken (workers only). */
  void waitWhile(int index, int value, double timeoutMs);
}
