package io.jupyterkit.protocol;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;

/** How a shell request ({@code complete_request}, {@code inspect_request}, ...) is answered. */
public final class ShellReplies {
  private static final String REQUEST = "_request";

  private ShellReplies() {}

  /** The reply's {@code msg_type}: {@code complete_reply} for {@code complete_request}, and so on. */
  public static String replyType(String requestType) {
    return requestType.endsWith(REQUEST)
        ? requestType.substring(0, requestType.length() - REQUEST.length()) + "_reply"
        : requestType + "_reply";
  }

  /** Whether {@code message} is the reply to {@code request} (not a status or other message about it). */
  public static boolean isReplyTo(JupyterMessage message, JupyterMessage request) {
    return request.msgId().equals(message.parentMsgId()) && replyType(request.msgType()).equals(message.msgType());
  }

  /**
   * Whether an {@code execute_reply} carries ipykernel's {@code ask_exit} payload without {@code keepkernel}: the
   * cell called {@code exit()} or {@code quit()}, and the kernel is to end (Jupyter then starts a new one).
   */
  public static boolean asksToExit(JupyterMessage reply) {
    JsonObject content = reply.content();
    JsonArray payload = content == null || !MessageTypes.EXECUTE_REPLY.equals(reply.msgType()) ? null
        : content.getArray("payload");
    if (payload == null) {
      return false;
    }
    for (int i = 0; i < payload.size(); i++) {
      JsonObject item = payload.get(i).isObject() ? payload.get(i).asObject() : null;
      if (item != null && "ask_exit".equals(item.getString("source", ""))
          && !item.getBoolean("keepkernel", false)) {
        return true;
      }
    }
    return false;
  }

  /** The reply's content when its status is {@code ok}; null for an {@code error} or {@code aborted} reply. */
  public static JsonObject okContent(JupyterMessage reply) {
    JsonObject content = reply.content();
    return content != null && "ok".equals(content.getString("status", null)) ? content : null;
  }
}
