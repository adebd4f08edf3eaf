package io.jupyterkit.protocol;

/** Message ids unique within a page: a session prefix and a counter. */
public final class MessageIds {
  private static final String SESSION = Long.toString((long) (Math.random() * 1e12), 36);
  private static int counter;

  private MessageIds() {}

  public static String next() {
    return SESSION + "-" + (++counter);
  }
}
