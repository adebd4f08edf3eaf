package io.jupyterkit.server;

import elemental2.core.ArrayBuffer;
import elemental2.core.ArrayBufferView;
import elemental2.core.DataView;
import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.Uint8Array;
import elemental2.dom.DomGlobal;
import elemental2.dom.MessageEvent;
import elemental2.dom.TextDecoder;
import elemental2.dom.TextEncoder;
import elemental2.dom.WebSocket;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * A kernel's channels WebSocket: Jupyter messages as plain objects ({@code header}, {@code parent_header},
 * {@code metadata}, {@code content}, {@code buffers}, {@code channel}) in and out, framed with
 * {@code v1.kernel.websocket.jupyter.org} or the legacy JSON framing (binary messages for those with buffers).
 * Each JSON part is parsed once, by the browser; buffers arrive as DataViews of the frame, as JupyterLab has them.
 */
final class KernelSocket {
  static final String V1_PROTOCOL = "v1.kernel.websocket.jupyter.org";
  private static final String[] V1_PARTS = {"header", "parent_header", "metadata", "content"};

  interface Listener {
    void opened(KernelSocket socket);

    void received(KernelSocket socket, JsPropertyMap<Object> message);

    /** The socket closed, by either side or because it could not open ({@code wasOpen} false). */
    void closed(KernelSocket socket, boolean wasOpen);
  }

  private static final TextEncoder ENCODER = new TextEncoder();
  private static final TextDecoder DECODER = new TextDecoder();

  private final WebSocket socket;
  private final boolean v1;
  private boolean open;
  private boolean closedHere;

  KernelSocket(String url, boolean v1, Listener listener) {
    this.v1 = v1;
    socket = v1 ? new WebSocket(url, V1_PROTOCOL) : new WebSocket(url);
    socket.binaryType = "arraybuffer";
    socket.onopen = event -> {
      open = true;
      listener.opened(this);
    };
    socket.onmessage = event -> {
      JsPropertyMap<Object> message;
      try {
        message = decode(((MessageEvent<?>) event).data);
      } catch (IllegalArgumentException e) {
        DomGlobal.console.warn("jupyter-kit: ignoring an unreadable message from the kernel: " + e.getMessage());
        return;
      }
      listener.received(this, message);
    };
    socket.onclose = event -> {
      if (!closedHere) {
        listener.closed(this, open);
      }
      open = false;
    };
  }

  boolean isOpen() {
    return open;
  }

  /** Whether it speaks the v1 framing (else the legacy one). */
  boolean isV1() {
    return v1;
  }

  /** Closes the socket from this side; its listener hears nothing more. */
  void close() {
    closedHere = true;
    open = false;
    socket.close();
  }

  /** Sends {@code message} on {@code channel}; its buffers are ArrayBuffers or views of them. */
  void send(String channel, JsPropertyMap<Object> message) {
    JsArray<Object> buffers = Js.uncheckedCast(message.get("buffers"));
    if (v1) {
      socket.send(encodeV1(channel, message, buffers));
      return;
    }
    message.set("channel", channel);
    if (buffers == null || buffers.length == 0) {
      message.set("buffers", new JsArray<>());
      socket.send(Global.JSON.stringify(message));
      return;
    }
    message.delete("buffers");
    Uint8Array json = ENCODER.encode(Global.JSON.stringify(message));
    message.set("buffers", buffers);
    Uint8Array[] parts = new Uint8Array[buffers.length + 1];
    parts[0] = json;
    for (int i = 0; i < buffers.length; i++) {
      parts[i + 1] = bytes(buffers.getAt(i));
    }
    socket.send(frame(FrameLayout.legacyTable(lengths(parts)), 4, false, parts));
  }

