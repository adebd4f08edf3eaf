package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a reader sees of every cell and output type, from the rendering gallery notebook the demo ships. */
class RenderingTest extends BrowserTestSupport {
  private static void open(String notebook, String extraQuery) {
    driver.get(server.url("/test/notebook.html?nb=" + notebook + extraQuery));
    long cells = notebook.equals("legacy-v3.ipynb") ? 4 : 13;
    await(20, () -> (Long) js("const el = document.getElementById('nb');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), count -> count == cells);
  }

  /** Runs {@code expression} with {@code root} bound to the element's shadow root and {@code cell(id)} to a cell. */
  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "return " + expression + ";");
  }

  @Test
  void markdownIsGitHubFlavouredAndSanitised() {
    open("rendering.ipynb", "");
    assertEquals(List.of("name", "value", "alpha", "1", "beta", "22"),
        inShadow("[...cell(0).querySelectorAll('th, td')].map(c => c.textContent.trim())"));
    assertEquals("struck", inShadow("cell(0).querySelector('del').textContent"));
    assertEquals(List.of(true, false), inShadow("[...cell(0).querySelectorAll('li input')].map(i => i.checked)"));
    assertEquals(Boolean.TRUE, inShadow("[...cell(0).querySelectorAll('li input')].every(i => i.disabled)"));
    assertEquals(List.of("https://jupyter.org", "_blank", "noopener noreferrer"),
        inShadow("(a => [a.getAttribute('href'), a.target, a.rel])(cell(0).querySelector('a[href^=\"http\"]'))"));
    assertEquals("inline code", inShadow("cell(0).querySelector('p code').textContent"));
  }

  @Test
  void codeIsHighlightedOnceHighlightJsArrives() {
    open("rendering.ipynb", "");
    await(10, () -> (Long) inShadow("root.querySelectorAll('.hljs-keyword').length"), n -> n > 0);
    assertEquals("def", inShadow("cell(0).querySelector('pre code .hljs-keyword').textContent"));
    // Highlighting happens as cells come into view.
    inShadow("cell(8).scrollIntoView()");
    await(10, () -> (Long) inShadow("cell(8).querySelectorAll('.source .hljs-keyword').length"), n -> n > 0);
    assertEquals("raise", inShadow("cell(8).querySelector('.source .hljs-keyword').textContent"));
    assertEquals("print(colourful)", inShadow("cell(3).querySelector('.source').textContent"),
        "highlighting keeps the code text exactly");
  }

  @Test
  void mathIsTypesetAndMoneyIsNot() {
    open("rendering.ipynb", "");
    await(15, () -> (Long) inShadow("cell(1).querySelectorAll('.katex').length"), n -> n >= 3);
    assertEquals(Boolean.TRUE, inShadow("cell(1).querySelector('.math.display .katex-display') !== null"));
    assertTrue(((String) inShadow("cell(1).innerText")).contains("Prices like $5 and $10 stay text"));
    inShadow("cell(7).scrollIntoView()");
    await(15, () -> (Long) inShadow("cell(7).querySelectorAll('.output.latex .katex').length"), n -> n == 1);
  }

  @Test
  void attachmentsTerminalTextAndImages() {
    open("rendering.ipynb", "");
    assertTrue(((String) inShadow("cell(2).querySelector('img').src")).startsWith("data:image/png;base64,"));
    assertEquals("bold red", inShadow("cell(3).querySelector('.ansi-red-fg.ansi-bold').textContent"));
    // 256-colour 130, rgb(175, 95, 0), darkened just enough to read on stderr's pink as well (AnsiContrast).
    assertEquals("rgb(166, 90, 0)", inShadow("getComputedStyle([...cell(3).querySelectorAll('.stdout span')]"
        + ".find(s => s.textContent === 'orange')).color"));
    String stdout = (String) inShadow("cell(3).querySelector('.stdout').textContent");
    assertTrue(stdout.contains("progress 100%") && !stdout.contains("10%\r"), stdout);
    assertEquals("a warning on stderr\n", inShadow("cell(3).querySelector('.stderr').textContent"));
    assertEquals(List.of(40L, 40L), inShadow("(i => [i.width, i.height])(cell(6).querySelector('img'))"));
  }

