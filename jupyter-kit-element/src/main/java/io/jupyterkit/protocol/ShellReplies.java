package io.jupyterkit.protocol;

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

  /** The reply's content when its status is {@code ok}; null for an {@code error} or {@code aborted} reply. */
  public static JsonObject okContent(JupyterMessage reply) {
    JsonObject content = reply.content();
    return content != null && "ok".equals(content.getString("status", null)) ? content : null;
  }
}
