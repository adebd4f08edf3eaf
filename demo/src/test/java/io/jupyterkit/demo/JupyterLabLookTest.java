package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Real notebooks look as JupyterLab 4 shows them: pandas tables, in-page links, collapsed markdown, image sizes
 * from metadata, progress bars saved in pieces.
 */
class JupyterLabLookTest extends BrowserTestSupport {
  /** A MultiIndex DataFrame as pandas 2.x writes it (to_html / _repr_html_), style sheet included. */
  private static final String PANDAS_HTML = "<div>\n<style scoped>\n    .dataframe tbody tr th:only-of-type {\n"
      + "        vertical-align: middle;\n    }\n\n    .dataframe tbody tr th {\n        vertical-align: top;\n    }\n\n"
      + "    .dataframe thead tr th {\n        text-align: left;\n    }\n\n    .dataframe thead tr:last-of-type th {\n"
      + "        text-align: right;\n    }\n</style>\n<table border=\"1\" class=\"dataframe\">\n  <thead>\n    <tr>\n"
      + "      <th></th>\n      <th></th>\n      <th colspan=\"2\" halign=\"left\">price</th>\n    </tr>\n    <tr>\n"
      + "      <th></th>\n      <th></th>\n      <th>open</th>\n      <th>close</th>\n    </tr>\n    <tr>\n"
      + "      <th>city</th>\n      <th>year</th>\n      <th></th>\n      <th></th>\n    </tr>\n  </thead>\n  <tbody>\n"
      + "    <tr>\n      <th rowspan=\"2\" valign=\"top\">Oslo</th>\n      <th>2020</th>\n      <td>1.5</td>\n"
      + "      <td>10.25</td>\n    </tr>\n    <tr>\n      <th>2021</th>\n      <td>2.0</td>\n      <td>3.75</td>\n"
      + "    </tr>\n    <tr>\n      <th rowspan=\"2\" valign=\"top\">Lima</th>\n      <th>2020</th>\n      <td>100.0</td>\n"
      + "      <td>7.5</td>\n    </tr>\n    <tr>\n      <th>2021</th>\n      <td>4.0</td>\n      <td>5.0</td>\n"
      + "    </tr>\n  </tbody>\n</table>\n</div>";

