package io.jupyterkit.json;

/** JSON {@code null}. */
public final class JsonNull extends JsonValue {
  public static final JsonNull INSTANCE = new JsonNull();

  private JsonNull() {}

  @Override
  public boolean isNull() {
    return true;
  }

  @Override
  public Object jsValue() {
    return null;
  }
}
