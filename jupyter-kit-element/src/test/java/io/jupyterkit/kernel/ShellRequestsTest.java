package io.jupyterkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.protocol.JupyterMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellRequestsTest {
  private final ShellRequests requests = new ShellRequests();
  private final List<JupyterMessage> heard = new ArrayList<>();

  private JupyterMessage sent(String msgId) {
    JupyterMessage request = JupyterMessage.completeRequest(msgId, "my_v", 4);
    requests.add(request, heard::add);
    return request;
  }

  private static JupyterMessage reply(String parent, String status) {
    return new JupyterMessage("r-" + parent, "complete_reply", parent, new JsonObject().put("status", status), null);
  }

  private List<String> heardTypes() {
    List<String> types = new ArrayList<>();
    for (JupyterMessage message : heard) {
      types.add(message.msgType() + ":" + message.content().getString("status",
          message.content().getString("execution_state", "")));
    }
    return types;
  }

  @Test
  void busyReplyAndIdleGoToTheRequestThenItIsDone() {
    sent("a");
    assertTrue(requests.deliver(JupyterMessage.status("a", "busy")));
    assertTrue(requests.deliver(reply("a", "ok")));
    assertTrue(requests.deliver(JupyterMessage.status("a", "idle")));
    assertEquals(List.of("status:busy", "complete_reply:ok", "status:idle"), heardTypes());
    assertTrue(requests.isEmpty());
    assertFalse(requests.deliver(JupyterMessage.status("a", "idle")), "nothing answers a finished request");
  }

  @Test
  void messagesOfOtherRequestsAreNotTaken() {
    sent("a");
    assertFalse(requests.deliver(JupyterMessage.status("cell-1", "busy")));
    assertFalse(requests.deliver(JupyterMessage.stream("cell-1", "stdout", "hi")));
    assertTrue(heard.isEmpty());
  }

  @Test
  void aSecondReplyIsDropped() {
    sent("a");
    requests.deliver(reply("a", "ok"));
    requests.deliver(reply("a", "error"));
    requests.deliver(JupyterMessage.status("a", "idle"));
    assertEquals(List.of("complete_reply:ok", "status:idle"), heardTypes());
  }

  @Test
  void aRequestLeftWhenTheKernelGoesGetsAnErrorReply() {
    sent("a");
    sent("b");
    requests.deliver(reply("b", "ok"));
    requests.failAll("KernelRestarted", "Python stopped before it answered.");
    assertEquals(List.of("complete_reply:ok", "complete_reply:error"), heardTypes());
    JupyterMessage failure = heard.get(1);
    assertEquals("a", failure.parentMsgId());
    assertEquals("KernelRestarted", failure.content().getString("ename", ""));
    assertTrue(requests.isEmpty());
  }

  @Test
  void idleWithoutAReplyStillAnswers() {
    sent("a");
    requests.deliver(JupyterMessage.status("a", "idle"));
    assertEquals(List.of("complete_reply:error", "status:idle"), heardTypes());
  }
}
