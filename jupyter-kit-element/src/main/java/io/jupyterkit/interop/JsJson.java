package io.jupyterkit.interop;

import elemental2.core.Global;
import elemental2.core.JsArray;
import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonBoolean;
import io.jupyterkit.json.JsonNull;
import io.jupyterkit.json.JsonNumber;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonString;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.json.JsonWriter;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** Converts between JavaScript values (from {@code JSON.parse}, postMessage or a page) and the Java JSON tree. */
public final class JsJson {
  private JsJson() {}

  /** Deeper than this, values become null: hostile input must not exhaust the stack. */
  private static final int MAX_DEPTH = 500;

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

  /** A JSON tree of {@code value}; functions, symbols and cycles past the depth limit become null. */
  public static JsonValue fromJs(Object value) {
    return fromJs(value, 0);
  }

  private static JsonValue fromJs(Object value, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return JsonNull.INSTANCE;
    }
    String type = Js.typeof(value);
    switch (type) {
      case "string":
        return new JsonString(Js.asString(value));
      case "number":
        return new JsonNumber(Js.asDouble(value));
      case "boolean":
        return JsonBoolean.of(Js.asBoolean(value));
      case "object":
        break;
      default:
        return JsonNull.INSTANCE;
    }
    if (JsArray.isArray(value)) {
      JsArray<Object> items = Js.uncheckedCast(value);
      JsonArray array = new JsonArray();
      for (int i = 0; i < items.length; i++) {
        array.add(fromJs(items.getAt(i), depth + 1));
      }
      return array;
    }
    JsonObject object = new JsonObject();
    JsPropertyMap<Object> map = Js.asPropertyMap(value);
    map.forEach(key -> object.put(key, fromJs(map.get(key), depth + 1)));
    return object;
  }

  /**
   * A plain JavaScript value for {@code value}. Going through JSON text keeps keys such as {@code __proto__} as
   * ordinary data.
   */
  public static Object toJs(JsonValue value) {
    return Global.JSON.parse(JsonWriter.write(value));
  }
}
