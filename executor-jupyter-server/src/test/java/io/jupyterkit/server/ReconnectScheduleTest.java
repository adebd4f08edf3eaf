package io.jupyterkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReconnectScheduleTest {
  @Test
  void startsFastAndDoublesUpToFourSeconds() {
    ReconnectSchedule schedule = new ReconnectSchedule(20);
    int[] expected = {100, 200, 400, 800, 1600, 3200, 4000, 4000};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], schedule.delayMs(i), "attempt " + i);
    }
    assertEquals(4000, schedule.delayMs(19));
    assertEquals(4000, schedule.delayMs(1000));
  }

  @Test
  void makesTheAttemptsItIsGivenAndNoMore() {
    ReconnectSchedule schedule = new ReconnectSchedule(3);
    assertTrue(schedule.allows(0) && schedule.allows(2));
    assertFalse(schedule.allows(3));
    assertFalse(new ReconnectSchedule(0).allows(0));
    assertFalse(new ReconnectSchedule(-5).allows(0));
  }

  @Test
  void twentyAttemptsCoverAboutAMinute() {
    ReconnectSchedule schedule = new ReconnectSchedule(20);
    int total = 0;
    for (int i = 0; schedule.allows(i); i++) {
      total += schedule.delayMs(i);
    }
    assertEquals(62300, total);
  }
}
