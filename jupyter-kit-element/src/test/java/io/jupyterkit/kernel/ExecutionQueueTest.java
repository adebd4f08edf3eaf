package io.jupyterkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionQueueTest {
  private final ExecutionQueue queue = new ExecutionQueue();
  /** What each request heard: "id type[/status]". */
  private final List<String> heard = new ArrayList<>();

  private JupyterMessage add(String id) {
    JupyterMessage request = JupyterMessage.executeRequest(id, "pass");
    queue.add(request, message -> heard.add(id + " " + message.msgType()
        + (MessageTypes.EXECUTE_REPLY.equals(message.msgType()) ? "/" + message.content().getString("status", "")
        : "")));
    return request;
  }

  private static JupyterMessage reply(String parent, String status, String ename) {
    JsonObject content = new JsonObject().put("status", status).put("ename", ename);
    return new JupyterMessage("r-" + parent, MessageTypes.EXECUTE_REPLY, parent, content, null);
  }

  @Test
  void requestsRunOneAtATimeInOrder() {
    add("a");
    add("b");
    assertEquals("a", queue.start().msgId());
    assertNull(queue.start(), "a second request must not start while one runs");
    assertTrue(queue.deliver(reply("a", "ok", "")));
    assertEquals("b", queue.start().msgId());
    assertEquals(List.of("a execute_reply/ok"), heard);
  }

  @Test
  void anErrorAbortsWhatWaitsAndSaysWhy() {
    add("a");
    add("b");
    add("c");
    queue.start();
    queue.deliver(reply("a", "error", "NameError"));
    assertEquals(List.of("a execute_reply/error", "b execute_reply/aborted", "c execute_reply/aborted"), heard);
    assertFalse(queue.hasWaiting());
  }

  @Test
  void theAbortReasonNamesWhatHappened() {
    assertEquals("an earlier cell was interrupted", ExecutionQueue.abortReason("KeyboardInterrupt"));
    assertEquals("Python was restarted", ExecutionQueue.abortReason("KernelRestarted"));
    assertEquals("the executor was disposed", ExecutionQueue.abortReason("KernelDisposed"));
    assertEquals("an earlier cell failed (ValueError)", ExecutionQueue.abortReason("ValueError"));
  }

  @Test
  void stopOnErrorFalseLetsTheRestRun() {
    JupyterMessage request = JupyterMessage.executeRequest("a", "1/0");
    request.content().put("stop_on_error", false);
    queue.add(request, message -> heard.add("a " + message.msgType()));
    add("b");
    queue.start();
    queue.deliver(reply("a", "error", "ZeroDivisionError"));
    assertEquals("b", queue.start().msgId());
  }

  @Test
  void cancellingTakesOnlyAWaitingRequest() {
    add("a");
    add("b");
    queue.start();
    assertFalse(queue.cancel("a"), "a running request cannot be cancelled");
    assertTrue(queue.cancel("b"));
    assertEquals(List.of("b execute_reply/aborted"), heard);
    assertFalse(queue.cancel("b"));
  }

  @Test
  void failingTheRunningRequestEndsItAndTheKernelIsIdle() {
    add("a");
    add("b");
    queue.start();
    queue.failRunning("KernelRestarted", "restarted");
    assertEquals(List.of("a error", "a execute_reply/error", "b execute_reply/aborted", "a status"), heard);
    assertNull(queue.running());
  }

  @Test
  void theIdleStatusAfterAReplyStillReachesItsRequest() {
    add("a");
    queue.start();
    queue.deliver(reply("a", "ok", ""));
    assertTrue(queue.deliver(JupyterMessage.status("a", "idle")));
    assertFalse(queue.deliver(JupyterMessage.status("zzz", "idle")));
    assertEquals(List.of("a execute_reply/ok", "a status"), heard);
  }
}
