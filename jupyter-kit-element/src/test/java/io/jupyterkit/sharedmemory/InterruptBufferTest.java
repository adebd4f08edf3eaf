package io.jupyterkit.sharedmemory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InterruptBufferTest {
  private final ArrayMemory memory = new ArrayMemory(InterruptBuffer.BYTES);
  private final InterruptBuffer page = new InterruptBuffer(memory);
  private final InterruptBuffer worker = new InterruptBuffer(memory);

  @Test
  void aSignalIsWhatPyodideReadsAndWakesTheSleeper() {
    page.raise();
    assertEquals(2, memory.load(0), "Pyodide raises KeyboardInterrupt for SIGINT in word 0");
    assertEquals(1, memory.wakes[0]);
  }

  @Test
  void theWorkerTakesASignalOnce() {
    assertFalse(worker.take());
    page.raise();
    assertTrue(worker.take());
    assertFalse(worker.take(), "taken: Python must not raise a second KeyboardInterrupt");
    assertEquals(0, memory.load(0));
  }

  @Test
  void aSleepEndsInterruptedOnlyWhenSignalled() {
    assertFalse(worker.sleep(100));
    assertEquals(1, memory.waits[0], "it waited on the signal word");
    page.raise();
    assertTrue(worker.sleep(100));
    assertEquals(1, memory.waits[0], "a signal already there ends the sleep at once");
    assertFalse(worker.sleep(100));
  }

  @Test
  void aClearedSignalDoesNotStopTheNextCell() {
    page.raise();
    page.clear();
    assertFalse(worker.take());
  }

  @Test
  void wakingForMailIsNoSignal() {
    page.wake();
    assertEquals(1, memory.wakes[0]);
    assertFalse(worker.sleep(100));
  }
}
