package io.jupyterkit.element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootPolicyTest {
  @Test
  void eagerStartsAtOnce() {
    BootPolicy eager = BootPolicy.of("eager");
    assertFalse(eager.waitsForVisible());
    assertFalse(eager.waitsForIdle());
    assertEquals(BootPolicy.Action.START, eager.action());
  }

  @Test
  void visibleAndIdleEachWaitForTheirMoment() {
    assertTrue(BootPolicy.of("visible").waitsForVisible());
    assertFalse(BootPolicy.of("visible").waitsForIdle());
    assertEquals(BootPolicy.Action.START, BootPolicy.of("visible").action());
    assertFalse(BootPolicy.of(" IDLE ").waitsForVisible());
    assertTrue(BootPolicy.of(" IDLE ").waitsForIdle());
    assertEquals(BootPolicy.Action.START, BootPolicy.of("idle").action());
  }

  @Test
  void runIsTheDefaultAndOnlyPrefetchesOnceVisibleAndIdle() {
    for (String value : new String[] {null, "run", "", "soon"}) {
      BootPolicy run = BootPolicy.of(value);
      assertTrue(run.waitsForVisible(), value);
      assertTrue(run.waitsForIdle(), value);
      assertEquals(BootPolicy.Action.PREFETCH, run.action(), value);
    }
  }
}
