package io.jupyterkit.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Terminal output as a terminal would show it: ANSI SGR styles (bold, italic, underline, inverse, 16/256/truecolor)
 * become styled spans, other escape sequences are dropped, and carriage return and backspace overwrite what is
 * already on the line, so progress bars show their last state as in Jupyter.
 */
public final class Ansi {
  private Ansi() {}

  static final String[] NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

  /** The text without ANSI escape sequences (colour codes in tracebacks, for example). */
  public static String strip(String text) {
    StringBuilder out = new StringBuilder();
    for (AnsiSpan span : parse(text)) {
      out.append(span.text());
    }
    return out.toString();
  }

  /** The styled spans of {@code text}, after carriage returns and backspaces have done their overwriting. */
  public static List<AnsiSpan> parse(String text) {
    boolean plain = text.indexOf('\u001b') < 0 && text.indexOf('\r') < 0 && text.indexOf('\b') < 0;
    List<AnsiSpan> spans = new ArrayList<>();
    if (plain) {
      if (!text.isEmpty()) {
        spans.add(new AnsiSpan(text, "", null, null));
      }
      return spans;
    }
    Screen screen = new Screen();
    Style style = new Style();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\u001b') {
        i = escape(text, i, style);
        continue;
      }
      if (c == '\r') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
          continue;
        }
        screen.carriageReturn();
      } else if (c == '\b') {
        screen.backspace();
      } else if (c == '\n') {
        screen.newline();
      } else {
        screen.put(c, style.key());
      }
      i++;
    }
    return screen.spans();
  }

  /** Consumes one escape sequence starting at {@code start}; SGR sequences update {@code style}. */
  private static int escape(String text, int start, Style style) {
    int i = start + 1;
    if (i >= text.length()) {
      return i;
    }
    if (text.charAt(i) != '[') {
      return i + 1;
    }
    i++;
    int paramsStart = i;
    while (i < text.length() && (text.charAt(i) < '@' || text.charAt(i) > '~')) {
      i++;
    }
    if (i >= text.length()) {
      return i;
    }
    if (text.charAt(i) == 'm') {
      style.apply(text.substring(paramsStart, i));
    }
    return i + 1;
  }

  /** The lines written so far, each a row of cells a carriage return or backspace can move back over. */
  private static final class Screen {
    private final StringBuilder done = new StringBuilder();
    private final List<String> doneStyles = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<String> lineStyles = new ArrayList<>();
    private int cursor;
    private final List<AnsiSpan> spans = new ArrayList<>();
    private String runStyle;
    private final StringBuilder run = new StringBuilder();

    void put(char c, String style) {
      if (cursor < line.length()) {
        line.setCharAt(cursor, c);
        lineStyles.set(cursor, style);
      } else {
        line.append(c);
        lineStyles.add(style);
      }
      cursor++;
    }

    void carriageReturn() {
      cursor = 0;
    }

    void backspace() {
      if (cursor > 0) {
        cursor--;
      }
    }

    void newline() {
      flushLine();
      // A line break carries no style, so a coloured word does not swallow it.
      emit('\n', "");
    }

    private void flushLine() {
      for (int i = 0; i < line.length(); i++) {
        emit(line.charAt(i), lineStyles.get(i));
      }
      line.setLength(0);
      lineStyles.clear();
      cursor = 0;
    }

    private void emit(char c, String style) {
      if (runStyle != null && !runStyle.equals(style)) {
        closeRun();
      }
      runStyle = style;
      run.append(c);
    }

    private void closeRun() {
      if (run.length() > 0) {
        spans.add(Style.span(run.toString(), runStyle));
        run.setLength(0);
      }
    }

    List<AnsiSpan> spans() {
      flushLine();
      closeRun();
      return spans;
    }
  }

  /** The current SGR state; {@link #key()} encodes it so cells can share and compare it cheaply. */
  private static final class Style {
    boolean bold;
    boolean italic;
    boolean underline;
    boolean inverse;
    String fg;
    String bg;

    void apply(String params) {
      List<String> codes = Strings.split(params.isEmpty() ? "0" : params, ';');
      for (int i = 0; i < codes.size(); i++) {
        int code = number(codes.get(i));
        if (code == 0) {
          bold = italic = underline = inverse = false;
          fg = bg = null;
        } else if (code == 1) {
          bold = true;
        } else if (code == 3) {
          italic = true;
        } else if (code == 4) {
          underline = true;
        } else if (code == 7) {
          inverse = true;
        } else if (code == 22) {
          bold = false;
        } else if (code == 23) {
          italic = false;
        } else if (code == 24) {
          underline = false;
        } else if (code == 27) {
          inverse = false;
        } else if (code >= 30 && code <= 37) {
          fg = "c" + (code - 30);
        } else if (code >= 90 && code <= 97) {
          fg = "c" + (code - 90 + 8);
        } else if (code >= 40 && code <= 47) {
          bg = "c" + (code - 40);
        } else if (code >= 100 && code <= 107) {
          bg = "c" + (code - 100 + 8);
        } else if (code == 39) {
          fg = null;
        } else if (code == 49) {
          bg = null;
        } else if ((code == 38 || code == 48) && i + 1 < codes.size()) {
          String colour = null;
          int mode = number(codes.get(i + 1));
          if (mode == 5 && i + 2 < codes.size()) {
            colour = indexed(number(codes.get(i + 2)));
            i += 2;
          } else if (mode == 2 && i + 4 < codes.size()) {
            colour = rgb(number(codes.get(i + 2)), number(codes.get(i + 3)), number(codes.get(i + 4)));
            i += 4;
          } else {
            i += 1;
          }
          if (code == 38) {
            fg = colour;
          } else {
            bg = colour;
          }
        }
      }
    }

    String key() {
      return (bold ? "b" : "") + (italic ? "i" : "") + (underline ? "u" : "") + "|"
          + (inverse ? orDefault(bg, "cdefault-bg") : orDefault(fg, "")) + "|"
          + (inverse ? orDefault(fg, "cdefault-fg") : orDefault(bg, ""));
    }

    static AnsiSpan span(String text, String key) {
      if (key.isEmpty() || key.equals("||")) {
        return new AnsiSpan(text, "", null, null);
      }
      List<String> parts = Strings.split(key, '|');
      StringBuilder classes = new StringBuilder();
      if (parts.get(0).contains("b")) {
        classes.append(" ansi-bold");
      }
      if (parts.get(0).contains("i")) {
        classes.append(" ansi-italic");
      }
      if (parts.get(0).contains("u")) {
        classes.append(" ansi-underline");
      }
      String color = colour(parts.get(1), "fg", classes);
      String background = colour(parts.get(2), "bg", classes);
      if (color == null) {
        return new AnsiSpan(text, classes.toString().trim(), null, background);
      }
      int rgb = parseRgb(color);
      return new AnsiSpan(text, classes.toString().trim(), color, background,
          AnsiContrast.css(AnsiContrast.forLightTheme(rgb, backgroundOf(parts.get(2), false))),
          AnsiContrast.css(AnsiContrast.forDarkTheme(rgb, backgroundOf(parts.get(2), true))));
    }

    /** The colour text of this style stands on in one theme, or -1 for the page's own background. */
    private static int backgroundOf(String value, boolean dark) {
      if (value.isEmpty()) {
        return -1;
      }
      if (value.startsWith("cdefault")) {
        return dark ? AnsiContrast.DARK_TEXT : AnsiContrast.LIGHT_TEXT;
      }
      if (value.startsWith("c")) {
        int index = Integer.parseInt(value.substring(1));
        return (dark ? AnsiContrast.DARK_NAMED_BACKGROUNDS : AnsiContrast.LIGHT_NAMED_BACKGROUNDS)[index];
      }
      return parseRgb(value);
    }

    /** 0xRRGGBB of a colour this class wrote as {@code rgb(r,g,b)}. */
    private static int parseRgb(String css) {
      List<String> channels = Strings.split(css.substring(4, css.length() - 1), ',');
      return (number(channels.get(0)) << 16) | (number(channels.get(1)) << 8) | number(channels.get(2));
    }

    private static String colour(String value, String layer, StringBuilder classes) {
      if (value.isEmpty()) {
        return null;
      }
      if (value.startsWith("cdefault")) {
        classes.append(" ansi-default-inverse-").append(layer);
        return null;
      }
      if (value.startsWith("c")) {
        int index = Integer.parseInt(value.substring(1));
        classes.append(" ansi-").append(NAMES[index % 8]).append(index >= 8 ? "-intense" : "").append('-')
            .append(layer);
        return null;
      }
      return value;
    }

    private static String orDefault(String value, String fallback) {
      return value == null ? fallback : value;
    }

    private static int number(String text) {
      int value = 0;
      if (text.isEmpty() || text.length() > 6) {
        return text.isEmpty() ? 0 : -1;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    /** xterm's 256-colour palette: the 16 named colours, a 6x6x6 cube, then 24 greys. */
    private static String indexed(int index) {
      if (index < 0 || index > 255) {
        return null;
      }
      if (index < 16) {
        return "c" + index;
      }
      if (index < 232) {
        int cube = index - 16;
        return rgb(level(cube / 36), level((cube / 6) % 6), level(cube % 6));
      }
      int grey = 8 + (index - 232) * 10;
      return rgb(grey, grey, grey);
    }

    private static int level(int step) {
      return step == 0 ? 0 : 55 + step * 40;
    }

    private static String rgb(int r, int g, int b) {
      return "rgb(" + clamp(r) + "," + clamp(g) + "," + clamp(b) + ")";
    }

    private static int clamp(int value) {
      return Math.max(0, Math.min(255, value));
    }
  }
}
