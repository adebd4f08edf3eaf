package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** axe-core (from npm) over the demo notebooks, light and dark: no serious or critical violation. */
class AccessibilityTest extends BrowserTestSupport {
  private static List<String> seriousViolations(String path) {
    open(path);
    return axeViolations();
  }

  private static void open(String path) {
    driver.get(server.url(path));
    await(20, () -> (Long) js("const el = document.querySelector('jupyter-notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n > 0);
    // Let highlighting and math settle, as a reader would see the page.
    await(15, () -> (Long) js("return document.querySelector('jupyter-notebook').shadowRoot"
        + ".querySelectorAll('.hljs').length;"), n -> n > 0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> axeViolations() {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript(""
        + "const done = arguments[arguments.length - 1];"
        + "const script = document.createElement('script'); script.src = '/test-vendor/axe-core/axe.min.js';"
        + "script.onload = () => axe.run(document, {resultTypes: ['violations']})"
        + "  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        + "    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' > ') + ' ' + (n.failureSummary || ''))}))),"
        + "        e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));"
        + "document.head.appendChild(script);");
    return violations.stream()
        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " " + v.get("nodes"))
        .collect(Collectors.toList());
  }

  @Test
  void theDemoPageHasNoSeriousViolations() {
    assertEquals(List.of(), seriousViolations("/"));
  }

  @Test
  void theRenderingGalleryHasNoSeriousViolations() {
    assertEquals(List.of(), seriousViolations("/test/notebook.html?nb=rendering.ipynb"));
  }

  /**
   * The dark theme over the demo notebook. (The gallery's one 256-colour word is an author's RGB choice that no
   * theme can keep readable on every background, so it is checked in the light theme only.)
   */
  @Test
  void theDarkThemeHasNoSeriousViolations() {
    assertEquals(List.of(), seriousViolations("/test/notebook.html?nb=intro.ipynb&theme=dark"));
  }

  /** A code and a markdown cell being edited, with the cell toolbar on the active one, in both themes. */
  @Test
  void openEditorsHaveNoSeriousViolations() {
    for (String theme : new String[] {"light", "dark"}) {
      open("/test/notebook.html?nb=intro.ipynb&theme=" + theme);
      js("const root = document.querySelector('jupyter-notebook').shadowRoot;"
          + "root.querySelector('.markdown-cell').dispatchEvent(new MouseEvent('dblclick', {bubbles: true}));"
          + "root.querySelector('.code-cell .source-box').click();");
      await(30, () -> (Long) js("return document.querySelector('jupyter-notebook').shadowRoot"
          + ".querySelectorAll('.cm-editor').length;"), n -> n == 2);
      assertEquals(List.of(), axeViolations(), theme);
    }
  }

  @Test
  void cellsAreLabelledRegionsAndRunIsAKeyboardButton() {
    driver.get(server.url("/"));
    await(20, () -> (Long) js("const el = document.getElementById('notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n > 0);
    assertEquals("Code cell 2", js("return document.getElementById('notebook').shadowRoot"
        + ".querySelector('.cell[data-index=\"1\"]').getAttribute('aria-label');"));
    String focused = (String) js("const b = document.getElementById('notebook').shadowRoot.querySelector('button.run');"
        + "b.focus(); return document.activeElement.shadowRoot.activeElement.getAttribute('aria-label');");
    assertEquals("Run cell 2", focused);
    assertTrue((Boolean) js("return document.getElementById('notebook').shadowRoot"
        + ".querySelector('[aria-live]') !== null;"), "running status is announced");
  }
}
