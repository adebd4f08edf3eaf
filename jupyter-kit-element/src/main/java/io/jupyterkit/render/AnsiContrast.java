package io.jupyterkit.render;

/**
 * Readable versions of the 256-colour and truecolor text terminals print. IPython colours tracebacks with pygments'
 * 256-colour palette (grey 241 operators, blue 21 names, red 124 strings, green 28 keywords) and marks the failing
 * expression with a background; some of those are hard to read on a light page, most on a dark one. Each colour is
 * kept as it is where it reads (WCAG contrast 4.5:1 and a margin), else darkened or lightened just enough.
 */
public final class AnsiContrast {
  /** Where terminal text stands in the light theme: the page, and stderr/error outputs (Styles: --jk-bg, --jk-error-bg). */
  static final int[] LIGHT_BACKGROUNDS = {0xffffff, 0xfff0f0};
  /** The same in the dark theme. */
  static final int[] DARK_BACKGROUNDS = {0x1e1e1e, 0x4a2323};
  /**
   * The 16 named background colours ({@code 40}-{@code 47}, {@code 100}-{@code 107}) in the light theme: pale tints
   * the page's text reads on, as IPython's highlight of the failing expression ({@code 43}) needs.
   */
  public static final int[] LIGHT_NAMED_BACKGROUNDS = {0xd6d6d6, 0xffd7d7, 0xd4f5d4, 0xfff2a8, 0xd6e6ff, 0xf3d9fa,
    0xccf2f5, 0xf0f0f0, 0xc4c4c4, 0xffc4c4, 0xc0ecc0, 0xffe97a, 0xc2d9ff, 0xeac3f5, 0xb5ebef, 0xfafafa};
  /** The same in the dark theme: deep tints under light text. */
  public static final int[] DARK_NAMED_BACKGROUNDS = {0x000000, 0x5c1f1f, 0x1f4a22, 0x4d4000, 0x1a3357, 0x4a2354,
    0x12444a, 0x505050, 0x3a3a3a, 0x7a2828, 0x2a5e2e, 0x66560a, 0x24467a, 0x5e2d6b, 0x1a5a61, 0x5a5a5a};
  /** The page's text colour in each theme (Styles: --jk-fg), the background of inverse text. */
  static final int LIGHT_TEXT = 0x212121;
  static final int DARK_TEXT = 0xd4d4d4;
  /** Slightly above WCAG AA's 4.5:1, so rounding never puts text under it. */
  static final double TARGET = 4.6;

  private AnsiContrast() {}

  /** {@code rgb} (0xRRGGBB) readable on every one of {@code backgrounds}, moved towards black or white if needed. */
  public static int readable(int rgb, int[] backgrounds) {
    double darkest = 1;
    double lightest = 0;
    for (int background : backgrounds) {
      darkest = Math.min(darkest, luminance(background));
      lightest = Math.max(lightest, luminance(background));
    }
    if (worstContrast(rgb, backgrounds) >= TARGET) {
      return rgb;
    }
    // Light backgrounds want darker text, dark ones lighter text.
    int towards = (lightest + darkest) / 2 > 0.18 ? 0x000000 : 0xffffff;
    for (int step = 1; step <= 20; step++) {
      int mixed = mix(rgb, towards, step / 20.0);
      if (worstContrast(mixed, backgrounds) >= TARGET) {
        return mixed;
      }
    }
    return towards;
  }

  /** {@code rgb} readable in the light theme, on {@code background} (0xRRGGBB) or, when it is -1, on the page. */
  public static int forLightTheme(int rgb, int background) {
    return readable(rgb, background < 0 ? LIGHT_BACKGROUNDS : new int[] {background});
  }

  /** {@code rgb} readable in the dark theme, on {@code background} or, when it is -1, on the page. */
  public static int forDarkTheme(int rgb, int background) {
    return readable(rgb, background < 0 ? DARK_BACKGROUNDS : new int[] {background});
  }

  /** WCAG 2 contrast ratio of two colours. */
  public static double contrast(int a, int b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double worstContrast(int rgb, int[] backgrounds) {
    double worst = Double.MAX_VALUE;
    for (int background : backgrounds) {
      worst = Math.min(worst, contrast(rgb, background));
    }
    return worst;
  }

  static double luminance(int rgb) {
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static int mix(int from, int to, double share) {
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int a = (from >> shift) & 0xff;
      int b = (to >> shift) & 0xff;
      // Math.round would return a long, which J2CL emulates at a cost.
      out |= ((int) Math.floor(a + (b - a) * share + 0.5)) << shift;
    }
    return out;
  }

  /** The CSS form of a colour. */
  public static String css(int rgb) {
    return "rgb(" + ((rgb >> 16) & 0xff) + "," + ((rgb >> 8) & 0xff) + "," + (rgb & 0xff) + ")";
  }
}
