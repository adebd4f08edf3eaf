package io.jupyterkit.json;

import elemental2.core.JsArray;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON array; mutable so that models can build the JSON they write. In the browser it is a JavaScript array, read
 * and written in place (see {@link JsonObject}); on the JVM a list.
 */
public final class JsonArray extends JsonValue {
  /** The JavaScript array, in the browser; null on the JVM. */
  private final Object js;
  /** The items, on the JVM; null in the browser. */
  private final List<JsonValue> list;

  public JsonArray() {
    this(JsValues.BROWSER ? JsValues.newArray() : null);
  }

  /** Wraps a JavaScript array; null makes a JVM one. */
  JsonArray(Object js) {
    this.js = js;
    this.list = js == null ? new ArrayList<>() : null;
  }

  @Override
  public boolean isArray() {
    return true;
  }

  @Override
  public JsonArray asArray() {
    return this;
  }

  @Override
  public Object jsValue() {
    return js;
  }

  public int size() {
    return js != null ? JsValues.array(js).length : list.size();
  }

  /** The item at {@code index}, or JSON null when out of range. */
  public JsonValue get(int index) {
    if (index < 0 || index >= size()) {
      return JsonNull.INSTANCE;
    }
    return js != null ? JsValues.wrap(JsValues.array(js).getAt(index)) : list.get(index);
  }

  /** The items, a live view: what is changed through it changes this array. */
  public List<JsonValue> items() {
    return js != null ? new JsItems(JsValues.array(js)) : list;
  }

  /** The string items, skipping any that are not strings. */
  public List<String> strings() {
    List<String> strings = new ArrayList<>();
    int size = size();
    for (int i = 0; i < size; i++) {
      JsonValue item = get(i);
      if (item.isString()) {
        strings.add(item.asString());
      }
    }
    return strings;
  }

  public JsonArray add(JsonValue value) {
    JsonValue item = value == null ? JsonNull.INSTANCE : value;
    if (js != null) {
      JsValues.array(js).push(item.jsValue());
    } else {
      list.add(item);
    }
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

  @Override
  public JsonArray copy() {
    if (js != null) {
      return new JsonArray(JsValues.copy(js));
    }
    JsonArray copy = new JsonArray(null);
    for (JsonValue item : list) {
      copy.list.add(item.copy());
    }
    return copy;
  }

  /** The items of a JavaScript array as a list: each read wraps the item, each change writes the array. */
  private static final class JsItems extends AbstractList<JsonValue> {
    private final JsArray<Object> array;

    JsItems(JsArray<Object> array) {
      this.array = array;
    }

    @Override
    public int size() {
      return array.length;
    }

    @Override
    public JsonValue get(int index) {
      if (index < 0 || index >= array.length) {
        throw new IndexOutOfBoundsException("index " + index + " of " + array.length);
      }
      return JsValues.wrap(array.getAt(index));
    }

    @Override
    public JsonValue set(int index, JsonValue value) {
      JsonValue old = get(index);
      array.setAt(index, jsOf(value));
      return old;
    }

    @Override
    public void add(int index, JsonValue value) {
      if (index < 0 || index > array.length) {
        throw new IndexOutOfBoundsException("index " + index + " of " + array.length);
      }
      array.splice(index, 0, jsOf(value));
      modCount++;
    }

    @Override
    public JsonValue remove(int index) {
      JsonValue old = get(index);
      array.splice(index, 1);
      modCount++;
      return old;
    }

    private static Object jsOf(JsonValue value) {
      return value == null ? null : value.jsValue();
    }
  }
}
