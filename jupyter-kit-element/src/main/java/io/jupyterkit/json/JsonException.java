package io.jupyterkit.json;

/** Text that is not JSON. */
public final class JsonException extends RuntimeException {
  public JsonException(String message) {
    super(message);
  }
}
