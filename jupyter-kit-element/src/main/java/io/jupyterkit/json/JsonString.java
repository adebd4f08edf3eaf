package io.jupyterkit.json;

/** A JSON string. */
public final class JsonString extends JsonValue {
  private final String value;

  public JsonString(String value) {
    this.value = value;
  }

  @Override
  public boolean isString() {
    return true;
  }

  @Override
  public String asString() {
    return value;
  }

  @Override
  public Object jsValue() {
    return value;
  }
}
