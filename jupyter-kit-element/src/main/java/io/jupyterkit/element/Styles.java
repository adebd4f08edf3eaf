package io.jupyterkit.element;

import io.jupyterkit.render.AnsiContrast;

/** The element's shadow-DOM style sheet. Every colour is a custom property a page can override. */
final class Styles {
  private Styles() {}

  /**
   * Terminal colours as custom properties: name, light normal, light intense, dark normal, dark intense. Darker
   * than Jupyter's own on light backgrounds so that coloured output keeps WCAG AA contrast.
   */
  private static final String[][] ANSI_COLOURS = {
    {"black", "#212121", "#5c5c5c", "#8b929c", "#a6acb5"},
    {"red", "#c62828", "#a31515", "#ff6b6b", "#ff8f8f"},
    {"green", "#2e7d32", "#1b5e20", "#4caf50", "#7bd47f"},
    {"yellow", "#806400", "#6d5300", "#e5c07b", "#f0d49c"},
    {"blue", "#1565c0", "#0d47a1", "#61afef", "#8cc6f5"},
    {"magenta", "#8e24aa", "#6a1b9a", "#c678dd", "#d79ce8"},
    {"cyan", "#00727d", "#005f66", "#56b6c2", "#84cdd6"},
    {"white", "#6b6b6b", "#4d4d4d", "#d4d4d4", "#ffffff"},
  };

  static final String CSS = base() + themes() + content() + ansi() + highlighting() + editing() + narrow();

  /** Dark colours, for theme="dark" and for theme="auto" when the reader prefers dark. */
  private static final String DARK = "--jk-bg:#1e1e1e;--jk-fg:#d4d4d4;--jk-muted:#9e9e9e;--jk-border:#3c3c3c;"
      + "--jk-input-bg:#252526;--jk-prompt-in:#8ab4f8;--jk-prompt-out:#f28b82;--jk-stderr-bg:#4a2323;"
      + "--jk-error-bg:#4a2323;--jk-accent:#8ab4f8;--jk-link:#8ab4f8;--jk-notice-bg:#3a3320;--jk-notice-fg:#f0e0b0;"
      + "--jk-code-keyword:#c586c0;--jk-code-string:#ce9178;--jk-code-number:#b5cea8;--jk-code-comment:#6a9955;"
      + "--jk-code-builtin:#4ec9b0;--jk-code-title:#dcdcaa;--jk-code-meta:#9cdcfe;--jk-selected-bg:#243447;"
      + "--jk-table-rule:#616161;--jk-table-stripe:#2a2a2a;--jk-table-hover:#193a49;color-scheme:dark;";

  private static String themes() {
    return ":host([theme=dark]){" + DARK + "}"
        + "@media (prefers-color-scheme:dark){:host([theme=auto]){" + DARK + "}}"
        + ":host([bg-transparent]){--jk-bg:transparent;--jk-input-bg:transparent}"
        + ":host([readonly]) .cell-toolbar,:host([readonly]) .add-cells{display:none}"
        + ":host([no-toolbar]) .toolbar{display:none}";
  }

  /**
   * Tables as JupyterLab styles them, in markdown and in HTML outputs ({@code scope} prefixes each selector): no
   * cell grid (a pandas {@code border="1"} included), a rule under the header, striped body rows, bold headers.
   * HTML outputs right-align their cells and sit at the left (see OutputRenderer); markdown tables are centred.
   */
  static String tables(String scope) {
    return scope + "table{border-collapse:collapse;border-spacing:0;border:none;color:var(--jk-fg);font-size:.93em;"
        + "margin:0 0 1em}"
        + scope + "thead{border-bottom:1px solid var(--jk-table-rule);vertical-align:bottom}"
        + scope + "td," + scope + "th," + scope + "tr{vertical-align:middle;padding:.5em;line-height:normal;"
        + "white-space:normal;max-width:none;border:none}"
        + scope + "th{font-weight:bold}"
        + scope + "tbody tr:nth-child(odd){background:var(--jk-bg)}"
        + scope + "tbody tr:nth-child(even){background:var(--jk-table-stripe)}"
        + scope + "tbody tr:hover{background:var(--jk-table-hover)}";
  }

