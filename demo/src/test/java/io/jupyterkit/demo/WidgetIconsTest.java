package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The icon font of the widget CSS (Font Awesome 5 Free, self-hosted in vendor/widgets/): Play buttons, a button's
 * icon, the Accordion's caret and the tags' × show their glyphs, the font loads only with the widgets, and no
 * request fails. The widgets and their saved state are made at test time by the real ipywidgets (the Debian copy
 * widgets-comm repacks) under CPython, as a notebook saved from Jupyter would hold them.
 */
class WidgetIconsTest extends BrowserTestSupport {
  private static final String WIDGETS = String.join("\n",
      "import json, sys",
      "sys.path.insert(0, sys.argv[1])",
      "import ipywidgets as w",
      "from ipywidgets.embed import embed_data",
      "views = [w.Button(description='Done', icon='check'), w.Play(value=1, max=10),",
      "         w.Accordion(children=[w.Label('inside')], titles=('Section',)), w.TagsInput(value=['alpha', 'beta'])]",
      "print(json.dumps(embed_data(views=views)))");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> savedWidgets() throws Exception {
    Path site = Path.of(System.getProperty("jupyterkit.root", "..")).toAbsolutePath()
        .resolve("widgets-comm/target/debian-wheels/site");
    Process python = new ProcessBuilder("/usr/bin/python3", "-c", WIDGETS, site.toString()).start();
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, python.waitFor(), "ipywidgets made the widgets: " + err);
    return new org.openqa.selenium.json.Json().toType(out, Map.class);
  }

  /** Failed requests the page made (HTTP status 400 and up, or none at all), as the browser recorded them. */
  private static final String FAILED_REQUESTS = "return performance.getEntriesByType('resource')"
      + ".filter(e => e.responseStatus === 0 || e.responseStatus >= 400).map(e => e.name + ' ' + e.responseStatus);";

  @Test
  @SuppressWarnings("unchecked")
  void iconsShowInTheWidgetFontAndNothingFails() throws Exception {
    Map<String, Object> widgets = savedWidgets();
    List<Object> outputs = ((List<Object>) widgets.get("view_specs")).stream().map(view -> (Object) Map.of(
        "output_type", "display_data", "metadata", Map.of(),
        "data", Map.of("text/plain", "widget", "application/vnd.jupyter.widget-view+json", view))).toList();
    Map<String, Object> notebook = Map.of("nbformat", 4, "nbformat_minor", 5,
        "metadata", Map.of("widgets", Map.of("application/vnd.jupyter.widget-state+json", widgets.get("manager_state"))),
        "cells", List.of(Map.of("cell_type", "code", "metadata", Map.of(), "execution_count", 1,
            "source", "views", "outputs", outputs)));

    driver.get(server.url("/test/blank.html"));
    js("const plain = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); plain.id = 'plain';"
        + "plain.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'markdown', metadata: {},"
        + "  source: 'No widgets here.'}]};"
        + "document.body.appendChild(plain);");
    await(20, () -> (Long) js("const root = document.getElementById('plain').shadowRoot;"
        + "return root ? root.querySelectorAll('.cell').length : 0;"), n -> n == 1);
    assertEquals(0L, js("return [...document.fonts].filter(f => /Font ?Awesome/.test(f.family)).length;"),
        "a notebook without widgets declares no icon font");

    js("const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb'; el.ipynb = JSON.parse(arguments[0]);"
        + "document.body.appendChild(el);", new org.openqa.selenium.json.Json().toJson(notebook));
    // The Play buttons, the button's check, the Accordion's caret and each tag's ×.
    await(60, () -> (List<Long>) js("const root = document.getElementById('nb').shadowRoot;"
        + "return ['.widget-play i.fa-play', '.widget-button i.fa-check', '.jupyter-widget-Collapse-header i.fa-caret-right',"
        + "  'i.fa-times.jupyter-widget-tag-close'].map(s => root ? root.querySelectorAll(s).length : 0);"),
        counts -> counts.equals(List.of(1L, 1L, 1L, 2L)));
    String solid = "[...document.fonts].find(f => f.family.replace(/\"/g, '') === 'Font Awesome 5 Free'"
        + " && f.weight === '900')";
    assertEquals("loaded", await(20, () -> (String) js("const face = " + solid + "; return face && face.status;"),
        status -> "loaded".equals(status) || "error".equals(status)), "the solid icon font loaded");

    List<Map<String, Object>> icons = (List<Map<String, Object>>) js(""
        + "return [...document.getElementById('nb').shadowRoot.querySelectorAll('i.fa')].map(i => {"
        + "  const before = getComputedStyle(i, '::before');"
        + "  return {icon: i.className, font: before.fontFamily.replace(/\"/g, ''), weight: before.fontWeight,"
        + "    glyph: before.content.codePointAt(1).toString(16), width: i.getBoundingClientRect().width,"
        + "    inFont: document.fonts.check(before.fontWeight + ' 16px \"' + before.fontFamily.replace(/\"/g, '') + '\"',"
        + "      String.fromCodePoint(before.content.codePointAt(1)))}; });");
    assertTrue(icons.size() >= 5, "icons: " + icons);
    for (Map<String, Object> icon : icons) {
      assertEquals("Font Awesome 5 Free", icon.get("font"), "drawn in the icon font: " + icon);
      assertTrue(((Number) icon.get("width")).doubleValue() > 0, "the icon takes room: " + icon);
      assertEquals(Boolean.TRUE, icon.get("inFont"), "its face is loaded for the glyph: " + icon);
    }
    assertTrue(icons.stream().anyMatch(i -> "f00c".equals(i.get("glyph"))), "the check icon's glyph");
    assertTrue(icons.stream().anyMatch(i -> "f04b".equals(i.get("glyph"))), "the play icon's glyph");

    assertEquals(List.of(), js(FAILED_REQUESTS), "every request the page made succeeded");
    assertEquals(List.of(), consoleErrors().stream().map(Object::toString).toList(), "console errors");
  }
}
