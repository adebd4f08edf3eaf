package io.jupyterkit.interop;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.core.JsWeakSet;
import elemental2.core.ObjectPropertyDescriptor;
import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonBoolean;
import io.jupyterkit.json.JsonNull;
import io.jupyterkit.json.JsonNumber;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonString;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Converts between JavaScript values (from {@code JSON.parse}, postMessage or a page) and the Java JSON tree.
 * Both directions walk with an explicit stack, so no nesting depth is too deep to save, and strings are handed
 * over as they are (a Java string is a JavaScript string), so the cost is that of the containers, not the text.
 */
public final class JsJson {
  private JsJson() {}

  /** Parses JSON text with the browser's parser; throws a {@link RuntimeException} carrying its message. */
  public static JsonValue parse(String text) {
    Object parsed;
    try {
      parsed = Global.JSON.parse(text);
    } catch (Throwable e) {
      throw new IllegalArgumentException(String.valueOf(e.getMessage()));
    }
    return fromJs(parsed);
  }

  /** A JSON tree of {@code value}; functions, symbols, undefined and cycles become null, as in JSON. */
  public static JsonValue fromJs(Object value) {
    JsonValue root = shellOf(value);
    if (!isContainer(root)) {
      return root;
    }
    JsWeakSet<Object> onPath = new JsWeakSet<>();
    List<FromFrame> stack = new ArrayList<>();
    onPath.add(value);
    stack.add(new FromFrame(value, root));
    while (!stack.isEmpty()) {
      FromFrame frame = stack.get(stack.size() - 1);
      if (!frame.hasNext()) {
        onPath.delete(frame.source);
        stack.remove(stack.size() - 1);
        continue;
      }
      Object child = frame.next();
      boolean cycle = child != null && "object".equals(Js.typeof(child)) && onPath.has(child);
      JsonValue converted = cycle ? JsonNull.INSTANCE : shellOf(child);
      frame.add(converted);
      if (isContainer(converted)) {
        onPath.add(child);
        stack.add(new FromFrame(child, converted));
      }
    }
    return root;
  }

  /** A scalar converted, or an empty container to be filled. */
  private static JsonValue shellOf(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    switch (Js.typeof(value)) {
      case "string":
        return new JsonString(Js.asString(value));
      case "number":
        return new JsonNumber(Js.asDouble(value));
      case "boolean":
        return JsonBoolean.of(Js.asBoolean(value));
      case "object":
        return JsArray.isArray(value) ? new JsonArray() : new JsonObject();
      default:
        return JsonNull.INSTANCE;
    }
  }

  private static boolean isContainer(JsonValue value) {
    return value.isArray() || value.isObject();
  }

  /** A plain JavaScript value for {@code value}; a key such as {@code __proto__} stays ordinary data. */
  public static Object toJs(JsonValue value) {
    Object root = jsShellOf(value);
    if (!isContainer(value)) {
      return root;
    }
    List<ToFrame> stack = new ArrayList<>();
    stack.add(new ToFrame(value, root));
    while (!stack.isEmpty()) {
      ToFrame frame = stack.remove(stack.size() - 1);
      if (frame.source.isArray()) {
        JsArray<Object> target = Js.uncheckedCast(frame.target);
        for (JsonValue item : frame.source.asArray().items()) {
          Object converted = jsShellOf(item);
          target.push(converted);
          if (isContainer(item)) {
            stack.add(new ToFrame(item, converted));
          }
        }
      } else {
        JsonObject source = frame.source.asObject();
        JsPropertyMap<Object> target = Js.asPropertyMap(frame.target);
        for (String key : source.keys()) {
          JsonValue member = source.get(key);
          Object converted = jsShellOf(member);
          if ("__proto__".equals(key)) {
            ObjectPropertyDescriptor<Object> descriptor = ObjectPropertyDescriptor.create();
            descriptor.setValue(converted);
            descriptor.setWritable(true);
            descriptor.setEnumerable(true);
            descriptor.setConfigurable(true);
            JsObject.defineProperty(frame.target, key, descriptor);
          } else {
            target.set(key, converted);
          }
          if (isContainer(member)) {
            stack.add(new ToFrame(member, converted));
          }
        }
      }
    }
    return root;
  }

  private static Object jsShellOf(JsonValue value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isString()) {
      return value.asString();
    }
    if (value.isNumber()) {
      double number = value.asNumber();
      return Double.isNaN(number) || Double.isInfinite(number) ? null : (Object) number;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    return value.isArray() ? new JsArray<>() : JsPropertyMap.of();
  }

  /** A JavaScript container being read: its items or own enumerable keys, one at a time. */
  private static final class FromFrame {
    final Object source;
    final JsonValue target;
    private final JsArray<Object> items;
    private final JsArray<String> keys;
    private int next;
    private String key;

    FromFrame(Object source, JsonValue target) {
      this.source = source;
      this.target = target;
      if (target.isArray()) {
        items = Js.uncheckedCast(source);
        keys = null;
      } else {
        items = null;
        keys = JsObject.keys(source);
      }
    }

    boolean hasNext() {
      return next < (items != null ? items.length : keys.length);
    }

    Object next() {
      if (items != null) {
        return items.getAt(next++);
      }
      key = keys.getAt(next++);
      return Js.asPropertyMap(source).get(key);
    }

    void add(JsonValue converted) {
      if (items != null) {
        target.asArray().add(converted);
      } else {
        target.asObject().put(key, converted);
      }
    }
  }

  /** A Java container whose converted members go into {@code target}. */
  private static final class ToFrame {
    final JsonValue source;
    final Object target;

    ToFrame(JsonValue source, Object target) {
      this.source = source;
      this.target = target;
    }
  }
}