  /** Markdown, math and the element's own notices. */
  private static String content() {
    return ".markdown{padding:.2em .4em .2em 7em;line-height:1.5;overflow-wrap:anywhere}"
        + ".markdown>:first-child{margin-top:0}.markdown>:last-child{margin-bottom:0}"
        + tables(".markdown ") + ".markdown table{margin-left:auto;margin-right:auto}"
        + ".output.markdown table{margin-left:0;margin-right:0}"
        + ".heading-anchor{visibility:hidden;margin-left:8px;text-decoration:none}"
        + ".heading-anchor::after{content:'\\b6'}"
        + ":is(h1,h2,h3,h4,h5,h6):hover>.heading-anchor{visibility:visible}"
        + ".markdown img{max-width:100%}.markdown code{font-family:var(--jk-mono);font-size:.9em}"
        + ".markdown pre{background:var(--jk-input-bg);padding:.5em;overflow:auto}"
        + ".markdown blockquote{margin-left:0;padding-left:1em;border-left:3px solid var(--jk-border);"
        + "color:var(--jk-muted)}a{color:var(--jk-link)}"
        + ".output.markdown{padding:.4em}"
        // Display math has 1em above and below as in JupyterLab: KaTeX's margin, inside the box that scrolls a wide
        // equation (its glyphs reach into it), or the same margin while the TeX waits to be typeset.
        + ".math.display{display:block;text-align:var(--jk-math-align);margin:0;overflow-x:auto;overflow-y:hidden}"
        + ".math.display:not([data-typeset]){margin:1em 0}.math.display>.katex-display>.katex{text-align:inherit}"
        + ":host([math-align=left]){--jk-math-align:left}:host([math-align=right]){--jk-math-align:right}"
        + ".source-hidden .source{display:none}.source-hidden .input::after{content:'\\2026  (source hidden)';"
        + "color:var(--jk-muted);font-size:.85em;grid-column:2;grid-row:1;padding:.4em}"
        + ".markdown-cell.source-hidden .markdown-box>.markdown{display:none}"
        + ".markdown-cell.source-hidden .markdown-box::after{content:'\\2026  (source hidden)';display:block;"
        + "color:var(--jk-muted);font-size:.85em;padding:.4em .4em .4em 7em}"
        + ".input .input-prompt{grid-column:1}.input .run{grid-column:3;grid-row:1}"
        + ".note{color:var(--jk-muted);font-size:.85em}"
      + ".input-request{padding:.3em 0 .3em 7em;font-family:var(--jk-mono);font-size:.875em}"
      + ".input-request input{font:inherit;margin-left:.3em;min-width:20em;background:var(--jk-bg);"
      + "color:var(--jk-fg);border:1px solid var(--jk-border)}"
        + ".outputs-hidden .outputs{display:none}"
        + ".outputs.scrolled{max-height:24em;overflow-y:auto}"
        + ".output.html,.output.svg{overflow:auto;contain:paint}"
        + ".output.json{color:var(--jk-fg)}"
        + "header.filename{font-weight:600;padding:.3em .5em;border-bottom:1px solid var(--jk-border)}"
        + ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
        + "white-space:nowrap}";
  }

  /**
   * The code editor takes the place of a cell's {@code pre.source} (in a box of classes {@code source code-editor})
   * with nothing on the page moving: the same font, size, line height and padding (the editor's own theme, in
   * npm/src/codemirror/editor.mjs, inherits them and adds no padding). The code inherits the pre's font rather
   * than the browser's monospace, which would also shrink it (13/16). The zero-width space after the code gives an
   * empty source, and one ending in a newline, the last line that the editor draws too.
   */
  private static String editor() {
    return ".source code{font-family:inherit}.source code::after{content:'\\200b'}"
        + ".code-editor:focus-within{border-color:var(--jk-accent);box-shadow:inset 0 0 0 1px var(--jk-accent)}";
  }

