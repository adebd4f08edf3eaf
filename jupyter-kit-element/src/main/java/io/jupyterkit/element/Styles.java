package io.jupyterkit.element;

/** The element's shadow-DOM style sheet. Every colour is a custom property a page can override. */
final class Styles {
  private Styles() {}

  /** Jupyter's terminal palette, each colour a custom property: normal, then intense. */
  private static final String[][] ANSI_COLOURS = {
    {"black", "#3e424d", "#282c36"},
    {"red", "#e75c58", "#b22b31"},
    {"green", "#00a250", "#007427"},
    {"yellow", "#ddb62b", "#b27d12"},
    {"blue", "#208ffb", "#0065ca"},
    {"magenta", "#d160c4", "#a03196"},
    {"cyan", "#60c6c8", "#258f8f"},
    {"white", "#c5c1b4", "#a1a6b2"},
  };

  static final String CSS = base() + ansi();

  private static String ansi() {
    StringBuilder css = new StringBuilder(":host{");
    for (String[] colour : ANSI_COLOURS) {
      css.append("--jk-ansi-").append(colour[0]).append(':').append(colour[1]).append(';');
      css.append("--jk-ansi-").append(colour[0]).append("-intense:").append(colour[2]).append(';');
    }
    css.append('}');
    for (String[] colour : ANSI_COLOURS) {
      for (String variant : new String[] {colour[0], colour[0] + "-intense"}) {
        css.append(".ansi-").append(variant).append("-fg{color:var(--jk-ansi-").append(variant).append(")}");
        css.append(".ansi-").append(variant).append("-bg{background-color:var(--jk-ansi-").append(variant)
            .append(")}");
      }
    }
    return css.append(".ansi-bold{font-weight:bold}.ansi-italic{font-style:italic}")
        .append(".ansi-underline{text-decoration:underline}")
        .append(".ansi-default-inverse-fg{color:var(--jk-bg)}.ansi-default-inverse-bg{background-color:var(--jk-fg)}")
        .toString();
  }

  private static String base() {
    return ""
      + ":host{display:block;contain:content;"
      + "--jk-bg:#fff;--jk-fg:#212121;--jk-muted:#616161;--jk-border:#e0e0e0;--jk-input-bg:#f7f7f7;"
      + "--jk-prompt-in:#303f9f;--jk-prompt-out:#d84315;--jk-stderr-bg:#fdd;--jk-error-bg:#fdd;"
      + "--jk-accent:#1976d2;--jk-font:system-ui,sans-serif;--jk-mono:ui-monospace,Menlo,Consolas,monospace;"
      + "background:var(--jk-bg);color:var(--jk-fg);font-family:var(--jk-font);}"
      + ":host([hidden]){display:none}"
      + ".notebook{display:flex;flex-direction:column;gap:.5em;padding:.5em;overflow:hidden}"
      + ".cell{position:relative;overflow:hidden}"
      + ".input,.output-row{display:grid;grid-template-columns:6.5em minmax(0,1fr) auto;align-items:start;gap:.25em}"
      + ".output-row{grid-template-columns:6.5em minmax(0,1fr)}"
      + ".prompt{font-family:var(--jk-mono);font-size:.85em;text-align:right;padding:.4em .3em;white-space:nowrap}"
      + ".input-prompt{color:var(--jk-prompt-in)}.output-prompt{color:var(--jk-prompt-out)}"
      + "pre{margin:0;font-family:var(--jk-mono);font-size:.875em;white-space:pre-wrap;overflow-wrap:anywhere}"
      + ".source{background:var(--jk-input-bg);border:1px solid var(--jk-border);border-radius:2px;padding:.4em}"
      + ".output{padding:.4em;max-width:100%;overflow:auto}"
      + ".stderr{background:var(--jk-stderr-bg)}.error{background:var(--jk-error-bg)}"
      + "img.output{max-width:100%;height:auto}"
      + ".markdown{padding:.4em .4em .4em 7em;white-space:pre-wrap}"
      + ".raw{padding:.4em .4em .4em 7em;color:var(--jk-muted)}"
      + ".run{font:inherit;font-size:.85em;padding:.3em .8em;border:1px solid var(--jk-border);border-radius:3px;"
      + "background:var(--jk-bg);color:var(--jk-fg);cursor:pointer}"
      + ".run:focus-visible{outline:2px solid var(--jk-accent);outline-offset:1px}"
      + ".running .input-prompt{font-weight:bold}"
      + ".notice{margin:.5em;padding:.6em;border:1px solid #e0b000;background:#fff8e1;color:#5d4037}"
      + ".notice.failure{border-color:#c62828;background:#fdecea;color:#b71c1c}";
  }
}
