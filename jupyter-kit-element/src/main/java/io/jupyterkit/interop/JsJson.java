package io.jupyterkit.interop;

import elemental2.core.Global;
import io.jupyterkit.json.JsonValue;

/**
 * Where JavaScript values become JSON values and back. In the browser a {@link JsonValue} object or array is its
 * JavaScript object, so values that hold nothing but JSON (from {@code JSON.parse}, or posted by our own worker or
 * page) are wrapped ({@link #wrap}) and handed over ({@link #toJs}) without copying; only a page's own values, which
 * may hold functions, cycles or getters, are copied, once, where they come in ({@link #fromJs}).
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
    return wrap(parsed);
  }

  /**
   * {@code value} as a JSON value, not copied: for what holds only JSON, from {@code JSON.parse} or a structured
   * clone of such (a worker's message).
   */
  public static JsonValue wrap(Object value) {
    return JsonValue.ofJs(value);
  }

  /**
   * A JSON copy of {@code value}, a page's value: functions, symbols, undefined and cycles become null, as in
   * JSON, and nothing the page keeps a reference to is shared.
   */
  public static JsonValue fromJs(Object value) {
    return wrap(value).copy();
  }

  /**
   * The JavaScript value of {@code value}, not copied (what the receiver changes, changes it): to post, to
   * stringify, or to give a page a copy made with {@link JsonValue#copy()}.
   */
  public static Object toJs(JsonValue value) {
    return value == null ? null : value.jsValue();
  }
}
