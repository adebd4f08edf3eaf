package io.jupyterkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import org.junit.jupiter.api.Test;

class ShellRepliesTest {
  @Test
  void replyTypesFollowJupyterNaming() {
    assertEquals("complete_reply", ShellReplies.replyType(MessageTypes.COMPLETE_REQUEST));
    assertEquals("inspect_reply", ShellReplies.replyType(MessageTypes.INSPECT_REQUEST));
    assertEquals("comm_info_reply", ShellReplies.replyType("comm_info_request"));
  }

  @Test
  void onlyTheReplyToTheRequestAnswersIt() {
    JupyterMessage request = JupyterMessage.completeRequest("req-1", "pri", 3);
    JsonObject ok = new JsonObject().put("status", "ok")
        .put("matches", new JsonArray().add("print")).put("cursor_start", 0).put("cursor_end", 3);
    JupyterMessage reply = new JupyterMessage("r", MessageTypes.COMPLETE_REPLY, "req-1", ok, null);
    assertTrue(ShellReplies.isReplyTo(reply, request));
    assertFalse(ShellReplies.isReplyTo(JupyterMessage.status("req-1", "idle"), request));
    assertFalse(ShellReplies.isReplyTo(new JupyterMessage("r", MessageTypes.COMPLETE_REPLY, "other", ok, null),
        request));
    assertSame(ok, ShellReplies.okContent(reply));
  }

  @Test
  void anErrorReplyHasNoContentToShow() {
    JupyterMessage request = JupyterMessage.inspectRequest("req-2", "len", 3, 0);
    JupyterMessage error = JupyterMessage.errorReply(request, "KernelNotRunning", "Python is not running yet.");
    assertEquals(MessageTypes.INSPECT_REPLY, error.msgType());
    assertTrue(ShellReplies.isReplyTo(error, request));
    assertNull(ShellReplies.okContent(error));
  }

  @Test
  void anExecuteReplyAsksToExitWhenItsPayloadSaysSoWithoutKeepingTheKernel() {
    JsonObject exit = new JsonObject().put("source", "ask_exit").put("keepkernel", false);
    JsonObject keep = new JsonObject().put("source", "ask_exit").put("keepkernel", true);
    JsonObject page = new JsonObject().put("source", "page").put("data", new JsonObject());
    assertTrue(ShellReplies.asksToExit(reply(new JsonArray().add(page).add(exit))));
    assertFalse(ShellReplies.asksToExit(reply(new JsonArray().add(keep))));
    assertFalse(ShellReplies.asksToExit(reply(new JsonArray())));
    assertFalse(ShellReplies.asksToExit(reply(null)));
    assertFalse(ShellReplies.asksToExit(new JupyterMessage("r", MessageTypes.COMPLETE_REPLY, "req",
        new JsonObject().put("payload", new JsonArray().add(exit)), null)));
  }

  private static JupyterMessage reply(JsonArray payload) {
    JsonObject content = new JsonObject().put("status", "ok").put("execution_count", 1);
    if (payload != null) {
      content.put("payload", payload);
    }
    return new JupyterMessage("r", MessageTypes.EXECUTE_REPLY, "req", content, null);
  }
}
