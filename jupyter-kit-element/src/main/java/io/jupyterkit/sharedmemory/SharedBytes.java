package io.jupyterkit.sharedmemory;

/**
 * The bytes of a shared buffer (the same memory as its {@link SharedWords}) and the UTF-8 text kept in them.
 *
 * @param <T> the platform's encoded text: a {@code Uint8Array} in the browser, a {@code byte[]} on the JVM
 */
public interface SharedBytes<T> {
  /** The UTF-8 bytes of {@code text}. */
  T encode(String text);

  int length(T encoded);

  /** Copies the first {@code count} bytes of {@code encoded} to {@code offset}. */
  void write(int offset, T encoded, int count);

  /** The text of the {@code length} UTF-8 bytes at {@code offset}; a character cut short decodes as U+FFFD. */
  String read(int offset, int length);
}
