package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnsiContrastTest {
  /** A frame of a traceback as IPython 8.5's VerboseTB writes it (Linux colours), the failing call highlighted. */
  static final String IPYTHON_FRAME = "\u001b[1;32m----> 5\u001b[0m     \u001b[38;5;28;01mreturn\u001b[39;00m "
      + "\u001b[43mf\u001b[49m\u001b[43m(\u001b[49m\u001b[43m{\u001b[49m\u001b[38;5;124;43m'\u001b[39;49m"
      + "\u001b[38;5;124;43mkey\u001b[39;49m\u001b[38;5;124;43m'\u001b[39;49m\u001b[43m:\u001b[49m\u001b[43m \u001b[49m"
      + "\u001b[38;5;28;43mlen\u001b[39;49m\u001b[43m(\u001b[49m\u001b[43mx\u001b[49m\u001b[43m)\u001b[49m"
      + "\u001b[38;5;241;43m/\u001b[39;49m\u001b[38;5;241;43m0\u001b[39;49m\u001b[43m}\u001b[49m\u001b[43m)\u001b[49m "
      + "\u001b[38;5;241m*\u001b[39m \u001b[38;5;241m2\u001b[39m \u001b[38;5;21mg\u001b[39m";

  private static int rgb(String css) {
    List<String> parts = Strings.split(css.substring(4, css.length() - 1), ',');
    return (Integer.parseInt(parts.get(0)) << 16) | (Integer.parseInt(parts.get(1)) << 8)
        | Integer.parseInt(parts.get(2));
  }

  @Test
  void everyColourOfAnIPythonTracebackReadsInBothThemes() {
    int checked = 0;
    for (AnsiSpan span : Ansi.parse(IPYTHON_FRAME)) {
      if (span.color() == null) {
        continue;
      }
      boolean highlighted = span.classes().contains("ansi-yellow-bg");
      int[] light = highlighted ? new int[] {AnsiContrast.LIGHT_NAMED_BACKGROUNDS[3]} : AnsiContrast.LIGHT_BACKGROUNDS;
      int[] dark = highlighted ? new int[] {AnsiContrast.DARK_NAMED_BACKGROUNDS[3]} : AnsiContrast.DARK_BACKGROUNDS;
      for (int background : light) {
        assertTrue(AnsiContrast.contrast(rgb(span.lightColor()), background) >= 4.5, span.text() + " light");
      }
      for (int background : dark) {
        assertTrue(AnsiContrast.contrast(rgb(span.darkColor()), background) >= 4.5, span.text() + " dark");
      }
      checked++;
    }
    assertEquals(7, checked, "coloured runs: return, the string, len, the operators, 2 and g");
  }

  @Test
  void theHighlightBackgroundKeepsThePageTextReadable() {
    for (int i = 0; i < 16; i++) {
      assertTrue(AnsiContrast.contrast(AnsiContrast.LIGHT_TEXT, AnsiContrast.LIGHT_NAMED_BACKGROUNDS[i]) >= 4.5);
      assertTrue(AnsiContrast.contrast(AnsiContrast.DARK_TEXT, AnsiContrast.DARK_NAMED_BACKGROUNDS[i]) >= 4.5);
    }
    assertEquals("[ansi-yellow-bg]f", describe(Ansi.parse("\u001b[43mf\u001b[49m")));
  }

  @Test
  void coloursThatReadAlreadyStayAsTheyAre() {
    assertEquals(0xaf0000, AnsiContrast.forLightTheme(0xaf0000, -1), "IPython's red 124 on white");
    assertEquals(0xffffff, AnsiContrast.forDarkTheme(0xffffff, -1));
    int blueOnDark = AnsiContrast.forDarkTheme(0x0000ff, -1);
    assertTrue(AnsiContrast.contrast(blueOnDark, 0x4a2323) >= 4.5 && (blueOnDark & 0xff) == 0xff,
        "blue 21 made lighter, still blue: " + Integer.toHexString(blueOnDark));
    assertEquals(4.5, AnsiContrast.contrast(0x767676, 0xffffff), 0.05, "WCAG's own example");
  }

  private static String describe(List<AnsiSpan> spans) {
    StringBuilder out = new StringBuilder();
    for (AnsiSpan span : spans) {
      out.append('[').append(span.classes()).append(']').append(span.text());
    }
    return out.toString();
  }
}
