package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jupyterkit.json.JsonParser;
import org.junit.jupiter.api.Test;

class RenderTest {
  @Test
  void choosesTheRichestSupportedTypeInJupyterLabsOrder() {
    var data = JsonParser.parse("{\"text/plain\":\"p\",\"text/latex\":\"l\",\"text/html\":\"h\",\"image/png\":\"i\"}")
        .asObject();
    assertEquals("text/html", MimeRanking.choose(data, mime -> true));
    assertEquals("image/png", MimeRanking.choose(data, mime -> !mime.startsWith("text/")));
    assertEquals("text/plain", MimeRanking.choose(data, mime -> mime.equals("text/plain")));
    assertNull(MimeRanking.choose(JsonParser.parse("{\"x/unknown\":\"?\"}").asObject(), mime -> true));
  }
}
