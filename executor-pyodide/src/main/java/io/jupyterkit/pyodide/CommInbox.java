package io.jupyterkit.pyodide;

import elemental2.core.ArrayBuffer;
import elemental2.core.Global;
import elemental2.core.Int32Array;
import elemental2.core.Uint8Array;
import elemental2.dom.TextEncoder;
import io.jupyterkit.externs.browser.Atomics;
import jsinterop.base.Js;

/**
 * Comm messages for a cell that is still running, in shared memory. A worker busy with a cell cannot read
 * postMessage; but while the cell sleeps (its time.sleep waits on shared memory) the worker reads this inbox and
 * hands the messages to Python, so a widget can talk to a running loop. Layout: a lock word, the bytes used, then
 * records of a length word and UTF-8 JSON, each padded to four bytes. The worker empties it.
 */
final class CommInbox {
  static final int CAPACITY = 1 << 18;

  private final ArrayBuffer buffer = SharedMemory.create(8 + CAPACITY);
  private final Int32Array control = new Int32Array(buffer, 0, 2);

  ArrayBuffer buffer() {
    return buffer;
  }

  /** Adds a message (one without binary buffers); false when it does not fit or the worker holds the lock. */
  boolean offer(Object message) {
    Uint8Array bytes = new TextEncoder().encode(Global.JSON.stringify(message));
    if (Atomics.compareExchange(control, 0, 0, 1) != 0) {
      return false;
    }
    try {
      int used = Atomics.load(control, 1);
      int padded = (bytes.length + 3) & ~3;
      if (used + 4 + padded > CAPACITY) {
        return false;
      }
      new Int32Array(buffer, 8 + used, 1).setAt(0, (double) bytes.length);
      new Uint8Array(buffer, 12 + used, bytes.length).set(Js.<Uint8Array>uncheckedCast(bytes));
      Atomics.store(control, 1, used + 4 + padded);
      return true;
    } finally {
      Atomics.store(control, 0, 0);
    }
  }
}
