package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnsiTest {
  private static String describe(List<AnsiSpan> spans) {
    StringBuilder out = new StringBuilder();
    for (AnsiSpan span : spans) {
      out.append('[').append(span.classes());
      if (span.color() != null) {
        out.append(" color=").append(span.color());
      }
      if (span.background() != null) {
        out.append(" bg=").append(span.background());
      }
      out.append(']').append(span.text());
    }
    return out.toString();
  }

  @Test
  void namedColoursAndAttributesBecomeClasses() {
    assertEquals("[ansi-bold ansi-red-fg]Error[]: x",
        describe(Ansi.parse("\u001b[1;31mError\u001b[0m: x")));
    assertEquals("[ansi-green-intense-fg ansi-blue-bg]ok", describe(Ansi.parse("\u001b[92;44mok")));
    assertEquals("[ansi-italic ansi-underline]u[ansi-italic]v",
        describe(Ansi.parse("\u001b[3;4mu\u001b[24mv")));
  }

  @Test
  void colours256AndTruecolorBecomeRgb() {
    assertEquals("[ color=rgb(255,135,0)]o", describe(Ansi.parse("\u001b[38;5;208mo")));
    assertEquals("[ansi-red-fg]r", describe(Ansi.parse("\u001b[38;5;1mr")));
    assertEquals("[ color=rgb(8,8,8)]g", describe(Ansi.parse("\u001b[38;5;232mg")));
    assertEquals("[ color=rgb(1,2,3) bg=rgb(4,5,6)]t",
        describe(Ansi.parse("\u001b[38;2;1;2;3;48;2;4;5;6mt")));
    assertEquals("[]x", describe(Ansi.parse("\u001b[38;5;999mx")), "out-of-range colour is ignored");
  }

  @Test
  void inverseSwapsForegroundAndBackground() {
    assertEquals("[ansi-default-inverse-fg ansi-red-bg]i", describe(Ansi.parse("\u001b[31;7mi")));
  }

  @Test
  void carriageReturnOverwritesTheLineLikeAProgressBar() {
    assertEquals("100%\ndone", Ansi.strip(" 10%\r 50%\r100%\ndone"));
    assertEquals("abXYef", Ansi.strip("abcdef\rabXY"));
    assertEquals("a\nb", Ansi.strip("a\r\nb"), "CRLF is a newline");
  }

  @Test
  void backspaceMovesBackOverTheLastCharacter() {
    assertEquals("ab", Ansi.strip("ax\bb"));
    assertEquals("b", Ansi.strip("\b\bb"));
  }

  @Test
  void otherEscapesAreDroppedAndPlainTextIsOneSpan() {
    assertEquals("ab", Ansi.strip("a\u001b[2Kb\u001b[1A"));
    assertEquals("ZeroDivisionError: x", Ansi.strip("\u001b[1;31mZeroDivisionError\u001b[0m: x"));
    List<AnsiSpan> plain = Ansi.parse("just text\n");
    assertEquals(1, plain.size());
    assertTrue(plain.get(0).isPlain());
    assertNull(plain.get(0).color());
    assertEquals("", Ansi.strip("\u001b["));
    assertEquals(0, Ansi.parse("").size());
  }

  @Test
  void stripKeepsOnlyTheText() {
    assertEquals("ZeroDivisionError: x", Ansi.strip("\u001b[1;31mZeroDivisionError\u001b[0m: x"));
    assertEquals("plain", Ansi.strip("plain"));
    assertEquals("ab", Ansi.strip("a\u001b[38;5;208mb\u001b[0m"));
    assertEquals("", Ansi.strip("\u001b["));
  }
}