  @Test
  void htmlAndSvgOutputsLiveInTheirOwnShadowRoots() {
    open("rendering.ipynb", "");
    awaitSanitised("nb", 4, 20);
    awaitSanitised("nb", 5, 20);
    assertEquals(List.of("a", "b", "0", "1", "2"), inShadow("[...cell(4).querySelector('.output.html').shadowRoot"
        + ".querySelectorAll('th, td')].map(c => c.textContent).filter(t => t)"));
    assertEquals("rgb(0, 90, 0)", inShadow("getComputedStyle(cell(4).querySelector('.output.html').shadowRoot"
        + ".querySelector('td')).color"), "the output's own <style> applies inside it");
    assertNotEquals("rgb(0, 90, 0)", inShadow("getComputedStyle(cell(0).querySelector('td')).color"),
        "and nowhere else");
    assertEquals("Out [2]:", inShadow("cell(4).querySelector('.output-prompt').textContent"));
    assertEquals(Boolean.TRUE, inShadow("cell(5).querySelector('.output.svg').shadowRoot.querySelector('svg rect')"
        + " !== null"));
  }

  @Test
  void everyRichTypeHasAReadableForm() {
    open("rendering.ipynb", "");
    String text = (String) inShadow("cell(7).querySelector('.outputs').innerText");
    assertEquals("bold markdown", inShadow("cell(7).querySelector('.output.markdown strong').textContent"));
    assertTrue(text.contains("\"nested\": true"), text);
    assertTrue(text.contains("document.body.dataset.pwned = 'yes'") && text.contains("never run"), text);
    assertEquals(null, js("return document.body.dataset.pwned || null;"), "JavaScript output did not run");
    assertTrue(text.contains("plain fallback"), text);
    assertTrue(text.contains("No way to show this output's types: application/x-only-unknown."), text);
    String errors = (String) inShadow("cell(8).querySelector('.outputs').innerText");
    assertTrue(errors.startsWith("ValueError: shown without traceback"), errors);
    assertEquals(Boolean.TRUE, inShadow("cell(8).querySelector('.error .ansi-red-fg') !== null"));
  }

  @Test
  void cellMetadataHidesAndScrolls() {
    open("rendering.ipynb", "");
    String visible = (String) inShadow("root.querySelector('.notebook').innerText");
    assertFalse(visible.contains("secret_source"), "source_hidden");
    assertTrue(visible.contains("output of a hidden source"));
    assertTrue(visible.contains("visible_source = 2"));
    assertFalse(visible.contains("hidden output text"), "outputs_hidden");
    assertEquals(Boolean.TRUE, inShadow("(o => o.scrollHeight > o.clientHeight)(cell(11).querySelector('.outputs'))"),
        "scrolled outputs scroll");
    assertEquals("raw <b>not bold</b> text", inShadow("cell(12).querySelector('.raw').textContent"));
  }

  @Test
  void nbformat3NotebooksRenderWithTheirHeadingLevels() {
    open("legacy-v3.ipynb", "");
    // Markdown renders once marked, loaded on demand, has arrived.
    assertEquals("Section title", await(20, () -> inShadow("(h => h && h.textContent)(cell(0).querySelector('h2'))"),
        text -> text != null));
    assertEquals("In [4]:", inShadow("cell(2).querySelector('.input-prompt').textContent"));
    awaitSanitised("nb", 2, 20);
    assertEquals("<b>2</b>", inShadow("cell(2).querySelector('.output.html').shadowRoot.querySelector('b').outerHTML"));
  }

