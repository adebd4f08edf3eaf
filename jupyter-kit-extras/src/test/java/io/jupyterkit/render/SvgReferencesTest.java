package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgReferencesTest {
  private final SvgReferences figure = new SvgReferences("s1-", List.of("DejaVuSans-30", "p4f2a", "m0", "title"));

  @Test
  void renamesTheIdsAndTheReferencesMatplotlibWrites() {
    assertEquals("s1-DejaVuSans-30", figure.id("DejaVuSans-30"));
    assertEquals("#s1-DejaVuSans-30", figure.href("use", "#DejaVuSans-30"));
    assertEquals("#s1-m0", figure.href("use", " #m0 "));
    assertEquals("url(#s1-p4f2a)", figure.urls("url(#p4f2a)"));
    assertEquals("fill: none; clip-path: url(#s1-p4f2a); stroke: url(#s1-m0)",
        figure.urls("fill: none; clip-path: URL( \"#p4f2a\" ); stroke: url('#m0')"));
    assertEquals("s1-title", figure.idList("title missing"));
  }

  @Test
  void renamesTheIdsItsStyleSheetSelects() {
    SvgReferences chart = new SvgReferences("s2-", List.of("chart-1f", "clip"));
    assertEquals("#s2-chart-1f .axis{stroke:#fff}#s2-chart-1f>g{clip-path:url(#s2-clip)} #other{fill:#abc}",
        chart.css("#chart-1f .axis{stroke:#fff}#chart-1f>g{clip-path:url(#clip)} #other{fill:#abc}"));
  }

  @Test
  void dropsReferencesToIdsTheSvgDoesNotDefine() {
    assertNull(figure.href("use", "#DejaVuSans-31"), "another figure's glyph");
    assertEquals("none", figure.urls("url(#elsewhere)"));
    assertEquals("", figure.idList("elsewhere"));
  }

  @Test
  void dropsEveryReferenceOutsideTheSvg() {
    assertNull(figure.href("use", "sprite.svg#a"));
    assertNull(figure.href("use", "http://example.org/sprite.svg#a"));
    assertNull(figure.href("use", "data:image/svg+xml,<svg id='x'/>#x"));
    assertNull(figure.href("textPath", "javascript:alert(1)"));
    assertNull(figure.href("linearGradient", "other.svg#g"));
    assertEquals("none", figure.urls("url(other.svg#c)"));
    assertEquals("filter:none;mask:none", figure.urls("filter:url(http://example.org/f.svg#f);mask:url(//x/m#m)"));
    assertEquals("none", figure.urls("url(#p4f2a\\29)"), "an escaped reference is not read as one");
    assertEquals("none", figure.urls("url(#p4f2a"), "an unclosed url()");
  }

  @Test
  void dropsWhatWouldFetchBeforeTheIdsAreKnown() {
    assertEquals("fill:url(#a);stroke:none;filter:none",
        SvgReferences.withoutOutsideUrls("fill:url(#a);stroke:url(/file.svg#s);filter:url(\"http://x/f#f\")"));
    assertEquals(true, SvgReferences.isOutsideReference("use", "/remote/local-sprite.svg#a"));
    assertEquals(true, SvgReferences.isOutsideReference("use", "javascript:alert(1)"));
    assertEquals(false, SvgReferences.isOutsideReference("use", "#a"));
    assertEquals(false, SvgReferences.isOutsideReference("a", "https://example.org/"));
    assertEquals(false, SvgReferences.isOutsideReference("image", "data:image/png;base64,AAAA"));
  }

  @Test
  void leavesLinksAndImagesToTheirOwnChecks() {
    assertEquals("https://example.org/", figure.href("a", "https://example.org/"));
    assertEquals("#section", figure.href("a", "#section"), "a link to the notebook's heading");
    assertEquals("#s1-m0", figure.href("a", "#m0"));
    assertEquals("data:image/png;base64,AAAA", figure.href("image", "data:image/png;base64,AAAA"));
  }

  @Test
  void readsOnlySameDocumentFragments() {
    assertEquals("a", SvgReferences.fragmentId("#a"));
    assertNull(SvgReferences.fragmentId("#"));
    assertNull(SvgReferences.fragmentId("x#a"));
    assertNull(SvgReferences.fragmentId(null));
  }
}
