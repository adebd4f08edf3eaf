package io.jupyterkit.json;

/** A JSON number, held as a double as JavaScript does. */
public final class JsonNumber extends JsonValue {
  private final double value;

  public JsonNumber(double value) {
    this.value = value;
  }

  @Override
  public boolean isNumber() {
    return true;
  }

  @Override
  public double asNumber() {
    return value;
  }

  @Override
  public Object jsValue() {
    return JsValues.jsNumber(value);
  }

  /** True when the number is a whole number that an int can hold. */
  public boolean isInt() {
    return value == Math.floor(value) && value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE;
  }
}
