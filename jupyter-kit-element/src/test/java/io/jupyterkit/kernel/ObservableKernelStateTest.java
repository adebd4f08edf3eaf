package io.jupyterkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservableKernelStateTest {
  private final List<Throwable> errors = new ArrayList<>();
  private final ObservableKernelState state = new ObservableKernelState(errors::add);

  @Test
  void listenersHearOnlyChanges() {
    List<KernelState> heard = new ArrayList<>();
    state.listen(heard::add);
    state.set(KernelState.IDLE);
    state.set(KernelState.IDLE);
    state.set(KernelState.BUSY);
    assertEquals(List.of(KernelState.IDLE, KernelState.BUSY), heard);
    assertEquals(KernelState.BUSY, state.current());
  }

  @Test
  void aListenerThatThrowsDoesNotSilenceTheOthers() {
    List<KernelState> heard = new ArrayList<>();
    state.listen(next -> {
      throw new IllegalStateException("broken listener");
    });
    state.listen(heard::add);
    state.set(KernelState.IDLE);
    assertEquals(List.of(KernelState.IDLE), heard);
    assertEquals(1, errors.size());
  }

  @Test
  void aListenerCanStopListeningWhileItIsTold() {
    List<KernelState> heard = new ArrayList<>();
    Runnable[] stop = new Runnable[1];
    stop[0] = state.listen(next -> {
      heard.add(next);
      stop[0].run();
    });
    state.set(KernelState.IDLE);
    state.set(KernelState.BUSY);
    assertEquals(List.of(KernelState.IDLE), heard);
  }
}
