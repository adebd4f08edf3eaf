package io.jupyterkit.drafts;

/**
 * A fingerprint of a notebook's original text: its length and a 32-bit FNV-1a hash of its UTF-16 code units,
 * computed a slice at a time so that hashing a notebook of 100 MB never holds up the page. A draft records the
 * fingerprint of the original it was made from; a different fingerprint later means the original changed.
 */
public final class Fingerprint {
  /** Characters hashed per slice: about a millisecond or two of work. */
  public static final int SLICE_CHARS = 1 << 19;
  private static final int OFFSET_BASIS = 0x811c9dc5;
  private static final int PRIME = 16777619;
  private static final String HEX = "0123456789abcdef";

  private final String text;
  private int at;
  private int hash = OFFSET_BASIS;

  public Fingerprint(String text) {
    this.text = text == null ? "" : text;
  }

  /** The whole fingerprint at once, for texts known to be small. */
  public static String of(String text) {
    Fingerprint fingerprint = new Fingerprint(text);
    fingerprint.advance(Integer.MAX_VALUE);
    return fingerprint.value();
  }

  /** Hashes up to {@code chars} more characters; returns whether the whole text is hashed. */
  public boolean advance(int chars) {
    int end = chars >= text.length() - at ? text.length() : at + chars;
    int h = hash;
    for (int i = at; i < end; i++) {
      h = (h ^ text.charAt(i)) * PRIME;
    }
    hash = h;
    at = end;
    return done();
  }

  public boolean done() {
    return at >= text.length();
  }

  /** {@code length:hash} in hex; only meaningful once {@link #done()}. */
  public String value() {
    StringBuilder hex = new StringBuilder(text.length() + ":");
    for (int shift = 28; shift >= 0; shift -= 4) {
      hex.append(HEX.charAt((hash >>> shift) & 15));
    }
    return hex.toString();
  }
}
