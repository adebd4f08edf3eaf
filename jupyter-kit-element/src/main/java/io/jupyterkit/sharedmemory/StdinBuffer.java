package io.jupyterkit.sharedmemory;

/**
 * The reader's answer to {@code input()}: a state word (the worker stores {@link #WAITING} before it asks, the page
 * {@link #ANSWERED} once the answer is in), the answer's length in bytes, then its UTF-8 bytes from byte 8.
 */
public final class StdinBuffer<T> {
  /** The longest answer, in UTF-8 bytes; longer answers are cut. */
  public static final int CAPACITY = 1 << 16;
  private static final int DATA = 8;
  public static final int BYTES = DATA + CAPACITY;
  private static final int STATE = 0;
  private static final int LENGTH = 1;
  private static final int WAITING = 0;
  private static final int ANSWERED = 1;

  private final SharedWords words;
  private final SharedBytes<T> bytes;

  public StdinBuffer(SharedWords words, SharedBytes<T> bytes) {
    this.words = words;
    this.bytes = bytes;
  }

  /** Page: hands over the reader's answer, cut to {@link #CAPACITY} bytes, and wakes the waiting worker. */
  public void answer(String value) {
    T encoded = bytes.encode(value);
    int length = Math.min(bytes.length(encoded), CAPACITY);
    bytes.write(DATA, encoded, length);
    words.store(LENGTH, length);
    words.store(STATE, ANSWERED);
    words.wakeOne(STATE);
  }

  /** Worker: forgets any earlier answer; called before it asks for the next one. */
  public void expectAnswer() {
    words.store(STATE, WAITING);
  }

  public boolean answered() {
    return words.load(STATE) != WAITING;
  }

  /** Worker: waits at most {@code timeoutMs} for the answer. */
  public void awaitAnswer(double timeoutMs) {
    words.waitWhile(STATE, WAITING, timeoutMs);
  }

  /** Worker: the answer, once {@link #answered}. */
  public String read() {
    return bytes.read(DATA, words.load(LENGTH));
  }
}
