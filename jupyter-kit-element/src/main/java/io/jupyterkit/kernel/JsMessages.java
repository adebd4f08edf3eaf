package io.jupyterkit.kernel;

import elemental2.core.JsArray;
import elemental2.core.JsDate;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Jupyter messages as plain JavaScript objects, both ways, for the executor contract. */
final class JsMessages {
  private static final String[] PARTS = {"header", "parent_header", "metadata", "content"};

  private JsMessages() {}

  /**
   * Reads a message a page gave; null when it is not an object with {@code header.msg_type}. Only its four JSON
   * parts are converted: its buffers stay the binary objects they are.
   */
  static JupyterMessage fromJs(Object value) {
    if (value == null || !"object".equals(Js.typeof(value))) {
      return null;
    }
    JsPropertyMap<Object> map = Js.asPropertyMap(value);
    JsonObject json = new JsonObject();
    for (String part : PARTS) {
      json.put(part, JsJson.fromJs(map.get(part)));
    }
    JupyterMessage message = JupyterMessage.fromJson(json);
    Object buffers = map.get("buffers");
    if (message != null && buffers != null && JsArray.isArray(buffers)) {
      JsArray<Object> items = Js.uncheckedCast(buffers);
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < items.length; i++) {
        list.add(items.getAt(i));
      }
      message.withBuffers(list);
    }
    return message;
  }

  /**
   * {@code message} as a plain object with its channel, date and buffers; its {@code parent_header} is
   * {@code parentHeader} (the request's whole header) when that is the header of the message it answers.
   */
  static JsPropertyMap<Object> toJs(JupyterMessage message, Object parentHeader) {
    JsPropertyMap<Object> js = Js.uncheckedCast(JsJson.toJs(message.toJson()));
    Js.asPropertyMap(js.get("header")).set("date", new JsDate().toISOString());
    if (parentHeader != null && message.parentMsgId() != null
        && message.parentMsgId().equals(Js.asPropertyMap(parentHeader).get("msg_id"))) {
      js.set("parent_header", parentHeader);
    }
    js.set("channel", channel(message.msgType()));
    JsArray<Object> buffers = new JsArray<>();
    for (Object buffer : message.buffers()) {
      buffers.push(buffer);
    }
    js.set("buffers", buffers);
    return js;
  }

  private static String channel(String msgType) {
    if (msgType.endsWith("_request")) {
      return MessageTypes.INPUT_REQUEST.equals(msgType) ? "stdin" : "shell";
    }
    if (MessageTypes.INPUT_REPLY.equals(msgType)) {
      return "stdin";
    }
    return msgType.endsWith("_reply") ? "shell" : "iopub";
  }
}