  private static String png(int width, int height) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, (x + y) % 2 == 0 ? 0x1565c0 : 0xffffff);
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "png", bytes);
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  private static String markdown(String source, String metadata) {
    return "{cell_type: 'markdown', metadata: " + metadata + ", source: " + jsString(source) + "},";
  }

  private static String code(String outputs) {
    return "{cell_type: 'code', metadata: {}, execution_count: 1, source: '', outputs: [" + outputs + "]},";
  }

  private static String image(String png, String metadata) {
    return "{output_type: 'display_data', data: {'image/png': '" + png + "', 'text/plain': 'img'}, metadata: "
        + metadata + "},";
  }

  private static void openNotebook(String cells) {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [" + cells + "]};"
        + "document.body.appendChild(el);");
  }

  private static Object inShadow(String expression) {
    return js("const root = document.getElementById('nb').shadowRoot;"
        + "const cell = (i) => root.querySelector('.cell[data-index=\"' + i + '\"]');"
        + "const table = () => cell(1).querySelector('.output.html').shadowRoot.querySelector('table');"
        + "const style = (e, p) => getComputedStyle(e)[p];"
        + "return " + expression + ";");
  }

  private static void awaitHeading(int cell) {
    await(20, () -> (Long) inShadow("cell(" + cell + ").querySelectorAll('.markdown h1, .markdown h2').length"),
        n -> n > 0);
  }

  /** Whether the element {@code expression} (in the shadow-root scope) has its top on the screen. */
  private static boolean onScreen(String expression) {
    return (Boolean) inShadow("(e => { const r = e.getBoundingClientRect(); return r.top > -2 && r.top < innerHeight; })("
        + expression + ")");
  }

  private static String tableNotebook() {
    StringBuilder far = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      far.append(markdown("Filler paragraph " + i + ".\n\nMore filler text to take up room.", "{}"));
    }
    return markdown("# Contents\n\n- [The frame](#The-data-frame)\n- [Far](#Far-away-heading)\n\n"
        + "| name | value |\n|------|------:|\n| alpha | 1 |\n| beta | 22 |\n| gamma | 333 |", "{}")
        + code("{output_type: 'execute_result', execution_count: 1, metadata: {}, data: {'text/html': "
            + jsString(PANDAS_HTML) + ", 'text/plain': 'frame'}},"
            + "{output_type: 'display_data', metadata: {}, data: {'text/html': '<a href=\"#Contents\">Back to contents</a>'"
            + ", 'text/plain': 'link'}},")
        + markdown("## The data frame\n\nIt is above.", "{}")
        + far
        + markdown("# Far away heading\n\nThe end.", "{}");
  }

  @Test
  void pandasTablesHaveNoGridARuleUnderTheHeaderStripesAndRightAlignedNumbers() {
    openNotebook(tableNotebook());
    awaitSanitised("nb", 1, 20);
    assertEquals(List.of("none", "none", "none"), inShadow("[table(), table().querySelector('td'),"
        + " table().querySelector('thead th')].map(e => style(e, 'borderLeftStyle'))"), "border=1 draws no grid");
    assertEquals(List.of("solid", "1px", "rgb(189, 189, 189)"), inShadow("(h => [style(h, 'borderBottomStyle'),"
        + " style(h, 'borderBottomWidth'), style(h, 'borderBottomColor')])(table().querySelector('thead'))"));
    assertEquals(List.of("rgb(255, 255, 255)", "rgb(245, 245, 245)", "rgb(255, 255, 255)", "rgb(245, 245, 245)"),
        inShadow("[...table().querySelectorAll('tbody tr')].map(r => style(r, 'backgroundColor'))"));
    assertEquals(List.of("right", "right", "bold"), inShadow("(t => [style(t.querySelector('td'), 'textAlign'),"
        + " style(t.querySelector('thead tr:last-of-type th:last-child'), 'textAlign'),"
        + " style(t.querySelector('thead th'), 'fontWeight') === '700' ? 'bold' : 'normal'])(table())"));
    // MultiIndex: the column group spans its two columns, the row group its two rows, labelled at the top.
    assertEquals(Boolean.TRUE, inShadow("(t => { const group = t.querySelector('th[colspan]').getBoundingClientRect();"
        + " const cols = [...t.querySelectorAll('thead tr:nth-child(2) th')].slice(2).map(c => c.getBoundingClientRect());"
        + " return Math.abs(group.left - cols[0].left) < 1 && Math.abs(group.right - cols[1].right) < 1; })(table())"));
    assertEquals(List.of("top", "left", true), inShadow("(t => { const oslo = t.querySelector('th[rowspan]');"
        + " const rows = [...t.querySelectorAll('tbody tr')].slice(0, 2).map(r => r.getBoundingClientRect());"
        + " const box = oslo.getBoundingClientRect();"
        + " return [style(oslo, 'verticalAlign'), style(t.querySelector('th[colspan]'), 'textAlign'),"
        + " Math.abs(box.top - rows[0].top) < 1 && Math.abs(box.bottom - rows[1].bottom) < 1]; })(table())"));
    assertTrue((Double) inShadow("table().getBoundingClientRect().left - cell(1).querySelector('.output.html')"
        + ".getBoundingClientRect().left") < 12, "an output's table sits at the left");

    assertEquals(List.of(), seriousAxeViolations(null), "light");
    js("document.getElementById('nb').setAttribute('theme', 'dark')");
    assertEquals(List.of("rgb(30, 30, 30)", "rgb(42, 42, 42)", "rgb(97, 97, 97)", "rgb(212, 212, 212)"),
        inShadow("(t => [...[...t.querySelectorAll('tbody tr')].slice(0, 2).map(r => style(r, 'backgroundColor')),"
            + " style(t.querySelector('thead'), 'borderBottomColor'), style(t.querySelector('td'), 'color')])(table())"));
    assertEquals(List.of(), seriousAxeViolations(null), "dark");
  }

  @Test
  void markdownTablesLookTheSameAndAreCentred() {
    openNotebook(tableNotebook());
    awaitHeading(0);
    assertEquals(List.of("none", "none", "solid"), inShadow("(t => [style(t.querySelector('td'), 'borderLeftStyle'),"
        + " style(t.querySelector('th'), 'borderTopStyle'), style(t.querySelector('thead'), 'borderBottomStyle')])"
        + "(cell(0).querySelector('table'))"));
    assertEquals(List.of("rgb(255, 255, 255)", "rgb(245, 245, 245)", "rgb(255, 255, 255)"),
        inShadow("[...cell(0).querySelectorAll('tbody tr')].map(r => style(r, 'backgroundColor'))"));
    assertEquals(List.of("start", "-webkit-right"), inShadow("[...cell(0).querySelectorAll('tbody tr:first-child td')]"
        + ".map(c => style(c, 'textAlign'))"), "markdown keeps its own column alignment");
    assertTrue((Boolean) inShadow("(t => { const left = parseFloat(style(t, 'marginLeft'));"
        + " return left > 20 && Math.abs(left - parseFloat(style(t, 'marginRight'))) < 1; })"
        + "(cell(0).querySelector('table'))"), "centred");
  }

  @Test
  void headingsGetJupyterLabsIdsAndInPageLinksScrollInsideTheNotebook() {
    openNotebook(tableNotebook());
    awaitHeading(2);
    assertEquals(List.of("The-data-frame", "\"\u00b6\"", "#The-data-frame", "hidden", "The data frame"),
        inShadow("(h => { const a = h.querySelector('a.heading-anchor'); return [h.id,"
            + " getComputedStyle(a, '::after').content, a.getAttribute('href'), style(a, 'visibility'),"
            + " h.textContent]; })(cell(2).querySelector('h2'))"));
    assertEquals("Contents", inShadow("cell(0).querySelector('h1').id"));
    WebElement heading = driver.findElement(org.openqa.selenium.By.id("nb")).getShadowRoot()
        .findElement(org.openqa.selenium.By.cssSelector(".cell[data-index='2'] h2"));
    new Actions(driver).moveToElement(heading).perform();
    await(5, () -> (String) inShadow("style(cell(2).querySelector('h2 .heading-anchor'), 'visibility')"),
        v -> v.equals("visible"));

    String page = driver.getCurrentUrl();
    int tabs = driver.getWindowHandles().size();
    // A link in markdown to a heading off the screen, whose markdown is drawn only once it nears the screen.
    inShadow("cell(0).querySelector('a[href=\"#Far-away-heading\"]').click()");
    await(20, () -> {
      Object far = inShadow("root.getElementById('Far-away-heading')");
      return far != null && onScreen("root.getElementById('Far-away-heading')");
    }, on -> on);
    // A link inside an HTML output (its own shadow root) back to the top.
    inShadow("cell(1).scrollIntoView()");
    inShadow("cell(1).querySelectorAll('.output.html')[1].shadowRoot.querySelector('a').click()");
    await(10, () -> onScreen("root.getElementById('Contents')") + " " + inShadow("[scrollY,"
        + " root.getElementById('Contents').getBoundingClientRect().top, innerHeight]"), on -> on.startsWith("true"));
    inShadow("cell(0).querySelector('a[href=\"#The-data-frame\"]').click()");
    await(10, () -> onScreen("root.getElementById('The-data-frame')"), on -> on);
    assertEquals(page, driver.getCurrentUrl(), "the page does not navigate");
    assertEquals(tabs, driver.getWindowHandles().size(), "no tab opens");
  }

  @Test
  void hiddenMarkdownIsCollapsedAndStreamPiecesMerge() {
    openNotebook(markdown("# Shown", "{}")
        + markdown("## Secret heading\n\nCollapsed text.", "{jupyter: {source_hidden: true}}")
        + code("{output_type: 'stream', name: 'stderr', text: '  0%|          |'},"
            + "{output_type: 'stream', name: 'stderr', text: '\\r 50%|#####     |'},"
            + "{output_type: 'stream', name: 'stderr', text: ['\\r100%|##########|\\n']},"
            + "{output_type: 'stream', name: 'stdout', text: 'done\\n'}"));
    awaitHeading(0);
    assertEquals(List.of("none", "\"\u2026 (source hidden)\""), inShadow("[style(cell(1).querySelector('.markdown'),"
        + " 'display'), getComputedStyle(cell(1).querySelector('.markdown-box'), '::after').content]"));
    assertTrue(!shadowText("nb").contains("Collapsed text") && shadowText("nb").contains("Shown"));
    assertEquals(List.of("100%|##########|\n", "done\n"),
        inShadow("[...cell(2).querySelectorAll('.output.stream')].map(o => o.textContent)"));
  }

  @Test
  void imagesTakeTheirSizeFromMetadataInEveryForm() throws Exception {
    String pixels = png(40, 20);
    String wide = png(3000, 10);
    openNotebook(code(image(pixels, "{'image/png': {width: 20, height: 10}}")
        + image(pixels, "{'image/png': {width: '30', height: '15'}}")
        + image(pixels, "{width: 80}")
        + image(pixels, "{png: {width: 12}}")
        + image(wide, "{'image/png': {unconfined: true}}")
        + image(wide, "{}")));
    await(10, () -> (Long) inShadow("[...cell(0).querySelectorAll('img')].filter(i => i.complete).length"), n -> n == 6);
    assertEquals(List.of(List.of(20L, 10L, 40L), List.of(30L, 15L, 40L), List.of(80L, 40L, 40L),
        List.of(12L, 6L, 40L)), inShadow("[...cell(0).querySelectorAll('img')].slice(0, 4)"
            + ".map(i => [Math.round(parseFloat(style(i, 'width'))), Math.round(parseFloat(style(i, 'height'))),"
            + " i.naturalWidth])"), "retina (half-size metadata), strings, top level, nbformat 3 key");
    assertEquals(List.of(3000L, true, true), inShadow("(([free, fitted]) => [Math.round(parseFloat(style(free, 'width'))), free.parentElement.scrollWidth > free.parentElement.clientWidth,"
        + " fitted.getBoundingClientRect().width < 1500])([...cell(0).querySelectorAll('img')].slice(4))"),
        "unconfined shows at its own width in a box that scrolls; others fit");
  }

  @Test
  void nbformat3OutputMetadataWithShortKeysIsHonoured() throws Exception {
    driver.get(server.url("/test/blank.html"));
    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.ipynb = {nbformat: 3, nbformat_minor: 0, metadata: {}, worksheets: [{cells: [{cell_type: 'code',"
        + " input: '', language: 'python', outputs: [{output_type: 'display_data', png: '" + png(40, 20) + "',"
        + " metadata: {png: {width: 20, height: 10}}}]}]}]};"
        + "document.body.appendChild(el);");
    await(10, () -> (Boolean) inShadow("!!(root.querySelector('img') && root.querySelector('img').complete)"), b -> b);
    assertEquals(List.of(20L, 10L), inShadow("(i => [Math.round(parseFloat(style(i, 'width'))),"
        + " Math.round(parseFloat(style(i, 'height')))])(root.querySelector('img'))"));
  }
}
