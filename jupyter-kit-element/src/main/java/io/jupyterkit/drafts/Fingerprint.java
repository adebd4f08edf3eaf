package io.jupyterkit.drafts;

/**
 * A fingerprint of a notebook's original: the length of its text and a 32-bit FNV-1a hash of its UTF-16 code
 * units, taken a slice at a time so that a notebook of 100 MB never holds up the page. The text comes in chunks
 * from a {@link Source} (the fetched text whole, or an object's JSON a cell at a time). A draft records the
 * fingerprint of the original it was made from; a different fingerprint later means the original changed.
 */
public final class Fingerprint {
  /** Supplies the text in order, a chunk at a time. */
  public interface Source {
    /** The next chunk, or null after the last. */
    String next();
  }

  /** Characters hashed per slice: a millisecond or two of work. */
  public static final int SLICE_CHARS = 1 << 18;
  private static final int OFFSET_BASIS = 0x811c9dc5;
  private static final int PRIME = 16777619;
  private static final String HEX = "0123456789abcdef";

  private final Source source;
  private String chunk = "";
  private int at;
  private int length;
  private int hash = OFFSET_BASIS;
  private boolean done;

  public Fingerprint(Source source) {
    this.source = source;
  }

  /** A source of {@code text} in one chunk. */
  public static Source whole(String text) {
    String[] left = {text == null ? "" : text};
    return () -> {
      String next = left[0];
      left[0] = null;
      return next;
    };
  }

  /** The whole fingerprint of {@code text} at once, for texts known to be small. */
  public static String of(String text) {
    Fingerprint fingerprint = new Fingerprint(whole(text));
    fingerprint.advance(Integer.MAX_VALUE);
    return fingerprint.value();
  }

  /** Hashes about {@code chars} more characters (at least one chunk's worth of progress); returns whether done. */
  public boolean advance(int chars) {
    int budget = chars;
    while (!done && budget > 0) {
      if (at >= chunk.length()) {
        String next = source.next();
        if (next == null) {
          done = true;
          break;
        }
        chunk = next;
        at = 0;
        continue;
      }
      int end = budget >= chunk.length() - at ? chunk.length() : at + budget;
      int h = hash;
      for (int i = at; i < end; i++) {
        h = (h ^ chunk.charAt(i)) * PRIME;
      }
      hash = h;
      budget -= end - at;
      length += end - at;
      at = end;
    }
    return done;
  }

  public boolean done() {
    return done;
  }

  /** {@code length:hash} in hex; only meaningful once {@link #done()}. */
  public String value() {
    StringBuilder hex = new StringBuilder(length + ":");
    for (int shift = 28; shift >= 0; shift -= 4) {
      hex.append(HEX.charAt((hash >>> shift) & 15));
    }
    return hex.toString();
  }
}