  /** Toolbars, selection, focus and editors. Touch targets are at least 24 px. */
  private static String editing() {
    return ".toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:.3em;padding:.35em .5em;"
        + "border-bottom:1px solid var(--jk-border);font-size:.85em}"
        + ".tool{font:inherit;min-height:24px;min-width:24px;padding:.15em .6em;border:1px solid var(--jk-border);"
        + "border-radius:3px;background:var(--jk-bg);color:var(--jk-fg);cursor:pointer}"
        + ".tool:disabled{opacity:.5;cursor:default}"
        + ".tool:focus-visible,.cell-type:focus-visible{outline:2px solid var(--jk-accent);outline-offset:1px}"
        + ".kernel-status{margin-left:auto;display:flex;align-items:center;gap:.4em}"
        + ".kernel-state{font-family:var(--jk-mono);color:var(--jk-muted)}"
        + ".kernel-state[data-phase=failed]{color:var(--jk-ansi-red)}"
        + ".kernel-state[data-phase=busy]{color:var(--jk-accent)}"
        + ".cell{outline:none;border-left:3px solid transparent}"
        + ".cell.selected{border-left-color:var(--jk-border);background:var(--jk-selected-bg)}"
        + ".cell.active{border-left-color:var(--jk-accent)}"
        + ".cell:focus-visible{outline:2px solid var(--jk-accent);outline-offset:-2px}"
        + ".cell.running:not(.queued){border-left-color:var(--jk-prompt-in)}"
        + ".cell.running:not(.queued) .input-prompt{animation:jk-pulse 1.2s ease-in-out infinite}"
        + ".cell.queued{border-left-style:dashed;border-left-color:var(--jk-muted)}"
        + ".cell.queued .input-prompt{color:var(--jk-muted)}"
        + "@keyframes jk-pulse{50%{opacity:.45}}"
        + "@media (prefers-reduced-motion:reduce){.cell.running .input-prompt{animation:none}}"
        + ".cell:focus-within .editor{outline:1px solid var(--jk-accent)}"
        + ".source-box{position:relative;min-width:0}"
        + ".cell-toolbar{position:absolute;top:2px;right:2px;z-index:1;display:flex;gap:2px;padding:1px;"
        + "background:var(--jk-bg);border:1px solid var(--jk-border);border-radius:3px;font-size:.8em}"
        + ".cell-toolbar .tool{padding:0 .3em}"
        + ".cell-type{font:inherit;min-height:24px;background:var(--jk-bg);color:var(--jk-fg);"
        + "border:1px solid var(--jk-border);border-radius:3px}"
        + ".plain-editor{display:block;box-sizing:border-box;width:100%;margin:0;resize:vertical;"
        + "font-family:var(--jk-mono);font-size:.875em;line-height:inherit;padding:.4em;"
        + "background:var(--jk-input-bg);color:var(--jk-fg);border:1px solid var(--jk-border);border-radius:2px}"
        + ".markdown-box .plain-editor,.raw-box .plain-editor{margin-left:7em;width:calc(100% - 7em)}"
        + ".markdown-box>.code-editor,.raw-box>.code-editor{margin-left:7em}"
        + ".add-cells{display:flex;gap:.4em;padding:.2em 0 .2em 7em;font-size:.85em}";
  }

  /**
   * A narrow notebook (a 390 px phone): prompts move above the code, which gets the whole width; markdown, notes
   * and outputs lose their indent. A container query, so a narrow column on a wide screen gets it too.
   */
  private static String narrow() {
    return ".body{container-type:inline-size}"
        + "@container (max-width:560px){"
        + ".input{grid-template-columns:minmax(0,1fr) auto}"
        + ".input .input-prompt{grid-column:1/-1;grid-row:1;text-align:left;padding:0 .3em}"
        + ".input .source-box{grid-column:1;grid-row:2}.input .run{grid-column:2;grid-row:2}"
        + ".output-row{grid-template-columns:minmax(0,1fr)}.output-row .prompt{text-align:left;padding:0 .3em}"
        + ".markdown,.raw{padding-left:.4em}.run-note,.input-request,.add-cells{padding-left:.4em}"
        + ".markdown-box .plain-editor,.raw-box .plain-editor{margin-left:0;width:100%}"
        + ".markdown-box>.code-editor,.raw-box>.code-editor{margin-left:0}"
        + ".input-request input{min-width:0;width:100%}"
        + ".toolbar{gap:.25em}.tool{min-height:32px;min-width:32px}.kernel-status{margin-left:0}}";
  }

