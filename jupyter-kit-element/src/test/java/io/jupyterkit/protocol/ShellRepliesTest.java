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
}
