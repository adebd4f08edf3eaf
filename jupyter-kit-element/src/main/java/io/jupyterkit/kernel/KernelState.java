package io.jupyterkit.kernel;

/**
 * What an executor's kernel is doing, as a notebook toolbar shows it: "Loading Python 38 %…", "Installing
 * ipywidgets…", "Idle", "Busy", "Failed: … Retry". Immutable; executors announce a new one at each change.
 */
public final class KernelState {
  /** The kernel's phase of life. */
  public enum Phase {
    /** Nothing started yet (booting waits for the first run, or for the page's {@code boot} choice). */
    NOT_STARTED,
    /** Downloading and starting the interpreter; {@link #progress()} may say how far. */
    LOADING,
    /** Installing packages before cells can run; {@link #detail()} names them. */
    INSTALLING,
    IDLE,
    BUSY,
    /** Booting failed or the interpreter died; {@link #detail()} says why, in words for a reader. */
    FAILED
  }

  public static final KernelState NOT_STARTED = new KernelState(Phase.NOT_STARTED, -1, "");
  public static final KernelState IDLE = new KernelState(Phase.IDLE, -1, "");
  public static final KernelState BUSY = new KernelState(Phase.BUSY, -1, "");

  private final Phase phase;
  private final double progress;
  private final String detail;
  /** The words to show instead of {@link #label()}'s own (an executor that is not Python's says its own), or null. */
  private final String label;

  public KernelState(Phase phase, double progress, String detail) {
    this(phase, progress, detail, null);
  }

  public KernelState(Phase phase, double progress, String detail, String label) {
    this.phase = phase;
    this.progress = progress;
    this.detail = detail == null ? "" : detail;
    this.label = label;
  }

  public static KernelState loading(double progress, String detail) {
    return new KernelState(Phase.LOADING, progress, detail);
  }

  public static KernelState installing(String packages) {
    return new KernelState(Phase.INSTALLING, -1, packages);
  }

  public static KernelState failed(String why) {
    return new KernelState(Phase.FAILED, -1, why);
  }

  public Phase phase() {
    return phase;
  }

  /** How much of the download is done, from 0 to 1, or -1 when unknown. */
  public double progress() {
    return progress;
  }

  /** The candidate being loaded, the packages being installed, or why it failed; empty otherwise. */
  public String detail() {
    return detail;
  }

  /** The words a toolbar shows. */
  public String label() {
    if (label != null) {
      return label;
    }
    switch (phase) {
      case NOT_STARTED:
        return "Python not started";
      case LOADING:
        return progress < 0 ? "Loading Python…" : "Loading Python " + (int) Math.floor(progress * 100) + " %…";
      case INSTALLING:
        return "Installing " + detail + "…";
      case IDLE:
        return "Idle";
      case BUSY:
        return "Busy";
      default:
        return "Failed: " + detail;
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof KernelState)) {
      return false;
    }
    KernelState that = (KernelState) other;
    return phase == that.phase && progress == that.progress && detail.equals(that.detail)
        && label().equals(that.label());
  }

  @Override
  public int hashCode() {
    return phase.hashCode() * 31 + detail.hashCode();
  }

  @Override
  public String toString() {
    return label();
  }
}