  @Test
  void attributesChangeWhatTheyAffect() {
    open("rendering.ipynb", "&filename=gallery.ipynb&seq-as-execution-count=&readonly=&theme=dark");
    assertEquals("gallery.ipynb", inShadow("root.querySelector('header.filename').textContent"));
    assertEquals("In [9]:", inShadow("cell(12 - 1).querySelector('.input-prompt').textContent"),
        "the 9th code cell is numbered 9");
    assertTrue((Long) inShadow("[...root.querySelectorAll('button.run')].filter(b => b.offsetParent).length") > 0,
        "readonly keeps Run");
    assertEquals(Boolean.FALSE, inShadow("!!root.querySelector('.add-cells').offsetParent"),
        "readonly has no cell operations");
    assertEquals("rgb(30, 30, 30)", js("return getComputedStyle(document.getElementById('nb')).backgroundColor;"));
    js("const el = document.getElementById('nb'); window.marker = el.shadowRoot.querySelector('.cell');"
        + "el.removeAttribute('readonly'); el.setAttribute('theme', 'light'); el.setAttribute('filename', 'x.ipynb');"
        + "el.removeAttribute('seq-as-execution-count');");
    assertEquals(Boolean.TRUE, inShadow("root.querySelector('.cell') === window.marker"), "no remount");
    assertEquals("x.ipynb", inShadow("root.querySelector('header.filename').textContent"));
    assertEquals("In [9]:", inShadow("cell(11).querySelector('.input-prompt').textContent"));
    assertEquals("In [1]:", inShadow("cell(3).querySelector('.input-prompt').textContent"));
    assertEquals("rgb(255, 255, 255)", js("return getComputedStyle(document.getElementById('nb')).backgroundColor;"));
    assertTrue((Long) inShadow("[...root.querySelectorAll('button.run')].filter(b => b.offsetParent).length") > 0);
  }

  @Test
  void moreAttributesStyleWithoutRemounting() {
    open("rendering.ipynb", "&math-align=left&class-name=wide%20custom&bg-transparent=");
    assertEquals("rgba(0, 0, 0, 0)", js("return getComputedStyle(document.getElementById('nb')).backgroundColor;"));
    assertEquals(Boolean.TRUE, inShadow("root.querySelector('.body').classList.contains('custom')"));
    assertEquals("left", inShadow("getComputedStyle(cell(1).querySelector('.math.display')).textAlign"));
    js("document.getElementById('nb').setAttribute('math-align', 'right');");
    assertEquals("right", inShadow("getComputedStyle(cell(1).querySelector('.math.display')).textAlign"));
  }

  @Test
  void downloadSavesTheNotebookAsShownUnderItsFilename() {
    open("rendering.ipynb", "&filename=gallery");
    @SuppressWarnings("unchecked")
    List<Object> saved = (List<Object>) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "const realCreate = URL.createObjectURL; let blob;"
        + "URL.createObjectURL = (b) => { blob = b; return realCreate.call(URL, b); };"
        + "const realClick = HTMLAnchorElement.prototype.click; let name;"
        + "HTMLAnchorElement.prototype.click = function () { name = this.download; };"
        + "document.getElementById('nb').download();"
        + "HTMLAnchorElement.prototype.click = realClick; URL.createObjectURL = realCreate;"
        + "blob.text().then((text) => { const nb = JSON.parse(text);"
        + "  done([name, blob.type, nb.nbformat, nb.cells.length, nb.cells[3].outputs[0].output_type]); });");
    assertEquals(List.of("gallery.ipynb", "application/x-ipynb+json", 4L, 13L, "stream"), saved);
  }

  @Test
  void toJsonGivesNbformat4AndTwoElementsStayIndependent() {
    open("rendering.ipynb", "");
    assertEquals(List.of(4L, 13L, "markdown"), js("const nb = document.getElementById('nb').toJSON();"
        + "return [nb.nbformat, nb.cells.length, nb.cells[0].cell_type];"));
    js("const other = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); other.id = 'other';"
        + "other.ipynb = JSON.stringify({nbformat: 4, nbformat_minor: 5, metadata: {}, cells: ["
        + "{cell_type: 'markdown', metadata: {}, source: 'second *notebook*'}]});"
        + "other.setAttribute('theme', 'dark'); document.body.appendChild(other);");
    assertEquals("second notebook", js("return document.getElementById('other').shadowRoot"
        + ".querySelector('.markdown').textContent.trim();"));
    assertEquals(13L, inShadow("root.querySelectorAll('.cell').length"));
    assertEquals("rgb(255, 255, 255)", js("return getComputedStyle(document.getElementById('nb')).backgroundColor;"));
  }
}
