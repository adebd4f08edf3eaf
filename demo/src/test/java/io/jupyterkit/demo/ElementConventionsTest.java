package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The element in the browser as the package's custom-elements.json describes it (the manifest the build writes from
 * the element's API file): each attribute's property reads and writes it, each method is there, the attributes it
 * observes are among those described, its events are all prefixed (none of the native names reaches a listener), a
 * page may register it under a name of its own and set properties before it is defined.
 */
class ElementConventionsTest extends BrowserTestSupport {
  private static final Path ROOT = Path.of(System.getProperty("jupyterkit.root", "..")).toAbsolutePath().normalize();

  private static JsonObject declaration() throws IOException {
    JsonObject manifest = JsonParser.parse(Files.readString(ROOT.resolve("npm/target/package/custom-elements.json")))
        .asObject();
    return manifest.getArray("modules").get(0).asObject().getArray("declarations").get(0).asObject();
  }

  /** A value of an attribute's type that the element accepts. */
  private static String sampleValue(String name, String type) {
    if ("src".equals(name)) {
      return "/notebooks/intro.ipynb";
    }
    int quote = type.indexOf('\'');
    return quote >= 0 ? type.substring(quote + 1, type.indexOf('\'', quote + 1)) : "sample";
  }

  @Test
  void everyAttributeHasItsPropertyAndEveryMethodIsThere() throws IOException {
    driver.get(server.url("/test/blank.html"));
    js("window.el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); document.body.appendChild(el);");
    JsonObject element = declaration();
    assertEquals("jupyter-notebook", element.getString("tagName", null));
    List<String> wrong = new ArrayList<>();
    TreeSet<String> described = new TreeSet<>();
    for (JsonValue item : element.getArray("attributes").items()) {
      JsonObject attribute = item.asObject();
      String name = attribute.getString("name", null);
      String property = attribute.getString("fieldName", null);
      String type = attribute.getObject("type").getString("text", null);
      described.add(name);
      @SuppressWarnings("unchecked")
      Map<String, Object> seen = (Map<String, Object>) js("const [name, property, value, flag] = arguments;"
          + "el[property] = flag ? true : value; const set = el.getAttribute(name);"
          + "el[property] = flag ? false : null; const cleared = el.hasAttribute(name);"
          + "el.setAttribute(name, flag ? '' : value); const read = el[property];"
          + "el.removeAttribute(name);"
          + "return {set, cleared, read: String(read), absent: String(el[property])};",
          name, property, sampleValue(name, type), "boolean".equals(type));
      Map<String, Object> expected = "boolean".equals(type)
          ? Map.of("set", "", "cleared", false, "read", "true", "absent", "false")
          : Map.of("set", sampleValue(name, type), "cleared", false, "read", sampleValue(name, type), "absent", "null");
      if (!expected.equals(seen)) {
        wrong.add(name + " / " + property + ": " + seen);
      }
    }
    assertEquals(List.of(), wrong, "each attribute's property reads and writes it");
    for (JsonValue item : element.getArray("members").items()) {
      String name = item.asObject().getString("name", null);
      if ("method".equals(item.asObject().getString("kind", null))) {
        assertEquals("function", js("return typeof el[arguments[0]];", name), name);
      } else {
        assertTrue((Boolean) js("return arguments[0] in el;", name), name);
      }
    }
    @SuppressWarnings("unchecked")
    List<String> observed = (List<String>) js("return customElements.get('jupyter-notebook').observedAttributes;");
    assertTrue(described.containsAll(observed), observed + " all described in " + described);
  }

  @Test
  void theElementFiresOnlyItsPrefixedEventsAndTheManifestNamesThemAll() throws IOException {
    driver.get(server.url("/test/blank.html"));
    js("window.seen = []; window.native = [];"
        + "for (const type of ['load', 'error', 'change', 'status']) {"
        + "  window.addEventListener(type, (e) => { if (e.target && e.target.localName === 'jupyter-notebook')"
        + "    window.native.push(type); }, true);"
        + "}"
        + "const original = EventTarget.prototype.dispatchEvent;"
        + "EventTarget.prototype.dispatchEvent = function (event) {"
        + "  if (this.localName === 'jupyter-notebook') window.seen.push(event.type);"
        + "  return original.call(this, event);"
        + "};"
        + "const count = {n: 0};"
        + "const answer = (request, type, content) => ({header: {msg_id: 'm' + (++count.n), msg_type: type,"
        + "  session: 's', username: '', date: '', version: '5.3'}, parent_header: request.header, metadata: {},"
        + "  content});"
        + "window.ok = Object.assign(document.createElement('jupyter-notebook'), {trusted: true});"
        + "ok.executor = {execute(request, onMessage) {"
        + "  onMessage(answer(request, 'status', {execution_state: 'busy'}));"
        + "  onMessage(answer(request, 'stream', {name: 'stdout', text: 'hi\\n'}));"
        + "  onMessage(answer(request, 'execute_reply', {status: 'ok', execution_count: 1}));"
        + "  onMessage(answer(request, 'status', {execution_state: 'idle'}));"
        + "}};"
        + "ok.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'code', metadata: {},"
        + "  source: 'print(1)', outputs: [], execution_count: null}]};"
        + "document.body.appendChild(ok);"
        + "const missing = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); missing.src = '/notebooks/missing.ipynb';"
        + "document.body.appendChild(missing);");
    await(20, () -> (List<?>) js("return window.seen;"), seen -> seen.contains("jupyter-load"));
    js("ok.runCell(0);");
    await(20, () -> (List<?>) js("return window.seen;"), seen -> seen.contains("jupyter-cell-execute-end")
        && seen.contains("jupyter-error") && seen.contains("jupyter-change"));
    TreeSet<String> manifestEvents = new TreeSet<>();
    for (JsonValue event : declaration().getArray("events").items()) {
      manifestEvents.add(event.asObject().getString("name", null));
    }
    @SuppressWarnings("unchecked")
    TreeSet<String> fired = new TreeSet<>((List<String>) js("return window.seen;"));
    assertEquals(manifestEvents, fired, "every event the manifest names was fired, and no other");
    assertEquals(List.of(), js("return window.native;"), "no event of a native name comes from the element");
  }

  @Test
  void aPageRegistersItUnderItsOwnNameAndPropertiesSetBeforeThatAreKept() {
    driver.get(server.url("/test/blank.html"));
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) js(
        "const early = document.createElement('my-notebook');"
        + "early.readOnly = true;"
        + "early.ipynb = {nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{cell_type: 'markdown',"
        + "  metadata: {}, source: 'defined later'}]};"
        + "document.body.appendChild(early);"
        + "const Registered = jupyterkit.defineJupyterNotebook('my-notebook');"
        + "return {"
        + "  again: jupyterkit.defineJupyterNotebook('my-notebook') === Registered,"
        + "  standard: jupyterkit.defineJupyterNotebook() === customElements.get('jupyter-notebook'),"
        + "  exported: customElements.get('jupyter-notebook') === jupyterkit.JupyterNotebookElement,"
        + "  subclass: early instanceof jupyterkit.JupyterNotebookElement,"
        + "  readonly: early.hasAttribute('readonly'),"
        + "};");
    assertEquals(Map.of("again", true, "standard", true, "exported", true, "subclass", true, "readonly", true), result);
    String text = await(20, () -> (String) js("const el = document.querySelector('my-notebook');"
        + "return el.shadowRoot ? el.shadowRoot.querySelector('.body').innerText : null;"),
        shown -> shown != null && shown.contains("defined later"));
    assertTrue(text.contains("defined later"), text);
  }
}
