package io.jupyterkit.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object that keeps its keys in insertion order, so written notebooks read like the ones read. Stored as two
 * parallel lists (allocated on the first member), with a hash index only once it grows: a notebook holds tens of
 * thousands of small objects, and a map each would cost far more memory and garbage collection than their content.
 */
public final class JsonObject extends JsonValue {
  /** Members past which lookups use a hash index instead of a scan. */
  private static final int INDEX_FROM = 12;

  private List<String> keys;
  private List<JsonValue> values;
  private Map<String, Integer> index;

  @Override
  public boolean isObject() {
    return true;
  }

  @Override
  public JsonObject asObject() {
    return this;
  }

  public boolean has(String key) {
    return find(key) >= 0;
  }

  /** The member, or null when absent. */
  public JsonValue get(String key) {
    int at = find(key);
    return at < 0 ? null : values.get(at);
  }

  /** The keys, in order; a view not to be modified. */
  public List<String> keys() {
    return keys == null ? Collections.<String>emptyList() : keys;
  }

  public int size() {
    return keys == null ? 0 : keys.size();
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

  public JsonObject put(String key, JsonValue value) {
    JsonValue member = value == null ? JsonNull.INSTANCE : value;
    int at = find(key);
    if (at >= 0) {
      values.set(at, member);
      return this;
    }
    if (keys == null) {
      keys = new ArrayList<>();
      values = new ArrayList<>();
    }
    keys.add(key);
    values.add(member);
    if (index != null) {
      index.put(key, keys.size() - 1);
    } else {
      reindex();
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
    int at = find(key);
    if (at < 0) {
      return null;
    }
    keys.remove(at);
    JsonValue removed = values.remove(at);
    index = null;
    reindex();
    return removed;
  }

  /** Builds the hash index once the object is large enough to need one. */
  private void reindex() {
    if (keys.size() > INDEX_FROM) {
      index = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        index.put(keys.get(i), i);
      }
    }
  }

  private int find(String key) {
    if (keys == null) {
      return -1;
    }
    if (index != null) {
      Integer at = index.get(key);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < keys.size(); i++) {
      if (keys.get(i).equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
