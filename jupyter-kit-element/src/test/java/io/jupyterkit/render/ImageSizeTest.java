package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import org.junit.jupiter.api.Test;

class ImageSizeTest {
  private static ImageSize of(String metadata, String mimeType) {
    return ImageSize.of(JsonParser.parse(metadata).asObject(), mimeType);
  }

  @Test
  void theFormsJupyterWrites() {
    ImageSize v4 = of("{\"image/png\":{\"width\":320,\"height\":240}}", "image/png");
    assertEquals(320, v4.width);
    assertEquals(240, v4.height);
    assertFalse(v4.unconfined);
    ImageSize strings = of("{\"image/jpeg\":{\"width\":\"320\",\"height\":\"240px\"}}", "image/jpeg");
    assertEquals(320, strings.width);
    assertEquals(240, strings.height);
    ImageSize v3 = of("{\"png\":{\"width\":100}}", "image/png");
    assertEquals(100, v3.width);
    assertNull(v3.height);
    ImageSize topLevel = of("{\"width\":50,\"height\":\"25\"}", "image/png");
    assertEquals(50, topLevel.width);
    assertEquals(25, topLevel.height);
    assertEquals(201, of("{\"image/png\":{\"width\":200.6}}", "image/png").width, "rounded to a pixel");
  }

  @Test
  void theEntryOfTheMimeTypeComesFirst() {
    ImageSize size = of("{\"width\":10,\"image/png\":{\"width\":20},\"png\":{\"width\":30,\"height\":40}}",
        "image/png");
    assertEquals(20, size.width);
    assertEquals(40, size.height);
    assertNull(of("{\"image/jpeg\":{\"width\":20}}", "image/png").width, "another type's size is not this one's");
  }

  @Test
  void unconfinedAndNonsense() {
    assertTrue(of("{\"image/png\":{\"unconfined\":true}}", "image/png").unconfined);
    assertFalse(of("{\"image/png\":{\"unconfined\":\"yes\"}}", "image/png").unconfined);
    for (String bad : new String[] {"-5", "0", "\"50%\"", "\"wide\"", "\"\"", "null", "true", "[1]", "1e9"}) {
      assertNull(of("{\"image/png\":{\"width\":" + bad + "}}", "image/png").width, bad);
    }
    assertNull(ImageSize.of(null, "image/png").width);
    assertNull(ImageSize.of(new JsonObject(), "image/png").height);
  }
}
