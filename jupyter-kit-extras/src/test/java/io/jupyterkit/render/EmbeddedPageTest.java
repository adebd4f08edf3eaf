package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmbeddedPageTest {
  private static final String PAGE = "http://127.0.0.1:8080";
  private static final String OPAQUE = "allow-scripts allow-popups allow-presentation allow-forms";

  @Test
  void aPageOfAnotherOriginKeepsItsOrigin() {
    EmbeddedPage video = EmbeddedPage.of("https://www.youtube.com/embed/dQw4w9WgXcQ", false, PAGE);
    assertTrue(video.canLoad());
    assertEquals(OPAQUE + " allow-same-origin", video.sandbox());
    assertEquals("Embedded page from www.youtube.com", video.label());
    assertEquals("Embedded page from localhost:8080",
        EmbeddedPage.of("http://user:secret@localhost:8080/embed?x=1#y", false, PAGE).label());
    assertEquals(OPAQUE + " allow-same-origin", EmbeddedPage.of("https://127.0.0.1:8080/", false, PAGE).sandbox(),
        "another scheme is another origin");
    assertEquals(OPAQUE + " allow-same-origin", EmbeddedPage.of("http://127.0.0.1:8081/", false, PAGE).sandbox(),
        "another port is another origin");
  }

  @Test
  void whatCouldScriptThePageGetsAnOpaqueOrigin() {
    EmbeddedPage same = EmbeddedPage.of("http://127.0.0.1:8080/notebooks/map.html", false, PAGE);
    assertEquals(OPAQUE, same.sandbox());
    assertEquals("Embedded page from 127.0.0.1:8080", same.label());
    EmbeddedPage srcdoc = EmbeddedPage.of("https://www.youtube.com/embed/x", true, PAGE);
    assertEquals(OPAQUE, srcdoc.sandbox(), "srcdoc wins over src, as in the browser");
    assertEquals("Embedded document", srcdoc.label());
    assertEquals(OPAQUE, EmbeddedPage.of("data:text/html;base64,PHNjcmlwdD4=", false, PAGE).sandbox());
    assertEquals("Embedded document", EmbeddedPage.of("DATA:text/html,x", false, PAGE).label());
    assertEquals(OPAQUE, EmbeddedPage.of("about:blank", false, PAGE).sandbox());
  }

  @Test
  void scriptAndUnknownAddressesNeverLoad() {
    for (String url : new String[] {"javascript:parent.alert(1)", "blob:http://127.0.0.1:8080/0b1c",
        "vbscript:x", "file:///etc/passwd", "about:srcdoc", "http:nohost", "filesystem:http://x/y"}) {
      EmbeddedPage page = EmbeddedPage.of(url, false, PAGE);
      assertFalse(page.canLoad(), url);
      assertNull(page.sandbox(), url);
      assertFalse(page.loadsAtOnce(true), url);
    }
    assertEquals("Embedded page blocked: javascript: addresses are not loaded",
        EmbeddedPage.of("javascript:parent.alert(1)", false, PAGE).label());
    assertEquals("Embedded page blocked: blob: addresses are not loaded",
        EmbeddedPage.of("blob:http://127.0.0.1:8080/0b1c", false, PAGE).label());
    assertEquals("Embedded page blocked: its address cannot be read", EmbeddedPage.of(null, false, PAGE).label());
  }

  @Test
  void onlyPagesOfAnotherOriginLoadAtOnceAndOnlyWhenRemoteResourcesAreAllowed() {
    assertFalse(EmbeddedPage.of("https://www.youtube.com/embed/x", false, PAGE).loadsAtOnce(false));
    assertTrue(EmbeddedPage.of("https://www.youtube.com/embed/x", false, PAGE).loadsAtOnce(true));
    assertFalse(EmbeddedPage.of("http://127.0.0.1:8080/x", false, PAGE).loadsAtOnce(true));
    assertFalse(EmbeddedPage.of(null, true, PAGE).loadsAtOnce(true));
    assertFalse(EmbeddedPage.of("data:text/html,x", false, PAGE).loadsAtOnce(true));
  }

  @Test
  void keepsOnlyFullscreenPictureInPictureAndAutoplay() {
    assertEquals("autoplay; picture-in-picture", EmbeddedPage.allow("accelerometer; autoplay; clipboard-write;"
        + " encrypted-media; gyroscope; picture-in-picture; web-share"));
    assertEquals("fullscreen; autoplay", EmbeddedPage.allow(" Fullscreen 'self' https://evil.example; autoplay *;"
        + " fullscreen; camera; geolocation; microphone"));
    assertNull(EmbeddedPage.allow("camera; microphone; payment"));
    assertNull(EmbeddedPage.allow(""));
    assertNull(EmbeddedPage.allow(null));
  }

  @Test
  void sizesArePixelsOrPercentages() {
    assertEquals("400px", EmbeddedPage.cssLength("400"));
    assertEquals("400px", EmbeddedPage.cssLength(" 400px "));
    assertEquals("100%", EmbeddedPage.cssLength("100%"));
    assertEquals("12.5px", EmbeddedPage.cssLength("12.5"));
    assertNull(EmbeddedPage.cssLength("400;background:url(x)"));
    assertNull(EmbeddedPage.cssLength("calc(100vh)"));
    assertNull(EmbeddedPage.cssLength("1.2.3"));
    assertNull(EmbeddedPage.cssLength("99999999999"));
    assertNull(EmbeddedPage.cssLength(""));
    assertNull(EmbeddedPage.cssLength(null));
  }
}
