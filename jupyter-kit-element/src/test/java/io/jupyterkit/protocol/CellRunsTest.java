package io.jupyterkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import org.junit.jupiter.api.Test;

class CellRunsTest {
  private final CellRuns runs = new CellRuns();

  private static JupyterMessage message(String type, String parent) {
    return new JupyterMessage("m", type, parent, new JsonObject(), null);
  }

  private static JupyterMessage reply(String parent, String status) {
    return new JupyterMessage("m", MessageTypes.EXECUTE_REPLY, parent, new JsonObject().put("status", status), null);
  }

  @Test
  void aRunStartsWithItsFirstMessageNotWhenQueued() {
    runs.queued("r1");
    assertTrue(runs.isBusy());
    assertFalse(runs.isRunning());
    assertEquals(CellRuns.Route.STATUS, runs.route(message(MessageTypes.STATUS, "r1")));
    assertEquals(CellRuns.Route.START, runs.route(message(MessageTypes.EXECUTE_INPUT, "r1")));
    assertTrue(runs.isRunning());
    assertEquals(CellRuns.Route.APPLY, runs.route(message(MessageTypes.STREAM, "r1")));
    assertEquals(CellRuns.Route.FINISH, runs.route(reply("r1", "ok")));
    assertFalse(runs.isBusy());
  }

  @Test
  void runningAgainWhileRunningQueuesANewRunAndTheOldOneFinishes() {
    runs.queued("r1");
    runs.route(message(MessageTypes.EXECUTE_INPUT, "r1"));
    runs.queued("r2");
    assertEquals(CellRuns.Route.APPLY, runs.route(message(MessageTypes.STREAM, "r1")),
        "the old run still prints into its own outputs");
    assertEquals(CellRuns.Route.FINISH, runs.route(reply("r1", "ok")));
    assertTrue(runs.isBusy(), "the new run still waits");
    assertEquals(CellRuns.Route.START, runs.route(message(MessageTypes.EXECUTE_INPUT, "r2")));
    assertEquals(CellRuns.Route.FINISH, runs.route(reply("r2", "ok")));
    assertFalse(runs.isBusy());
  }

  @Test
  void anAbortedRunNeverStarts() {
    runs.queued("r1");
    assertEquals(CellRuns.Route.ABORTED, runs.route(reply("r1", "aborted")));
    assertFalse(runs.isBusy());
  }

  @Test
  void aReplyWithNothingBeforeItStartsAndFinishes() {
    runs.queued("r1");
    CellRuns.Route route = runs.route(reply("r1", "error"));
    assertTrue(route.starts());
    assertTrue(route.finishes());
  }

  @Test
  void messagesOfOtherRequestsAreIgnored() {
    runs.queued("r1");
    assertEquals(CellRuns.Route.IGNORE, runs.route(message(MessageTypes.STREAM, "other")));
    assertEquals(CellRuns.Route.IGNORE, runs.route(message(MessageTypes.STREAM, null)));
  }

  @Test
  void aCellHasRunOnceARunOfItStartedNotWhenQueuedOrAborted() {
    runs.queued("r1");
    assertFalse(runs.hasStarted());
    runs.route(reply("r1", "aborted"));
    assertFalse(runs.hasStarted(), "an aborted run never ran");
    runs.queued("r2");
    runs.route(message(MessageTypes.STATUS, "r2"));
    assertFalse(runs.hasStarted(), "the kernel's status is not the run's start");
    runs.route(message(MessageTypes.EXECUTE_INPUT, "r2"));
    assertTrue(runs.hasStarted());
    runs.route(reply("r2", "error"));
    assertTrue(runs.hasStarted(), "a run that failed ran");
  }
}
