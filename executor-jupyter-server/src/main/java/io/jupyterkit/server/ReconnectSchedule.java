package io.jupyterkit.server;

/**
 * When to try again after the kernel's WebSocket dropped: quickly at first (a network blip heals at once), then
 * doubling up to a ceiling, for a bounded number of attempts. Plain Java.
 */
public final class ReconnectSchedule {
  static final int FIRST_DELAY_MS = 100;
  static final int MAX_DELAY_MS = 4000;

  private final int attempts;

  /** {@code attempts} tries before giving up. */
  public ReconnectSchedule(int attempts) {
    this.attempts = Math.max(0, attempts);
  }

  /** Whether attempt {@code attempt} (from 0) is still to be made. */
  public boolean allows(int attempt) {
    return attempt < attempts;
  }

  /** How long to wait before attempt {@code attempt} (from 0): 100 ms, 200, 400, ... at most 4 s. */
  public int delayMs(int attempt) {
    double delay = FIRST_DELAY_MS * Math.pow(2, Math.min(attempt, 20));
    return (int) Math.min(delay, MAX_DELAY_MS);
  }

  public int attempts() {
    return attempts;
  }
}
