package io.jupyterkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class KernelStateTest {
  @Test
  void anExecutorsOwnWordsReplaceTheBuiltInLabel() {
    assertEquals("Loading Python 38 %…", KernelState.loading(0.385, "pyodide.js").label());
    KernelState own = new KernelState(KernelState.Phase.LOADING, 0.5, "", "Connecting to the server…");
    assertEquals("Connecting to the server…", own.label());
    assertEquals(KernelState.Phase.LOADING, own.phase());
    assertNotEquals(new KernelState(KernelState.Phase.IDLE, -1, "", "Server: idle"), KernelState.IDLE,
        "a change of words is a change of state");
    assertEquals(new KernelState(KernelState.Phase.IDLE, -1, "", null), KernelState.IDLE);
  }
}
