package io.jupyterkit.json;

/** One JSON value. Accessors never throw: asking a value for the wrong kind answers a neutral default. */
public abstract class JsonValue {
  JsonValue() {}

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
