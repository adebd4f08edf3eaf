package io.jupyterkit.json;

/**
 * One JSON value. Accessors never throw: asking a value for the wrong kind answers a neutral default. In the browser
 * an object or array is its JavaScript object or array, read and written in place (see {@link #ofJs}).
 */
public abstract class JsonValue {
  JsonValue() {}

  /**
   * Browser only: the JSON value that {@code jsValue} is, wrapping a JavaScript object or array without copying it
   * (changes to one show in the other). For values from {@code JSON.parse} or {@code postMessage}, which hold
   * nothing but JSON; a page's own objects are copied first ({@code JsJson.fromJs}). What JSON cannot hold
   * (undefined, functions, symbols) reads as JSON null.
   */
  public static JsonValue ofJs(Object jsValue) {
    return JsValues.wrap(jsValue);
  }

  /**
   * Browser only: the JavaScript value this is, not a copy: an object's or array's own JavaScript object (what the
   * receiver changes, changes this), a string, a number (null when not finite), a boolean, or null.
   */
  public abstract Object jsValue();

  /** A deep copy: containers are new, scalars (immutable) are shared. */
  public JsonValue copy() {
    return this;
  }

  public boolean isObject() {
    return false;
  }

  public boolean isArray() {
    return false;
  }

  public boolean isString() {
    return false;
  }

  public boolean isNumber() {
    return false;
  }

  public boolean isBoolean() {
    return false;
  }

  public boolean isNull() {
    return false;
  }

  /** This value as an object, or null when it is not one. */
  public JsonObject asObject() {
    return null;
  }

  /** This value as an array, or null when it is not one. */
  public JsonArray asArray() {
    return null;
  }

  /** The string, or null when this is not a string. */
  public String asString() {
    return null;
  }

  public double asNumber() {
    return Double.NaN;
  }

  public boolean asBoolean() {
    return false;
  }

  /** Compact JSON text for this value. */
  @Override
  public final String toString() {
    return JsonWriter.write(this);
  }
}
