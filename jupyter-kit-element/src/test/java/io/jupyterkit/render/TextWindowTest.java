package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextWindowTest {
  @Test
  void pagesEndAfterANewlineWhenThereIsOne() {
    String text = "aaaa\nbbbb\ncccc\n";
    assertEquals(10, TextWindow.endOfPageFrom(text, 0, 12));
    assertEquals(10, TextWindow.startOfPageTo(text, text.length(), 8));
  }

  @Test
  void textWithoutNewlinesIsCutAtThePageSize() {
    String text = "x".repeat(1000);
    assertEquals(100, TextWindow.endOfPageFrom(text, 0, 100));
    assertEquals(900, TextWindow.startOfPageTo(text, 1000, 100));
  }

  @Test
  void pagesCoverTheWholeTextWithoutGaps() {
    StringBuilder built = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      built.append(i % 7 == 0 ? "line " + i + "\n" : "word" + i);
    }
    String text = built.toString();
    StringBuilder read = new StringBuilder();
    int start = 0;
    while (start < text.length()) {
      int end = TextWindow.endOfPageFrom(text, start, 1000);
      assertTrue(end > start && end - start <= 1000);
      read.append(text, start, end);
      start = end;
    }
    assertEquals(text, read.toString());
  }

  @Test
  void aSurrogatePairIsNeverSplit() {
    String text = "a" + "\uD83D\uDE00".repeat(10);
    int end = TextWindow.endOfPageFrom(text, 0, 2);
    assertTrue(!Character.isLowSurrogate(text.charAt(end)), "a page must not start inside a pair");
  }

  @Test
  void countsAreGrouped() {
    assertEquals("10,000,000", TextWindow.grouped(10_000_000));
    assertEquals("999", TextWindow.grouped(999));
    assertEquals("1,000", TextWindow.grouped(1000));
  }

  @Test
  void costlyHtmlIsRefusedBeforeParsing() {
    assertNull(ContentLimits.htmlProblem("<table><tr><td>1<td>2<tr><td>3</table><p>a<p>b<br><img src=x>"));
    assertTrue(ContentLimits.htmlProblem("<b>".repeat(1000)).contains("nest"));
    assertTrue(ContentLimits.htmlProblem("x".repeat(ContentLimits.MAX_HTML_CHARS + 1)).contains("characters long"));
    assertEquals(2, ContentLimits.nestingDepth("<div><script><div><div><div></script><span></span></div>", 100));
    assertEquals(1, ContentLimits.nestingDepth("<div><!-- <div><div> --></div>", 100));
  }
}