  private static ArrayBuffer encodeV1(String channel, JsPropertyMap<Object> message, JsArray<Object> buffers) {
    int count = buffers == null ? 0 : buffers.length;
    Uint8Array[] parts = new Uint8Array[FrameLayout.V1_FIXED_PARTS + count];
    parts[0] = ENCODER.encode(channel);
    for (int i = 0; i < V1_PARTS.length; i++) {
      Object part = message.get(V1_PARTS[i]);
      parts[i + 1] = ENCODER.encode(Global.JSON.stringify(part == null ? JsPropertyMap.of() : part));
    }
    for (int i = 0; i < count; i++) {
      parts[FrameLayout.V1_FIXED_PARTS + i] = bytes(buffers.getAt(i));
    }
    return frame(FrameLayout.v1Table(lengths(parts)), 8, true, parts);
  }

  /** The table (words of {@code wordBytes}, little-endian or not) and then the parts, in one buffer. */
  private static ArrayBuffer frame(double[] table, int wordBytes, boolean littleEndian, Uint8Array[] parts) {
    int total = table.length * wordBytes;
    for (Uint8Array part : parts) {
      total += part.length;
    }
    ArrayBuffer buffer = new ArrayBuffer(total);
    DataView view = new DataView(buffer);
    for (int i = 0; i < table.length; i++) {
      if (wordBytes == 8) {
        view.setUint32(8 * i, table[i] % 4294967296.0, true);
        view.setUint32(8 * i + 4, Math.floor(table[i] / 4294967296.0), true);
      } else {
        view.setUint32(4 * i, table[i], littleEndian);
      }
    }
    Uint8Array bytes = new Uint8Array(buffer);
    int offset = table.length * wordBytes;
    for (Uint8Array part : parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    return buffer;
  }

  private static int[] lengths(Uint8Array[] parts) {
    int[] lengths = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      lengths[i] = parts[i].length;
    }
    return lengths;
  }

  /** A buffer a page or widget gave (an ArrayBuffer or a view) as bytes, not copied. */
  private static Uint8Array bytes(Object buffer) {
    if (buffer instanceof ArrayBuffer) {
      return new Uint8Array((ArrayBuffer) buffer);
    }
    ArrayBufferView view = Js.uncheckedCast(buffer);
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }

  private JsPropertyMap<Object> decode(Object data) {
    if ("string".equals(Js.typeof(data))) {
      return Js.uncheckedCast(Global.JSON.parse(Js.asString(data)));
    }
    ArrayBuffer buffer = Js.uncheckedCast(data);
    DataView view = new DataView(buffer);
    int length = (int) buffer.byteLength;
    if (v1) {
      int[] bounds = FrameLayout.v1Bounds(i -> view.getUint32(8 * i, true)
          + view.getUint32(8 * i + 4, true) * 4294967296.0, length);
      JsPropertyMap<Object> message = JsPropertyMap.of();
      message.set("channel", text(buffer, bounds, 0));
      for (int i = 0; i < V1_PARTS.length; i++) {
        message.set(V1_PARTS[i], Global.JSON.parse(text(buffer, bounds, i + 1)));
      }
      message.set("buffers", views(buffer, bounds, FrameLayout.V1_FIXED_PARTS));
      return message;
    }
    int[] bounds = FrameLayout.legacyBounds(i -> view.getUint32(4 * i, false), length);
    JsPropertyMap<Object> message = Js.uncheckedCast(Global.JSON.parse(text(buffer, bounds, 0)));
    message.set("buffers", views(buffer, bounds, 1));
    return message;
  }

  private static String text(ArrayBuffer buffer, int[] bounds, int part) {
    return DECODER.decode(new Uint8Array(buffer, bounds[part], bounds[part + 1] - bounds[part]));
  }

  private static JsArray<Object> views(ArrayBuffer buffer, int[] bounds, int first) {
    JsArray<Object> views = new JsArray<>();
    for (int i = first; i + 1 < bounds.length; i++) {
      views.push(new DataView(buffer, bounds[i], bounds[i + 1] - bounds[i]));
    }
    return views;
  }
}
