package io.jupyterkit.pyodide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jupyterkit.kernel.KernelState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelStatesTest {
  private final List<Throwable> errors = new ArrayList<>();
  private final KernelStates states = new KernelStates(errors::add);
  private final List<String> heard = new ArrayList<>();

  KernelStatesTest() {
    states.listen(state -> heard.add(state.label()));
  }

  @Test
  void aBootGoesFromLoadingThroughInstallingToIdleAndBusy() {
    assertEquals(KernelState.NOT_STARTED, states.current());
    states.loading("/pyodide/pyodide.js");
    states.progress(-1);
    states.progress(0.2);
    states.progress(0.1);
    states.progress(0.5);
    states.installing("ipywidgets");
    states.progress(0.96);
    states.installed();
    states.booted();
    states.running(true);
    states.running(false);
    assertEquals(List.of("Loading Python…", "Loading Python 20 %…", "Loading Python 50 %…", "Installing ipywidgets…",
        "Loading Python 96 %…", "Idle", "Busy", "Idle"), heard);
  }

  @Test
  void aNewCandidateStartsFromUnknownAndARestartLoadsAgain() {
    states.loading("a");
    states.progress(0.7);
    states.loading("b");
    assertEquals(KernelState.loading(-1, "b"), states.current());
    states.booted();
    states.loading("b");
    assertEquals(List.of("Loading Python…", "Loading Python 70 %…", "Loading Python…", "Idle", "Loading Python…"),
        heard);
  }

  @Test
  void packagesInstalledForACellShowThenTheKernelIsBusyAgain() {
    states.loading("a");
    states.booted();
    states.running(true);
    states.installing("numpy");
    states.running(true);
    states.installed();
    assertEquals(List.of("Loading Python…", "Idle", "Busy", "Installing numpy…", "Busy"), heard);
  }

  @Test
  void failuresAndStopsAreAnnouncedAndListenersCanLeave() {
    Runnable leave = states.listen(state -> {
      throw new IllegalStateException("a page bug");
    });
    states.loading("a");
    states.failed("Python could not be started (HTTP 404 Not Found)");
    leave.run();
    states.stopped();
    assertEquals(List.of("Loading Python…", "Failed: Python could not be started (HTTP 404 Not Found)",
        "Python not started"), heard);
    assertEquals(2, errors.size(), "the throwing listener was called until it left, and did not stop the others");
  }
}
