package io.jupyterkit.json;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A JSON object that keeps its keys in insertion order, so written notebooks read like the ones read. */
public final class JsonObject extends JsonValue {
  private final Map<String, JsonValue> members = new LinkedHashMap<>();

  @Override
  public boolean isObject() {
    return true;
  }

  @Override
  public JsonObject asObject() {
    return this;
  }

  public boolean has(String key) {
    return members.containsKey(key);
  }

  /** The member, or null when absent. */
  public JsonValue get(String key) {
    return members.get(key);
  }

  public Set<String> keys() {
    return members.keySet();
  }

  public int size() {
    return members.size();
  }

  /** The member if it is a string, else {@code fallback}. */
  public String getString(String key, String fallback) {
    JsonValue value = members.get(key);
    return value != null && value.isString() ? value.asString() : fallback;
  }

  /** The member if it is an object, else null. */
  public JsonObject getObject(String key) {
    JsonValue value = members.get(key);
    return value == null ? null : value.asObject();
  }

  /** The member if it is an array, else null. */
  public JsonArray getArray(String key) {
    JsonValue value = members.get(key);
    return value == null ? null : value.asArray();
  }

  /** The member if it is a whole number, else null. */
  public Integer getInt(String key) {
    JsonValue value = members.get(key);
    if (value instanceof JsonNumber && ((JsonNumber) value).isInt()) {
      return (int) value.asNumber();
    }
    return null;
  }

  public boolean getBoolean(String key, boolean fallback) {
    JsonValue value = members.get(key);
    return value != null && value.isBoolean() ? value.asBoolean() : fallback;
  }

  public JsonObject put(String key, JsonValue value) {
    members.put(key, value == null ? JsonNull.INSTANCE : value);
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
    return members.remove(key);
  }
}
