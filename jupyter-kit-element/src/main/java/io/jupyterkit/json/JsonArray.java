package io.jupyterkit.json;

import java.util.ArrayList;
import java.util.List;

/** A JSON array; mutable so that models can build the JSON they write. */
public final class JsonArray extends JsonValue {
  private final List<JsonValue> items = new ArrayList<>();

  @Override
  public boolean isArray() {
    return true;
  }

  @Override
  public JsonArray asArray() {
    return this;
  }

  public int size() {
    return items.size();
  }

  /** The item at {@code index}, or JSON null when out of range. */
  public JsonValue get(int index) {
    return index >= 0 && index < items.size() ? items.get(index) : JsonNull.INSTANCE;
  }

  public List<JsonValue> items() {
    return items;
  }

  /** The string items, skipping any that are not strings. */
  public List<String> strings() {
    List<String> strings = new ArrayList<>();
    for (JsonValue item : items) {
      if (item.isString()) {
        strings.add(item.asString());
      }
    }
    return strings;
  }

  public JsonArray add(JsonValue value) {
    items.add(value == null ? JsonNull.INSTANCE : value);
    return this;
  }

  public JsonArray add(String value) {
    return add(value == null ? JsonNull.INSTANCE : new JsonString(value));
  }

  public static JsonArray ofStrings(List<String> values) {
    JsonArray array = new JsonArray();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }
}
