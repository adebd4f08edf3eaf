package io.jupyterkit.sharedmemory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A shared buffer on the JVM: one byte array seen as little-endian words (as an Int32Array in every browser) and
 * as bytes, for driving the layouts from one thread. A wait returns at once, as a wait that timed out.
 */
final class ArrayMemory implements SharedWords, SharedBytes<byte[]> {
  final byte[] memory;
  private final ByteBuffer words;
  /** How often each word was woken. */
  final int[] wakes;
  /** How often a waiter blocked on each word. */
  final int[] waits;

  ArrayMemory(int bytes) {
    memory = new byte[bytes];
    words = ByteBuffer.wrap(memory).order(ByteOrder.LITTLE_ENDIAN);
    wakes = new int[bytes / 4];
    waits = new int[bytes / 4];
  }

  @Override
  public int load(int index) {
    return words.getInt(index * 4);
  }

  @Override
  public void store(int index, int value) {
    words.putInt(index * 4, value);
  }

  @Override
  public int compareExchange(int index, int expected, int replacement) {
    int held = load(index);
    if (held == expected) {
      store(index, replacement);
    }
    return held;
  }

  @Override
  public void wakeOne(int index) {
    wakes[index]++;
  }

  @Override
  public void waitWhile(int index, int value, double timeoutMs) {
    if (load(index) == value) {
      waits[index]++;
    }
  }

  @Override
  public byte[] encode(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public int length(byte[] encoded) {
    return encoded.length;
  }

  @Override
  public void write(int offset, byte[] encoded, int count) {
    System.arraycopy(encoded, 0, memory, offset, count);
  }

  @Override
  public String read(int offset, int length) {
    return new String(memory, offset, length, StandardCharsets.UTF_8);
  }
}
