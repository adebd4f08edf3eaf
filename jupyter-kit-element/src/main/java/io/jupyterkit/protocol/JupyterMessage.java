package io.jupyterkit.protocol;

import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** A Jupyter message: header, parent header, metadata and content, as the wire protocol (v5.3) shapes them. */
public final class JupyterMessage {
  public static final String PROTOCOL_VERSION = "5.3";

  private final String msgId;
  private final String msgType;
  private final String parentMsgId;
  private final JsonObject content;
  private final JsonObject metadata;
  /** Binary buffers (comm and widget data), as the JavaScript side gave them; JSON has no place for them. */
  private List<Object> buffers = new ArrayList<>();

  public JupyterMessage(String msgId, String msgType, String parentMsgId, JsonObject content, JsonObject metadata) {
    this.msgId = msgId;
    this.msgType = msgType;
    this.parentMsgId = parentMsgId;
    this.content = content == null ? new JsonObject() : content;
    this.metadata = metadata == null ? new JsonObject() : metadata;
  }

  /** Reads a message; null when {@code json} lacks a header with a msg_type. */
  public static JupyterMessage fromJson(JsonValue json) {
    JsonObject object = json == null ? null : json.asObject();
    JsonObject header = object == null ? null : object.getObject("header");
    String msgType = header == null ? null : header.getString("msg_type", null);
    if (msgType == null) {
      return null;
    }
    JsonObject parent = object.getObject("parent_header");
    return new JupyterMessage(header.getString("msg_id", ""), msgType,
        parent == null ? null : parent.getString("msg_id", null), object.getObject("content"),
        object.getObject("metadata"));
  }

  public JsonObject toJson() {
    JsonObject header = new JsonObject()
        .put("msg_id", msgId)
        .put("msg_type", msgType)
        .put("session", "")
        .put("username", "")
        .put("version", PROTOCOL_VERSION);
    JsonObject parent = new JsonObject();
    if (parentMsgId != null) {
      parent.put("msg_id", parentMsgId);
    }
    return new JsonObject()
        .put("header", header)
        .put("parent_header", parent)
        .put("metadata", metadata)
        .put("content", content);
  }

  /**
   * The request metadata in which the element names the notebook it runs, when it loaded it from {@code src}: an
   * executor may run notebooks of another origin than the page's apart (sandboxed). Kernels ignore it.
   */
  public static final String NOTEBOOK_URL = "jupyterkit_notebook_url";

  /** An {@code execute_request} for {@code code}. */
  public static JupyterMessage executeRequest(String msgId, String code) {
    JsonObject content = new JsonObject()
        .put("code", code)
        .put("silent", false)
        .put("store_history", true)
        .put("user_expressions", new JsonObject())
        .put("allow_stdin", true)
        .put("stop_on_error", true);
    return new JupyterMessage(msgId, MessageTypes.EXECUTE_REQUEST, null, content, null);
  }

  /**
   * The two messages that end a request no kernel ran: an {@code error} to show and the {@code execute_reply}
   * that lets its cell finish.
   */
  public static JupyterMessage[] failure(String parentMsgId, String ename, String evalue) {
    JsonObject error = new JsonObject().put("ename", ename).put("evalue", evalue).put("traceback", new JsonArray());
    JsonObject reply = new JsonObject().put("status", "error").put("ename", ename).put("evalue", evalue);
    return new JupyterMessage[] {
      new JupyterMessage(MessageIds.next(), MessageTypes.ERROR, parentMsgId, error, null),
      new JupyterMessage(MessageIds.next(), MessageTypes.EXECUTE_REPLY, parentMsgId, reply, null),
    };
  }

  /**
   * The reply to a request that was not run, as a kernel aborts the requests behind a failed one;
   * {@code reason} (not part of Jupyter's reply) says why, in words for the reader.
   */
  public static JupyterMessage aborted(String parentMsgId, String reason) {
    JsonObject reply = new JsonObject().put("status", "aborted").put("reason", reason);
    return new JupyterMessage(MessageIds.next(), MessageTypes.EXECUTE_REPLY, parentMsgId, reply, null);
  }

  /** A {@code complete_request}: what could follow the cursor at {@code cursorPos} (in code points) of {@code code}. */
  public static JupyterMessage completeRequest(String msgId, String code, int cursorPos) {
    JsonObject content = new JsonObject().put("code", code).put("cursor_pos", cursorPos);
    return new JupyterMessage(msgId, MessageTypes.COMPLETE_REQUEST, null, content, null);
  }

  /** An {@code inspect_request}: documentation of the name at {@code cursorPos}; level 0 or 1 (more detail). */
  public static JupyterMessage inspectRequest(String msgId, String code, int cursorPos, int detailLevel) {
    JsonObject content = new JsonObject().put("code", code).put("cursor_pos", cursorPos)
        .put("detail_level", detailLevel);
    return new JupyterMessage(msgId, MessageTypes.INSPECT_REQUEST, null, content, null);
  }

  /** A {@code kernel_info_request}: the kernel's language, version and implementation. */
  public static JupyterMessage kernelInfoRequest(String msgId) {
    return new JupyterMessage(msgId, MessageTypes.KERNEL_INFO_REQUEST, null, new JsonObject(), null);
  }

  /**
   * The reply with status {@code error} to a shell request no kernel handled: {@code complete_reply} for a
   * {@code complete_request}, and so on.
   */
  public static JupyterMessage errorReply(JupyterMessage request, String ename, String evalue) {
    String replyType = ShellReplies.replyType(request.msgType());
    JsonObject reply = new JsonObject().put("status", "error").put("ename", ename).put("evalue", evalue)
        .put("traceback", new JsonArray());
    return new JupyterMessage(MessageIds.next(), replyType, request.msgId(), reply, null);
  }

  /** The kernel's {@code status} ({@code busy} or {@code idle}) while it handles {@code parentMsgId}. */
  public static JupyterMessage status(String parentMsgId, String executionState) {
    JsonObject content = new JsonObject().put("execution_state", executionState);
    return new JupyterMessage(MessageIds.next(), MessageTypes.STATUS, parentMsgId, content, null);
  }

  /** A {@code stream} output answering {@code parentMsgId}: text on stdout or stderr. */
  public static JupyterMessage stream(String parentMsgId, String name, String text) {
    JsonObject content = new JsonObject().put("name", name).put("text", text);
    return new JupyterMessage(MessageIds.next(), MessageTypes.STREAM, parentMsgId, content, null);
  }

  public String msgId() {
    return msgId;
  }

  public String msgType() {
    return msgType;
  }

  /** The {@code msg_id} of the request this message answers, or null. */
  public String parentMsgId() {
    return parentMsgId;
  }

  public JsonObject content() {
    return content;
  }

  public JsonObject metadata() {
    return metadata;
  }

  /** The message's binary buffers (ArrayBuffers or views of them), in order; empty when it has none. */
  public List<Object> buffers() {
    return buffers;
  }

  /** This message carrying {@code buffers} (null for none); returns this message. */
  public JupyterMessage withBuffers(List<Object> buffers) {
    this.buffers = buffers == null ? new ArrayList<>() : buffers;
    return this;
  }
}
