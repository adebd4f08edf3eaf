package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnchorsTest {
  @Test
  void headingIdsAreTheTextWithSpacesAsHyphensAndNothingElseChanged() {
    assertEquals("Data-cleaning", Anchors.headingId("Data cleaning"));
    assertEquals("1.-Über-uns:-Fragen?", Anchors.headingId("1. Über uns: Fragen?"));
    assertEquals("a--b", Anchors.headingId("a  b"), "each space becomes one hyphen");
  }

  @Test
  void onlyFragmentLinksAreInPage() {
    assertEquals("Intro", Anchors.fragment("#Intro"));
    assertEquals("Intro", Anchors.fragment(" #Intro "));
    assertNull(Anchors.fragment("#"));
    assertNull(Anchors.fragment("other.ipynb#Intro"));
    assertNull(Anchors.fragment("https://jupyter.org/#x"));
    assertNull(Anchors.fragment(null));
  }

  @Test
  void aCellNotDrawnYetIsFoundByItsHeadingOrAnchor() {
    assertTrue(Anchors.markdownMayHold("Text\n\n## Far away heading ##\n", "Far-away-heading"));
    assertTrue(Anchors.markdownMayHold("### The **bold** part", "The-bold-part"));
    assertTrue(Anchors.markdownMayHold("<a id=\"top\"></a>", "top"));
    assertTrue(Anchors.markdownMayHold("<a name='old-style'></a>", "old-style"));
    assertFalse(Anchors.markdownMayHold("## Far away", "Far-away-heading"));
    assertFalse(Anchors.markdownMayHold("Far away heading in a sentence", "Far-away-heading"));
    assertTrue(Anchors.namesInHtml("<div id=\"results\">", "results"));
    assertFalse(Anchors.namesInHtml("<div id=\"results-2\">", "results"));
  }
}
