package io.jupyterkit.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FrameLayoutTest {
  /** A frame as jupyter_server's serialize_msg_to_ws_v1 writes it: uint64 little-endian offsets, then the parts. */
  private static byte[] serverV1Frame(String... parts) {
    byte[][] bytes = new byte[parts.length][];
    int total = 0;
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
      total += bytes[i].length;
    }
    int offsetCount = parts.length + 1;
    ByteBuffer frame = ByteBuffer.allocate(8 * (offsetCount + 1) + total).order(ByteOrder.LITTLE_ENDIAN);
    frame.putLong(offsetCount);
    long offset = 8L * (offsetCount + 1);
    frame.putLong(offset);
    for (byte[] part : bytes) {
      offset += part.length;
      frame.putLong(offset);
    }
    for (byte[] part : bytes) {
      frame.put(part);
    }
    return frame.array();
  }

  private static FrameLayout.Words littleEndian64(byte[] frame) {
    ByteBuffer buffer = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
    return i -> buffer.getLong(8 * i);
  }

  private static FrameLayout.Words bigEndian32(byte[] frame) {
    ByteBuffer buffer = ByteBuffer.wrap(frame).order(ByteOrder.BIG_ENDIAN);
    return i -> Integer.toUnsignedLong(buffer.getInt(4 * i));
  }

  private static String part(byte[] frame, int[] bounds, int index) {
    return new String(frame, bounds[index], bounds[index + 1] - bounds[index], StandardCharsets.UTF_8);
  }

  @Test
  void readsTheServersV1FramesPartByPartBuffersIncluded() {
    byte[] frame = serverV1Frame("iopub", "{\"msg_type\":\"comm_msg\"}", "{}", "{}", "{\"data\":\"é\"}", "BIN1", "");
    int[] bounds = FrameLayout.v1Bounds(littleEndian64(frame), frame.length);
    assertEquals(8, bounds.length);
    assertEquals("iopub", part(frame, bounds, 0));
    assertEquals("{\"msg_type\":\"comm_msg\"}", part(frame, bounds, 1));
    assertEquals("{\"data\":\"é\"}", part(frame, bounds, 4));
    assertEquals("BIN1", part(frame, bounds, 5));
    assertEquals("", part(frame, bounds, 6));
    assertEquals(frame.length, bounds[7]);
  }

  @Test
  void writesTheTableTheServerReads() {
    byte[] frame = serverV1Frame("shell", "{\"a\":1}", "{}", "{}", "{}");
    double[] table = FrameLayout.v1Table(new int[] {5, 7, 2, 2, 2});
    ByteBuffer buffer = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(FrameLayout.v1TableBytes(5), table.length * 8);
    for (int i = 0; i < table.length; i++) {
      assertEquals(buffer.getLong(8 * i), (long) table[i], "word " + i);
    }
  }

  @Test
  void refusesV1FramesWhoseTableDoesNotFit() {
    byte[] frame = serverV1Frame("shell", "{}", "{}", "{}", "{}");
    assertThrows(IllegalArgumentException.class, () -> FrameLayout.v1Bounds(littleEndian64(frame), 4));
    // Written big-endian by mistake: a huge offset count.
    ByteBuffer swapped = ByteBuffer.wrap(frame.clone()).order(ByteOrder.BIG_ENDIAN);
    long count = ByteBuffer.wrap(frame).order(ByteOrder.LITTLE_ENDIAN).getLong(0);
    swapped.putLong(0, count);
    assertThrows(IllegalArgumentException.class, () -> FrameLayout.v1Bounds(littleEndian64(swapped.array()),
        frame.length));
    // Offsets running backwards.
    ByteBuffer backwards = ByteBuffer.wrap(frame.clone()).order(ByteOrder.LITTLE_ENDIAN);
    backwards.putLong(16, frame.length + 10);
    assertThrows(IllegalArgumentException.class, () -> FrameLayout.v1Bounds(littleEndian64(backwards.array()),
        frame.length));
    // Fewer than the five fixed parts.
    byte[] short3 = serverV1Frame("shell", "{}", "{}");
    assertThrows(IllegalArgumentException.class, () -> FrameLayout.v1Bounds(littleEndian64(short3),
        short3.length));
  }

  /** A binary message as jupyter_server's serialize_binary_message writes it (legacy framing with buffers). */
  private static byte[] serverLegacyBinary(String json, String... buffers) {
    String[] parts = new String[buffers.length + 1];
    parts[0] = json;
    System.arraycopy(buffers, 0, parts, 1, buffers.length);
    int[] lengths = new int[parts.length];
    int total = 0;
    for (int i = 0; i < parts.length; i++) {
      lengths[i] = parts[i].getBytes(StandardCharsets.UTF_8).length;
      total += lengths[i];
    }
    ByteBuffer frame = ByteBuffer.allocate(4 * (parts.length + 1) + total).order(ByteOrder.BIG_ENDIAN);
    frame.putInt(parts.length);
    int offset = 4 * (parts.length + 1);
    for (int length : lengths) {
      frame.putInt(offset);
      offset += length;
    }
    for (String part : parts) {
      frame.put(part.getBytes(StandardCharsets.UTF_8));
    }
    return frame.array();
  }

  @Test
  void readsAndWritesLegacyBinaryMessages() {
    byte[] frame = serverLegacyBinary("{\"channel\":\"iopub\"}", "abc", "de");
    int[] bounds = FrameLayout.legacyBounds(bigEndian32(frame), frame.length);
    assertEquals("{\"channel\":\"iopub\"}", part(frame, bounds, 0));
    assertEquals("abc", part(frame, bounds, 1));
    assertEquals("de", part(frame, bounds, 2));
    double[] table = FrameLayout.legacyTable(new int[] {19, 3, 2});
    assertEquals(FrameLayout.legacyTableBytes(3), table.length * 4);
    FrameLayout.Words words = bigEndian32(frame);
    double[] read = new double[table.length];
    for (int i = 0; i < read.length; i++) {
      read[i] = words.word(i);
    }
    assertArrayEquals(read, table);
  }

  @Test
  void refusesLegacyBinaryMessagesWhoseTableDoesNotFit() {
    byte[] frame = serverLegacyBinary("{}", "abc");
    assertThrows(IllegalArgumentException.class, () -> FrameLayout.legacyBounds(bigEndian32(frame), 2));
    ByteBuffer broken = ByteBuffer.wrap(frame.clone()).order(ByteOrder.BIG_ENDIAN);
    broken.putInt(0, 1000);
    assertThrows(IllegalArgumentException.class, () -> FrameLayout.legacyBounds(bigEndian32(broken.array()),
        frame.length));
  }
}
