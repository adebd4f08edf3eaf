package io.jupyterkit.server;

/**
 * Where the parts of a binary kernel-channels frame lie. Both framings put a table of offsets before the parts:
 * <ul>
 *   <li>{@code v1.kernel.websocket.jupyter.org}: little-endian 64-bit words, the first the number of offsets
 *       that follow (parts + 1), then the start of each part and the end of the last; the parts are the channel,
 *       the header, parent header, metadata and content (JSON) and the binary buffers.
 *   <li>the legacy framing's binary messages (those with buffers): big-endian 32-bit words, the first the number
 *       of parts, then the start of each part; the first part is the whole message as JSON but its buffers, the
 *       others are the buffers, the last running to the end of the frame.
 * </ul>
 * Plain Java: the glue reads and writes the words, this says which and where, and refuses a frame whose table
 * does not fit it (a malformed frame is reported, not followed).
 */
public final class FrameLayout {
  /** The v1 parts before the buffers: channel, header, parent_header, metadata, content. */
  public static final int V1_FIXED_PARTS = 5;

  /** Reads word {@code index} of a frame's offset table. */
  public interface Words {
    double word(int index);
  }

  private FrameLayout() {}

  /** The v1 offset table for parts of {@code lengths} bytes: its words, in order. */
  public static double[] v1Table(int[] lengths) {
    double[] words = new double[lengths.length + 2];
    words[0] = lengths.length + 1;
    double offset = 8.0 * (lengths.length + 2);
    words[1] = offset;
    for (int i = 0; i < lengths.length; i++) {
      offset += lengths[i];
      words[i + 2] = offset;
    }
    return words;
  }

  /** Bytes the v1 table of {@code parts} parts takes. */
  public static int v1TableBytes(int parts) {
    return 8 * (parts + 2);
  }

  /**
   * The bounds of a v1 frame's parts: {@code bounds[i]} to {@code bounds[i + 1]} is part {@code i}. Throws
   * {@link IllegalArgumentException} when the table is not one of {@code frameBytes} bytes with at least the five
   * fixed parts.
   */
  public static int[] v1Bounds(Words words, int frameBytes) {
    if (frameBytes < 8) {
      throw new IllegalArgumentException("a v1 frame of " + frameBytes + " bytes has no offset table");
    }
    double count = words.word(0);
    if (count < V1_FIXED_PARTS + 1 || 8 * (count + 1) > frameBytes) {
      throw new IllegalArgumentException("a v1 frame of " + frameBytes + " bytes cannot hold " + count + " offsets");
    }
    int[] bounds = new int[(int) count];
    for (int i = 0; i < bounds.length; i++) {
      double offset = words.word(i + 1);
      if (offset < 8 * (count + 1) || offset > frameBytes || (i > 0 && offset < bounds[i - 1])) {
        throw new IllegalArgumentException("offset " + i + " of a v1 frame (" + offset + ") is out of order or range");
      }
      bounds[i] = (int) offset;
    }
    return bounds;
  }

  /** The legacy binary message's table for parts (the JSON first, then buffers) of {@code lengths} bytes. */
  public static double[] legacyTable(int[] lengths) {
    double[] words = new double[lengths.length + 1];
    words[0] = lengths.length;
    double offset = 4.0 * (lengths.length + 1);
    for (int i = 0; i < lengths.length; i++) {
      words[i + 1] = offset;
      offset += lengths[i];
    }
    return words;
  }

  /** Bytes the legacy table of {@code parts} parts takes. */
  public static int legacyTableBytes(int parts) {
    return 4 * (parts + 1);
  }

  /**
   * The bounds of a legacy binary message's parts, the frame's end last; throws {@link IllegalArgumentException}
   * when the table does not fit a frame of {@code frameBytes} bytes.
   */
  public static int[] legacyBounds(Words words, int frameBytes) {
    if (frameBytes < 4) {
      throw new IllegalArgumentException("a binary message of " + frameBytes + " bytes has no offset table");
    }
    double count = words.word(0);
    if (count < 1 || 4 * (count + 1) > frameBytes) {
      throw new IllegalArgumentException("a binary message of " + frameBytes + " bytes cannot hold " + count
          + " parts");
    }
    int[] bounds = new int[(int) count + 1];
    for (int i = 0; i < count; i++) {
      double offset = words.word(i + 1);
      if (offset < 4 * (count + 1) || offset > frameBytes || (i > 0 && offset < bounds[i - 1])) {
        throw new IllegalArgumentException("offset " + i + " of a binary message (" + offset
            + ") is out of order or range");
      }
      bounds[i] = (int) offset;
    }
    bounds[bounds.length - 1] = frameBytes;
    return bounds;
  }
}
