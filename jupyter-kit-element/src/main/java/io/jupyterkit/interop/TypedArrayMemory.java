package io.jupyterkit.interop;

import elemental2.core.ArrayBuffer;
import elemental2.core.Int32Array;
import elemental2.core.Uint8Array;
import elemental2.dom.TextDecoder;
import elemental2.dom.TextEncoder;
import io.jupyterkit.externs.browser.Atomics;
import io.jupyterkit.sharedmemory.CommInbox;
import io.jupyterkit.sharedmemory.InterruptBuffer;
import io.jupyterkit.sharedmemory.SharedBytes;
import io.jupyterkit.sharedmemory.SharedWords;
import io.jupyterkit.sharedmemory.StdinBuffer;
import jsinterop.base.Js;

/**
 * A SharedArrayBuffer seen by the layouts of {@code io.jupyterkit.sharedmemory}: its words through {@code Atomics},
 * its bytes as a {@code Uint8Array}.
 */
public final class TypedArrayMemory implements SharedWords, SharedBytes<Uint8Array> {
  private final Int32Array words;
  private final Uint8Array bytes;

  private TypedArrayMemory(ArrayBuffer buffer) {
    words = new Int32Array(buffer);
    bytes = new Uint8Array(buffer);
  }

  public static InterruptBuffer interruptBuffer(ArrayBuffer buffer) {
    return new InterruptBuffer(new TypedArrayMemory(buffer));
  }

  public static StdinBuffer<Uint8Array> stdinBuffer(ArrayBuffer buffer) {
    TypedArrayMemory memory = new TypedArrayMemory(buffer);
    return new StdinBuffer<>(memory, memory);
  }

  public static CommInbox<Uint8Array> commInbox(ArrayBuffer buffer) {
    TypedArrayMemory memory = new TypedArrayMemory(buffer);
    return new CommInbox<>(memory, memory);
  }

  @Override
  public int load(int index) {
    return Atomics.load(words, index);
  }

  @Override
  public void store(int index, int value) {
    Atomics.store(words, index, value);
  }

  @Override
  public int compareExchange(int index, int expected, int replacement) {
    return Atomics.compareExchange(words, index, expected, replacement);
  }

  @Override
  public void wakeOne(int index) {
    Atomics.notify(words, index, 1);
  }

  @Override
  public void waitWhile(int index, int value, double timeoutMs) {
    Atomics.wait(words, index, value, timeoutMs);
  }

  @Override
  public Uint8Array encode(String text) {
    return new TextEncoder().encode(text);
  }

  @Override
  public int length(Uint8Array encoded) {
    return encoded.length;
  }

  @Override
  public void write(int offset, Uint8Array encoded, int count) {
    bytes.set(Js.<Uint8Array>uncheckedCast(encoded.subarray(0, count)), offset);
  }

  @Override
  public String read(int offset, int length) {
    // TextDecoder refuses shared memory: slice() copies the bytes out first.
    return new TextDecoder().decode(Js.<Uint8Array>uncheckedCast(bytes.slice(offset, offset + length)));
  }
}
