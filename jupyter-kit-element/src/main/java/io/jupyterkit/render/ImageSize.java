package io.jupyterkit.render;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;

/**
 * The size an image output asks for in its metadata, in each form Jupyter has written it: under its MIME type
 * ({@code metadata["image/png"].width}, nbformat 4), under nbformat 3's short key ({@code metadata.png.width}), or
 * at the top level ({@code metadata.width}, older writers); as a number or as a string of digits (with or without
 * {@code px}). IPython's {@code Image(retina=True)} writes half the pixel size, so such a PNG shows at that size,
 * crisp on a high-density screen. {@code unconfined: true} lets the image be wider than the output.
 */
public final class ImageSize {
  /** CSS pixels, or null when the metadata names none. */
  public final Integer width;
  public final Integer height;
  public final boolean unconfined;

  private ImageSize(Integer width, Integer height, boolean unconfined) {
    this.width = width;
    this.height = height;
    this.unconfined = unconfined;
  }

  public static ImageSize of(JsonObject metadata, String mimeType) {
    if (metadata == null) {
      return new ImageSize(null, null, false);
    }
    JsonObject[] places = {metadata.getObject(mimeType), metadata.getObject(shortKey(mimeType)), metadata};
    Integer width = null;
    Integer height = null;
    boolean unconfined = false;
    for (JsonObject place : places) {
      if (place == null) {
        continue;
      }
      if (width == null) {
        width = pixels(place.get("width"));
      }
      if (height == null) {
        height = pixels(place.get("height"));
      }
      unconfined = unconfined || place.getBoolean("unconfined", false);
    }
    return new ImageSize(width, height, unconfined);
  }

  /** nbformat 3's name for a MIME type's entry ({@code png}, {@code jpeg}, {@code svg}). */
  static String shortKey(String mimeType) {
    switch (mimeType) {
      case "image/svg+xml":
        return "svg";
      case "image/png":
        return "png";
      case "image/jpeg":
        return "jpeg";
      default:
        return mimeType;
    }
  }

  /** A positive size in pixels from a number or a string such as {@code "320"} or {@code "320px"}; else null. */
  static Integer pixels(JsonValue value) {
    double number;
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      number = value.asNumber();
    } else if (value.isString()) {
      String text = value.asString().trim();
      if (text.endsWith("px")) {
        text = text.substring(0, text.length() - 2).trim();
      }
      number = decimal(text);
    } else {
      return null;
    }
    double rounded = Math.floor(number + 0.5);
    return rounded > 0 && rounded < 100_000 ? Integer.valueOf((int) rounded) : null;
  }

  /** The value of digits with at most one decimal point; -1 for anything else. */
  private static double decimal(String text) {
    double value = 0;
    double scale = 0;
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && scale == 0) {
        scale = 1;
      } else if (c >= '0' && c <= '9') {
        digit = true;
        if (scale == 0) {
          value = value * 10 + (c - '0');
        } else {
          scale /= 10;
          value += (c - '0') * scale;
        }
      } else {
        return -1;
      }
    }
    return digit ? value : -1;
  }
}
