package io.jupyterkit.element;

/**
 * When the element starts its executor's kernel, from its {@code boot} attribute: {@code eager} as soon as element
 * and executor are on the page, {@code visible} once the element comes near the viewport, {@code idle} once the
 * browser is idle after the page loaded, and {@code run} (the default) when the reader first runs a cell, having
 * downloaded the files meanwhile ({@link Action#PREFETCH}) once the element is near the viewport and the browser
 * idle. Booting costs every visitor tens of megabytes and seconds of CPU; most readers of a page never run a cell.
 * Plain Java: what to wait for, in order, then what to do.
 */
final class BootPolicy {
  enum Action { START, PREFETCH }

  static final String DEFAULT = "run";

  private final boolean waitVisible;
  private final boolean waitIdle;
  private final Action action;

  private BootPolicy(boolean waitVisible, boolean waitIdle, Action action) {
    this.waitVisible = waitVisible;
    this.waitIdle = waitIdle;
    this.action = action;
  }

  /** The policy an attribute value asks for; a missing or unknown value is the default, {@code run}. */
  static BootPolicy of(String attribute) {
    String mode = attribute == null ? DEFAULT : attribute.trim().toLowerCase();
    switch (mode) {
      case "eager":
        return new BootPolicy(false, false, Action.START);
      case "visible":
        return new BootPolicy(true, false, Action.START);
      case "idle":
        return new BootPolicy(false, true, Action.START);
      default:
        return new BootPolicy(true, true, Action.PREFETCH);
    }
  }

  /** First wait until the element is near the viewport. */
  boolean waitsForVisible() {
    return waitVisible;
  }

  /** Then wait until the browser is idle (after the page has loaded). */
  boolean waitsForIdle() {
    return waitIdle;
  }

  /** Then do this, once. */
  Action action() {
    return action;
  }
}
