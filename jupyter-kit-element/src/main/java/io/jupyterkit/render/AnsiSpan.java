package io.jupyterkit.render;

/** A run of text with one terminal style: CSS classes for the 16 named colours and attributes, RGB otherwise. */
public final class AnsiSpan {
  private final String text;
  private final String classes;
  private final String color;
  private final String background;
  private final String lightColor;
  private final String darkColor;

  AnsiSpan(String text, String classes, String color, String background) {
    this(text, classes, color, background, color, color);
  }

  AnsiSpan(String text, String classes, String color, String background, String lightColor, String darkColor) {
    this.text = text;
    this.classes = classes;
    this.color = color;
    this.background = background;
    this.lightColor = lightColor;
    this.darkColor = darkColor;
  }

  public String text() {
    return text;
  }

  /** Space-separated CSS classes such as {@code ansi-red-fg ansi-bold}, or empty. */
  public String classes() {
    return classes;
  }

  /** An {@code rgb(...)} foreground for 256-colour and truecolor text, else null. */
  public String color() {
    return color;
  }

  /** {@link #color()} made readable (4.5:1) where it stands in the light theme, else null. */
  public String lightColor() {
    return lightColor;
  }

  /** {@link #color()} made readable where it stands in the dark theme, else null. */
  public String darkColor() {
    return darkColor;
  }

  /** An {@code rgb(...)} background, else null. */
  public String background() {
    return background;
  }

  /** True when the span carries no style at all and can be a plain text node. */
  public boolean isPlain() {
    return classes.isEmpty() && color == null && background == null;
  }
}
