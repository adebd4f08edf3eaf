package io.jupyterkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelStartsTest {
  @Test
  void aKernelCountsAsStartedOnceAfterEachBootAndNotAfterInstallingForACell() {
    KernelStarts starts = new KernelStarts();
    List<Boolean> seen = new ArrayList<>();
    for (KernelState state : new KernelState[] {KernelState.NOT_STARTED, KernelState.loading(0.5, "x"),
        KernelState.installing("ipywidgets"), KernelState.IDLE, KernelState.BUSY, KernelState.installing("numpy"),
        KernelState.BUSY, KernelState.IDLE, KernelState.loading(-1, "x"), KernelState.BUSY,
        KernelState.failed("crash"), KernelState.IDLE}) {
      seen.add(starts.started(state));
    }
    assertEquals(List.of(false, false, false, true, false, false, false, false, false, true, false, true), seen);
  }

  @Test
  void anExecutorAlreadyRunningCountsAsJustStartedForANewWatcher() {
    assertEquals(true, new KernelStarts().started(KernelState.BUSY));
  }
}
