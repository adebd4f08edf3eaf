package io.jupyterkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object. In the browser it is a JavaScript object, read and written in place, so a message or a notebook
 * changes representation only where it crosses a boundary, and a huge notebook costs what its JavaScript objects
 * cost; its keys are then in JavaScript's order (insertion order, integer keys such as {@code "7"} first, as
 * {@code JSON.parse} and {@code JSON.stringify} have them). On the JVM its members are a map in insertion order.
 * A member read is a new wrapper of the same value, so compare members by content, not identity.
 */
public final class JsonObject extends JsonValue {
  /** The JavaScript object, in the browser; null on the JVM. */
  private final Object js;
  /** The members, on the JVM; null in the browser. */
  private final Map<String, JsonValue> members;

  public JsonObject() {
    this(JsValues.BROWSER ? JsValues.newObject() : null);
  }

  /** Wraps a JavaScript object; null makes a JVM one. */
  JsonObject(Object js) {
    this.js = js;
    this.members = js == null ? new LinkedHashMap<>() : null;
  }

  @Override
  public boolean isObject() {
    return true;
  }

  @Override
  public JsonObject asObject() {
    return this;
  }

  @Override
  public Object jsValue() {
    return js;
  }

  public boolean has(String key) {
    return js != null ? JsValues.has(js, key) : members.containsKey(key);
  }

  /** The member, or null when absent. */
  public JsonValue get(String key) {
    return js != null ? JsValues.get(js, key) : members.get(key);
  }

  /** The keys, in order; a snapshot not to be modified. */
  public List<String> keys() {
    return js != null ? JsValues.keys(js) : new ArrayList<>(members.keySet());
  }

  public int size() {
    return js != null ? JsValues.size(js) : members.size();
  }

  /** The member if it is a string, else {@code fallback}. */
  public String getString(String key, String fallback) {
    JsonValue value = get(key);
    return value != null && value.isString() ? value.asString() : fallback;
  }

  /** The member if it is an object, else null. */
  public JsonObject getObject(String key) {
    JsonValue value = get(key);
    return value == null ? null : value.asObject();
  }

  /** The member if it is an array, else null. */
  public JsonArray getArray(String key) {
    JsonValue value = get(key);
    return value == null ? null : value.asArray();
  }

  /** The member if it is a whole number, else null. */
  public Integer getInt(String key) {
    JsonValue value = get(key);
    if (value instanceof JsonNumber && ((JsonNumber) value).isInt()) {
      return (int) value.asNumber();
    }
    return null;
  }

  public boolean getBoolean(String key, boolean fallback) {
    JsonValue value = get(key);
    return value != null && value.isBoolean() ? value.asBoolean() : fallback;
  }

  /** Sets a member (a replaced one keeps its place); an object or array put here is shared, not copied. */
  public JsonObject put(String key, JsonValue value) {
    JsonValue member = value == null ? JsonNull.INSTANCE : value;
    if (js != null) {
      JsValues.set(js, key, member.jsValue());
    } else {
      members.put(key, member);
    }
    return this;
  }

  public JsonObject put(String key, String value) {
    return put(key, value == null ? JsonNull.INSTANCE : new JsonString(value));
  }

  public JsonObject put(String key, Integer value) {
    return put(key, value == null ? JsonNull.INSTANCE : new JsonNumber(value));
  }

  public JsonObject put(String key, boolean value) {
    return put(key, JsonBoolean.of(value));
  }

  public JsonValue remove(String key) {
    if (js == null) {
      return members.remove(key);
    }
    JsonValue removed = JsValues.get(js, key);
    if (removed != null) {
      JsValues.remove(js, key);
    }
    return removed;
  }

  @Override
  public JsonObject copy() {
    if (js != null) {
      return new JsonObject(JsValues.copy(js));
    }
    JsonObject copy = new JsonObject(null);
    for (Map.Entry<String, JsonValue> member : members.entrySet()) {
      copy.members.put(member.getKey(), member.getValue().copy());
    }
    return copy;
  }
}
