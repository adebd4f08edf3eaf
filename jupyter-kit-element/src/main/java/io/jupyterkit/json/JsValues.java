package io.jupyterkit.json;

import elemental2.core.Function;
import elemental2.core.JsArray;
import elemental2.core.JsObject;
import elemental2.core.JsWeakSet;
import elemental2.core.ObjectPropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The browser half of the JSON values: JavaScript objects and arrays read and written in place, so a message or a
 * notebook from {@code JSON.parse} or {@code postMessage} is wrapped, never copied. Nothing here runs on the JVM,
 * where the natives behind jsinterop are not linked; {@link #BROWSER} tells the two apart.
 */
final class JsValues {
  /** Whether this runs as JavaScript. */
  static final boolean BROWSER = detectBrowser();

  private JsValues() {}

  private static boolean detectBrowser() {
    try {
      return "object".equals(Js.typeof(Js.global()));
    } catch (Throwable jvm) {
      // UnsatisfiedLinkError: jsinterop's natives exist only in JavaScript.
      return false;
    }
  }

  /** {@code Object.prototype.hasOwnProperty}: a JSON object may hold a member named {@code hasOwnProperty}. */
  private static Function hasOwnProperty() {
    return Js.uncheckedCast(Js.asPropertyMap(Js.global()).nestedGet("Object.prototype.hasOwnProperty"));
  }

  /** Held apart from {@link #BROWSER}, so that reading that on the JVM touches no JavaScript. */
  private static final class Natives {
    static final Function HAS_OWN = hasOwnProperty();
  }

  /** A JSON value for a JavaScript value: containers wrapped in place; what JSON cannot hold is JSON null. */
  static JsonValue wrap(Object value) {
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
        return JsArray.isArray(value) ? new JsonArray(value) : new JsonObject(value);
      default:
        return JsonNull.INSTANCE;
    }
  }

  static Object newObject() {
    return JsPropertyMap.of();
  }

  static Object newArray() {
    return new JsArray<>();
  }

  /** Whether {@code object} has its own member {@code key} (not one every object inherits). */
  static boolean has(Object object, String key) {
    return Js.isTruthy(Natives.HAS_OWN.call(object, key));
  }

  /** The member {@code key} of {@code object}, or null when it has none of its own. */
  static JsonValue get(Object object, String key) {
    return has(object, key) ? wrap(Js.asPropertyMap(object).get(key)) : null;
  }

  /** Sets a member as data, so that a member named {@code __proto__} stays ordinary data as in JSON. */
  static void set(Object object, String key, Object value) {
    if ("__proto__".equals(key)) {
      ObjectPropertyDescriptor<Object> descriptor = ObjectPropertyDescriptor.create();
      descriptor.setValue(value);
      descriptor.setWritable(true);
      descriptor.setEnumerable(true);
      descriptor.setConfigurable(true);
      JsObject.defineProperty(object, key, descriptor);
    } else {
      Js.asPropertyMap(object).set(key, value);
    }
  }

  static void remove(Object object, String key) {
    Js.asPropertyMap(object).delete(key);
  }

  /** The own enumerable keys, in JavaScript's order: insertion order, except integer keys, which come first. */
  static List<String> keys(Object object) {
    return JsObject.keys(object).asList();
  }

  static int size(Object object) {
    return JsObject.keys(object).length;
  }

  static JsArray<Object> array(Object array) {
    return Js.uncheckedCast(array);
  }

  /** A JSON value as JavaScript holds it: non-finite numbers are null, as JSON has no such numbers. */
  static Object jsNumber(double value) {
    return Double.isNaN(value) || Double.isInfinite(value) ? null : (Object) value;
  }

  /**
   * A copy of {@code value} that is JSON and nothing else: fresh objects and arrays holding strings, finite
   * numbers, booleans and null. Functions, symbols, undefined and cycles become null. A page's values are copied
   * this way once where they come in; walked with an explicit stack, so no nesting is too deep.
   */
  static Object copy(Object value) {
    Object root = shellOf(value);
    if (!isContainer(root)) {
      return root;
    }
    JsWeakSet<Object> onPath = new JsWeakSet<>();
    List<Frame> stack = new ArrayList<>();
    onPath.add(value);
    stack.add(new Frame(value, root));
    while (!stack.isEmpty()) {
      Frame frame = stack.get(stack.size() - 1);
      if (!frame.hasNext()) {
        onPath.delete(frame.source);
        stack.remove(stack.size() - 1);
        continue;
      }
      Object child = frame.next();
      boolean cycle = isContainer(child) && onPath.has(child);
      Object copied = cycle ? null : shellOf(child);
      frame.add(copied);
      if (isContainer(copied)) {
        onPath.add(child);
        stack.add(new Frame(child, copied));
      }
    }
    return root;
  }

  /** A scalar as JSON holds it, or an empty container to be filled. */
  private static Object shellOf(Object value) {
    if (value == null) {
      return null;
    }
    switch (Js.typeof(value)) {
      case "string":
      case "boolean":
        return value;
      case "number":
        return jsNumber(Js.asDouble(value));
      case "object":
        return JsArray.isArray(value) ? newArray() : newObject();
      default:
        return null;
    }
  }

  private static boolean isContainer(Object value) {
    return value != null && "object".equals(Js.typeof(value));
  }

  /** A container being copied: its items or own enumerable keys, one at a time. */
  private static final class Frame {
    final Object source;
    private final Object target;
    private final JsArray<Object> items;
    private final JsArray<String> keys;
    private int next;
    private String key;

    Frame(Object source, Object target) {
      this.source = source;
      this.target = target;
      if (JsArray.isArray(target)) {
        items = array(source);
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

    void add(Object copied) {
      if (items != null) {
        array(target).push(copied);
      } else {
        set(target, key, copied);
      }
    }
  }
}
