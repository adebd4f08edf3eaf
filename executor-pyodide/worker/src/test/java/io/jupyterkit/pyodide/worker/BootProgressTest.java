package io.jupyterkit.pyodide.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.pyodide.worker.BootProgress.Tick;
import org.junit.jupiter.api.Test;

class BootProgressTest {
  private static final double EPSILON = 1e-9;

  @Test
  void theFigureIsUnknownUntilEveryBootFileHasASize() {
    BootProgress boot = new BootProgress(1000);
    assertEquals(-1, boot.fraction(), EPSILON, "nothing known yet");
    boot.expect("wasm");
    boot.expect("stdlib");
    boot.size("wasm", 900);
    boot.start("wasm");
    boot.received("wasm", 300);
    assertEquals(-1, boot.fraction(), EPSILON, "the stdlib's size is not known yet");
    boot.size("stdlib", 100);
    assertEquals(0.9 * 300 / 1000, boot.fraction(), EPSILON);
  }

  @Test
  void theFigureIsUnknownUntilTheBootFilesAreNamed() {
    BootProgress boot = new BootProgress(1000);
    boot.size("pyodide.js", 100);
    boot.start("pyodide.js");
    boot.received("pyodide.js", 100);
    boot.finish("pyodide.js", true);
    assertEquals(-1, boot.fraction(), EPSILON, "the loader alone is not the boot");
    boot.expect("wasm");
    boot.size("wasm", 900);
    assertEquals(0.09, boot.fraction(), EPSILON);
  }

  @Test
  void theFigureGrowsWithTheBytesAndStepsAndNeverReachesOne() {
    BootProgress boot = new BootProgress(1000);
    boot.expect("a");
    boot.size("a", 100);
    boot.start("a");
    boot.received("a", 50);
    assertEquals(0.45, boot.fraction(), EPSILON);
    boot.size("extra", 10_000);
    boot.start("extra");
    assertEquals(0.45, boot.fraction(), EPSILON, "a new file never makes the figure go back");
    boot.received("a", 100);
    boot.finish("a", true);
    boot.finish("extra", true);
    assertEquals(0.9, boot.fraction(), EPSILON);
    boot.reach(BootProgress.PYODIDE_STARTED);
    assertEquals(0.95, boot.fraction(), EPSILON);
    boot.reach(BootProgress.KERNEL_STARTED);
    boot.reach(5);
    assertEquals(BootProgress.MOST, boot.fraction(), EPSILON);
  }

  @Test
  void aRequestThatReceivesMoreThanItsLengthCountsAsItsLength() {
    BootProgress boot = new BootProgress(1000);
    boot.expect("gzip");
    boot.size("gzip", 100);
    boot.start("gzip");
    boot.received("gzip", 400);
    assertEquals(0.9, boot.fraction(), EPSILON);
  }

  @Test
  void twoRequestsOfOneUrlCountOnce() {
    BootProgress boot = new BootProgress(1000);
    boot.expect("lock");
    boot.size("lock", 100);
    boot.start("lock");
    boot.start("lock");
    boot.received("lock", 60);
    boot.received("lock", 40);
    assertEquals(0.54, boot.fraction(), EPSILON);
    boot.finish("lock", true);
    assertEquals("lock", boot.waitingFor(), "the other request is still under way");
    boot.finish("lock", true);
    assertNull(boot.waitingFor());
  }

  @Test
  void aForgottenFileNoLongerHoldsTheFigure() {
    BootProgress boot = new BootProgress(1000);
    boot.expect("asm");
    boot.expect("wasm");
    boot.size("wasm", 100);
    boot.start("asm");
    boot.finish("asm", false);
    boot.forget("asm");
    assertEquals(0, boot.fraction(), EPSILON);
  }

  @Test
  void silenceWhileWaitingStallsAfterTheLimit() {
    BootProgress boot = new BootProgress(1000);
    boot.start("hang");
    assertEquals(Tick.CHANGED, boot.tick(0));
    for (int t = 200; t < 1000; t += 200) {
      assertEquals(Tick.QUIET, boot.tick(t), "at " + t);
    }
    assertEquals(Tick.STALLED, boot.tick(1000));
    assertEquals("hang", boot.waitingFor());
  }

  @Test
  void bytesThatKeepComingNeverStall() {
    BootProgress boot = new BootProgress(1000);
    boot.size("slow", 1_000_000);
    boot.start("slow");
    for (int t = 0; t <= 20_000; t += 200) {
      if (t % 800 == 0) {
        boot.received("slow", t);
      }
      assertTrue(boot.tick(t) != Tick.STALLED, "at " + t);
    }
  }

  @Test
  void timeSpentComputingIsNotSilence() {
    BootProgress boot = new BootProgress(1000);
    boot.start("lock");
    boot.tick(0);
    boot.tick(200);
    assertEquals(Tick.QUIET, boot.tick(5200), "the worker was busy for 5 s: bytes may be waiting to be read");
    assertEquals(Tick.QUIET, boot.tick(5400));
    boot.received("lock", 10);
    assertEquals(Tick.CHANGED, boot.tick(5600));
  }

  @Test
  void nothingAwaitedNeverStalls() {
    BootProgress boot = new BootProgress(1000);
    boot.start("wasm");
    boot.finish("wasm", true);
    boot.tick(0);
    for (int t = 200; t < 10_000; t += 200) {
      assertEquals(Tick.QUIET, boot.tick(t), "compiling, not waiting");
    }
  }

  @Test
  void anAwaitedModuleStallsLikeADownload() {
    BootProgress boot = new BootProgress(500);
    boot.await("pyodide.mjs");
    boot.tick(0);
    boot.tick(250);
    assertEquals(Tick.STALLED, boot.tick(500));
    assertEquals("pyodide.mjs", boot.waitingFor());
    boot.arrived("pyodide.mjs");
    assertNull(boot.waitingFor());
  }

  @Test
  void noLimitNeverStalls() {
    BootProgress boot = new BootProgress(0);
    boot.start("hang");
    boot.tick(0);
    for (int t = 200; t < 100_000; t += 200) {
      assertEquals(Tick.QUIET, boot.tick(t));
    }
  }
}
