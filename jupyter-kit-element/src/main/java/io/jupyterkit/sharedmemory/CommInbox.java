package io.jupyterkit.sharedmemory;

import java.util.ArrayList;
import java.util.List;

/**
 * Comm messages for a cell that is still running. A worker busy with a cell cannot read postMessage; but while
 * the cell sleeps or waits for input() the worker empties this inbox and hands the messages to Python, so a widget
 * can talk to a running loop. Layout: a lock word, the bytes used, then from byte 8 records of a length word and
 * the message's UTF-8 JSON, each padded to four bytes. Whoever holds the lock (word 0 is 1) alone touches the rest:
 * the page only tries, the worker waits for it.
 */
public final class CommInbox<T> {
  /** The bytes records may take. */
  public static final int CAPACITY = 1 << 18;
  private static final int DATA = 8;
  public static final int BYTES = DATA + CAPACITY;
  private static final int LOCK = 0;
  private static final int USED = 1;
  private static final int FREE = 0;
  private static final int HELD = 1;
  private static final int LENGTH_BYTES = 4;

  private final SharedWords words;
  private final SharedBytes<T> bytes;

  public CommInbox(SharedWords words, SharedBytes<T> bytes) {
    this.words = words;
    this.bytes = bytes;
  }

  /** Page: adds a message's JSON; false when it does not fit or the worker holds the lock. */
  public boolean offer(String json) {
    T encoded = bytes.encode(json);
    int length = bytes.length(encoded);
    if (words.compareExchange(LOCK, FREE, HELD) != FREE) {
      return false;
    }
    try {
      int used = words.load(USED);
      int record = LENGTH_BYTES + padded(length);
      if (used + record > CAPACITY) {
        return false;
      }
      words.store((DATA + used) / 4, length);
      bytes.write(DATA + used + LENGTH_BYTES, encoded, length);
      words.store(USED, used + record);
      return true;
    } finally {
      words.store(LOCK, FREE);
    }
  }

  /** Worker: takes every message's JSON, oldest first, and leaves the inbox empty. */
  public List<String> drain() {
    List<String> messages = new ArrayList<>();
    if (words.load(USED) == 0) {
      return messages;
    }
    while (words.compareExchange(LOCK, FREE, HELD) != FREE) {
      // The page holds the lock only while it copies one message in.
    }
    try {
      int used = words.load(USED);
      for (int offset = 0; offset < used; ) {
        int length = words.load((DATA + offset) / 4);
        messages.add(bytes.read(DATA + offset + LENGTH_BYTES, length));
        offset += LENGTH_BYTES + padded(length);
      }
      words.store(USED, 0);
    } finally {
      words.store(LOCK, FREE);
    }
    return messages;
  }

  private static int padded(int length) {
    return (length + 3) & ~3;
  }
}
