package io.jupyterkit.protocol;

/** Message ids unique within a page: a session prefix and a counter. */
public final class MessageIds {
  // int, not long: Java longs are emulated in JavaScript, and that code would ship just for this.
  private static final String SESSION = Integer.toString((int) (Math.random() * Integer.MAX_VALUE), 36);
  private static int counter;

  private MessageIds() {}

  public static String next() {
    return SESSION + "-" + (++counter);
  }
}