  /** highlight.js token classes mapped onto custom properties. */
  private static String highlighting() {
    return ".hljs-keyword,.hljs-literal,.hljs-built_in.hljs-keyword{color:var(--jk-code-keyword)}"
        + ".hljs-string,.hljs-regexp{color:var(--jk-code-string)}.hljs-number{color:var(--jk-code-number)}"
        + ".hljs-comment{color:var(--jk-code-comment);font-style:italic}"
        + ".hljs-built_in,.hljs-type{color:var(--jk-code-builtin)}"
        + ".hljs-title,.hljs-title.function_,.hljs-title.class_{color:var(--jk-code-title)}"
        + ".hljs-meta,.hljs-params,.hljs-attr,.hljs-variable{color:var(--jk-code-meta)}";
  }

  private static String ansiPalette(int normal, int intense) {
    StringBuilder css = new StringBuilder();
    for (String[] colour : ANSI_COLOURS) {
      css.append("--jk-ansi-").append(colour[0]).append(':').append(colour[normal]).append(';');
      css.append("--jk-ansi-").append(colour[0]).append("-intense:").append(colour[intense]).append(';');
    }
    return css.toString();
  }

  /** Named backgrounds have their own palette (AnsiContrast), on which the theme's text reads. */
  private static String ansiBackgrounds(int[] palette) {
    StringBuilder css = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      css.append("--jk-ansi-").append(ANSI_COLOURS[i % 8][0]).append(i >= 8 ? "-intense" : "").append("-bg:")
          .append(AnsiContrast.css(palette[i])).append(';');
    }
    return css.toString();
  }

  private static String ansi() {
    String dark = ansiPalette(3, 4) + ansiBackgrounds(AnsiContrast.DARK_NAMED_BACKGROUNDS);
    StringBuilder css = new StringBuilder(":host{").append(ansiPalette(1, 2))
        .append(ansiBackgrounds(AnsiContrast.LIGHT_NAMED_BACKGROUNDS)).append('}');
    css.append(":host([theme=dark]){").append(dark).append('}');
    css.append("@media (prefers-color-scheme:dark){:host([theme=auto]){").append(dark).append("}}");
    for (String[] colour : ANSI_COLOURS) {
      for (String variant : new String[] {colour[0], colour[0] + "-intense"}) {
        css.append(".ansi-").append(variant).append("-fg{color:var(--jk-ansi-").append(variant).append(")}");
        css.append(".ansi-").append(variant).append("-bg{background-color:var(--jk-ansi-").append(variant)
            .append("-bg)}");
      }
    }
    // 256-colour and truecolor text carries a readable colour for each theme (Ansi, AnsiContrast).
    css.append(".ansi-rgb-fg{color:var(--jk-rgb-light)}:host([theme=dark]) .ansi-rgb-fg{color:var(--jk-rgb-dark)}")
        .append("@media (prefers-color-scheme:dark){:host([theme=auto]) .ansi-rgb-fg{color:var(--jk-rgb-dark)}}");
    return css.append(".ansi-bold{font-weight:bold}.ansi-italic{font-style:italic}")
        .append(".ansi-underline{text-decoration:underline}")
        .append(".ansi-default-inverse-fg{color:var(--jk-bg)}.ansi-default-inverse-bg{background-color:var(--jk-fg)}")
        .toString();
  }

  private static String base() {
    return ""
      + ":host{display:block;contain:content;"
      + "--jk-bg:#fff;--jk-fg:#212121;--jk-muted:#616161;--jk-border:#e0e0e0;--jk-input-bg:#f7f7f7;"
      + "--jk-prompt-in:#303f9f;--jk-prompt-out:#bf360c;--jk-stderr-bg:#fff0f0;--jk-error-bg:#fff0f0;"
      + "--jk-accent:#1976d2;--jk-font:system-ui,sans-serif;--jk-mono:ui-monospace,Menlo,Consolas,monospace;"
      + "--jk-link:#0b57d0;--jk-notice-bg:#fff8e1;--jk-notice-fg:#5d4037;--jk-math-align:center;"
      + "--jk-code-keyword:#8000a0;--jk-code-string:#a31515;--jk-code-number:#116644;--jk-code-comment:#3d7a3d;"
      + "--jk-code-builtin:#005c7a;--jk-code-title:#795e00;--jk-code-meta:#0451a5;--jk-selected-bg:#e3f2fd;"
      + "--jk-table-rule:#bdbdbd;--jk-table-stripe:#f5f5f5;--jk-table-hover:#e1f5fe;"
      + "background:var(--jk-bg);color:var(--jk-fg);font-family:var(--jk-font);}"
      + ":host([hidden]){display:none}"
      + ".notebook{display:flex;flex-direction:column;gap:.5em;padding:.5em;overflow:hidden}"
      + ".cell{position:relative;overflow:hidden;content-visibility:auto;contain-intrinsic-size:auto 120px}"
      + ".markdown.pending{white-space:pre-wrap}"
      + ".input,.output-row{display:grid;grid-template-columns:6.5em minmax(0,1fr) auto;align-items:start;gap:.25em}"
      + ".output-row{grid-template-columns:6.5em minmax(0,1fr)}"
      + ".prompt{font-family:var(--jk-mono);font-size:.85em;text-align:right;padding:.4em .3em;white-space:nowrap}"
      + ".input-prompt{color:var(--jk-prompt-in)}.output-prompt{color:var(--jk-prompt-out)}"
      + "pre,.code-editor{margin:0;font-family:var(--jk-mono);font-size:.875em}"
      + "pre{white-space:pre-wrap;overflow-wrap:anywhere}"
      + ".source{background:var(--jk-input-bg);border:1px solid var(--jk-border);border-radius:2px;padding:.4em}"
      + editor()
      + ".output{padding:.4em;max-width:100%;overflow:auto}"
      + ".stderr{background:var(--jk-stderr-bg)}.error{background:var(--jk-error-bg)}"
      + "img.output{max-width:100%;height:auto}img.output.unconfined{max-width:none;padding:0}"
      + ".image-box{overflow-x:auto}"
      + ".raw{padding:.4em .4em .4em 7em;color:var(--jk-muted)}"
      + ".run{font:inherit;font-size:.85em;padding:.3em .8em;border:1px solid var(--jk-border);border-radius:3px;"
      + "background:var(--jk-bg);color:var(--jk-fg);cursor:pointer}"
      + ".run:focus-visible{outline:2px solid var(--jk-accent);outline-offset:1px}"
      + ".running .input-prompt{font-weight:bold}"
      + ".notice{margin:.5em;padding:.6em;border:1px solid #e0b000;background:var(--jk-notice-bg);"
      + "color:var(--jk-notice-fg)}"
      + ".notice.failure{border-color:#c62828;background:#fdecea;color:#b71c1c}"
      + ".block{display:flex;flex-direction:column;gap:.5em}"
      + ".run-note{padding:.2em .4em .2em 7em;font-size:.85em;color:var(--jk-notice-fg)}"
      + ".pager{display:flex;flex-wrap:wrap;align-items:center;gap:.4em;margin:0 0 .3em;font-size:.85em}"
      + ".pager button{font:inherit}";
  }

  /**
   * The shadow root of an embedded page's placeholder (see EmbeddedFrames): its own, so the output's style sheets
   * cannot restyle it. The element's colours reach it as inherited custom properties (set on the element's host).
   */
  static final String EMBED_PLACEHOLDER = ":host{display:inline-flex;flex-direction:column;align-items:center;"
      + "justify-content:center;gap:.5em;box-sizing:border-box;width:300px;height:150px;max-width:100%;padding:.5em;"
      + "overflow:hidden;border:1px dashed var(--jk-border);background:var(--jk-input-bg);color:var(--jk-fg);"
      + "font:.9em var(--jk-font);text-align:center}p{margin:0;overflow-wrap:anywhere}"
      + "button{font:inherit;padding:.3em 1em;border:1px solid var(--jk-border);border-radius:3px;"
      + "background:var(--jk-bg);color:var(--jk-fg);cursor:pointer}";
}
