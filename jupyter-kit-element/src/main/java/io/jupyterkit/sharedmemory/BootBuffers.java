package io.jupyterkit.sharedmemory;

/**
 * Where each shared buffer travels in the {@code buffers} of the page's {@code boot_request} (a SharedArrayBuffer
 * there is shared, not copied). Without cross-origin isolation there are none.
 */
public final class BootBuffers {
  public static final int INTERRUPT = 0;
  public static final int STDIN = 1;
  public static final int COMM_INBOX = 2;

  private BootBuffers() {}
}
