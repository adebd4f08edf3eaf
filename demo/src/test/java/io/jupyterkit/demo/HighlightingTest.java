package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Code highlighted in the notebook's language, with only that language's grammar fetched. */
class HighlightingTest extends BrowserTestSupport {
  private static final String R_CODE = "square <- function(x) {\n  if (x > 0) x^2 else NA\n}";
  private static final String JULIA_CODE = "function square(x)\n    return x^2\nend";

  /** Opens a notebook of {@code cells} (JavaScript cell literals) with {@code metadata}, without a kernel. */
  private static void open(String metadata, String... cells) {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: " + metadata + ", cells: [" + String.join(",", cells)
        + "]};"
        + "document.body.appendChild(el);");
    await(20, () -> (Long) js("const el = document.getElementById('nb');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n == cells.length);
  }

  private static String code(String source) {
    return "{cell_type: 'code', metadata: {}, outputs: [], execution_count: null, source: " + jsString(source) + "}";
  }

  private static String markdown(String source) {
    return "{cell_type: 'markdown', metadata: {}, source: " + jsString(source) + "}";
  }

  private static Object inCell(int index, String expression) {
    return js("const cell = document.getElementById('nb').shadowRoot.querySelector('.cell[data-index=\"' + arguments[0]"
        + " + '\"]');" + "return " + expression + ";", index);
  }

  /** The highlight.js files the page fetched, as paths under vendor/highlight/. */
  @SuppressWarnings("unchecked")
  private static List<String> highlightFetches() {
    return (List<String>) js("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)"
        + ".filter(p => p.includes('/vendor/highlight/')).map(p => p.slice(p.indexOf('/vendor/highlight/') + 18))"
        + ".sort();");
  }

  private static List<String> keywords(int cell, String selector) {
    @SuppressWarnings("unchecked")
    List<String> words = (List<String>) inCell(cell, "[...cell.querySelectorAll('" + selector + " .hljs-keyword')]"
        + ".map(k => k.textContent)");
    return words;
  }

  @Test
  void anRNotebookIsHighlightedAsR() {
    open("{kernelspec: {name: 'ir', display_name: 'R', language: 'R'},"
        + " language_info: {name: 'R', codemirror_mode: 'r', file_extension: '.r', mimetype: 'text/x-r-source'}}",
        code(R_CODE),
        markdown("Fenced R:\n\n```r\nfit <- function(d) lm(y ~ x, data = d)\n```\n\nNo language:\n\n```\nfor (i in 1:3) print(i)\n```"));
    assertEquals(List.of("function", "if", "else"), await(15, () -> keywords(0, ".source"), k -> !k.isEmpty()));
    assertEquals(R_CODE, inCell(0, "cell.querySelector('.source').textContent"), "the code text is kept exactly");
    assertEquals(List.of("function"), await(15, () -> keywords(1, "pre code.language-r"), k -> !k.isEmpty()),
        "a fenced block in R");
    assertEquals(Boolean.FALSE, inCell(1, "[...cell.querySelectorAll('pre code')].pop().classList.contains('hljs')"),
        "a fence without a language stays plain, as in JupyterLab");
    assertEquals(List.of("core.min.js", "languages/r.min.js"), highlightFetches(), "only R's grammar is fetched");
  }

  @Test
  void aJuliaNotebookIsHighlightedAsJulia() {
    open("{kernelspec: {name: 'julia-1.10', display_name: 'Julia 1.10', language: 'julia'},"
        + " language_info: {name: 'julia', version: '1.10.0', file_extension: '.jl', mimetype: 'application/julia'}}",
        code(JULIA_CODE), markdown("```python\ndef square(x): return x ** 2\n```"));
    assertEquals(List.of("function", "return", "end"), await(15, () -> keywords(0, ".source"), k -> !k.isEmpty()));
    assertEquals(List.of("def", "return"), await(15, () -> keywords(1, "pre code"), k -> !k.isEmpty()),
        "a fenced block in another language gets that language's grammar");
    assertEquals(List.of("core.min.js", "languages/julia.min.js", "languages/python.min.js"), highlightFetches());
  }

  @Test
  void theEditorHighlightsTheNotebookLanguageToo() {
    open("{kernelspec: {name: 'rust', display_name: 'Rust', language: 'rust'},"
        + " language_info: {name: 'Rust', file_extension: '.rs', mimetype: 'text/rust', codemirror_mode: 'rust'}}",
        code("fn main() {\n    let x = 1;\n}"));
    assertEquals(List.of("fn", "let"), await(15, () -> keywords(0, ".source"), k -> !k.isEmpty()));
    js("document.getElementById('nb').shadowRoot.querySelector('.cell[data-index=\"0\"]').focus();");
    keys(org.openqa.selenium.Keys.ENTER);
    String keywordColour = "(() => { const probe = document.createElement('span');"
        + " probe.style.color = 'var(--jk-code-keyword)'; cell.appendChild(probe);"
        + " const colour = getComputedStyle(probe).color; probe.remove(); return colour; })()";
    Object fnColour = await(15, () -> inCell(0, "(s => s ? getComputedStyle(s).color : null)("
        + "[...cell.querySelectorAll('.cm-editor .cm-line span')].find(s => s.textContent === 'fn'))"), c -> c != null);
    assertEquals(inCell(0, keywordColour), fnColour, "fn is a keyword in the editor");
  }

  @Test
  void anUnknownLanguageShowsPlainCode() {
    String source = "+[-->-[>>+>-----<<]<--<---]>-.";
    open("{kernelspec: {name: 'bf', display_name: 'Brainfudge', language: 'brainfudge'},"
        + " language_info: {name: 'brainfudge'}}",
        code(source), markdown("```sql\nselect 1\n```"));
    // Once the fenced SQL is highlighted, the code cell has had its chance too.
    await(15, () -> keywords(1, "pre code"), k -> !k.isEmpty());
    assertFalse((Boolean) inCell(0, "cell.querySelector('.source code').classList.contains('hljs')"));
    assertEquals(0L, inCell(0, "cell.querySelectorAll('.source span').length"));
    assertEquals(source, inCell(0, "cell.querySelector('.source').textContent"));
    assertEquals(List.of("core.min.js", "languages/sql.min.js"), highlightFetches());
    assertTrue(consoleErrors().isEmpty(), "no errors: " + consoleErrors());
  }
}
