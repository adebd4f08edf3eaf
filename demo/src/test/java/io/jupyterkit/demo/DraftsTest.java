package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Drafts: edits made through the element's API are kept in IndexedDB and restored after a reload with the bar
 * above the notebook; its buttons, {@code storage="none"}, {@code storage-key}, erasing, an original that changed on
 * the server, a browser whose IndexedDB fails, the {@code change} event and {@code dirty}. Each test uses notebooks of
 * its own name: the browser profile (and so IndexedDB) is shared by the tests of this class.
 */
class DraftsTest extends BrowserTestSupport {
  /** Notebooks served under {@value #PREFIX}, by file name; a test may change one to play a server update. */
  private static final Map<String, String> NOTEBOOKS = new ConcurrentHashMap<>();
  private static final String PREFIX = "/test/drafts/";

  @BeforeAll
  static void serveNotebooks() {
    server.addHandler(PREFIX, exchange -> {
      try (exchange) {
        String name = exchange.getRequestURI().getPath().substring(PREFIX.length());
        String text = NOTEBOOKS.get(name);
        byte[] body = (text == null ? "not found" : text).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", text == null ? "text/plain" : "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(text == null ? 404 : 200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
  }

  /** A two-cell notebook (code, markdown) whose sources carry {@code tag}. */
  private static String notebook(String tag) {
    return "{\"nbformat\": 4, \"nbformat_minor\": 5, \"metadata\": {}, \"cells\": ["
        + "{\"cell_type\": \"code\", \"id\": \"c1\", \"metadata\": {}, \"execution_count\": null, \"outputs\": [],"
        + " \"source\": \"print('" + tag + " code')\"},"
        + "{\"cell_type\": \"markdown\", \"id\": \"m1\", \"metadata\": {}, \"source\": \"# " + tag + " title\"}]}";
  }

  private static String serve(String name, String tag) {
    NOTEBOOKS.put(name, notebook(tag));
    return server.url(PREFIX + name);
  }

  /** Opens the one-notebook page on {@code name} with {@code attributes} (query form) and waits for its cells. */
  private static void open(String name, String attributes) {
    driver.get(server.url("/test/notebook.html?nb=../test/drafts/" + name + attributes));
    awaitCells();
  }

  private static void awaitCells() {
    await(20, () -> (Long) js("const el = document.getElementById('nb');"
        + "return el.shadowRoot ? el.shadowRoot.querySelectorAll('.cell').length : 0;"), n -> n > 0);
  }

  /** The bar's text, or null when it is hidden. */
  private static String barText() {
    return (String) js("const bar = document.getElementById('nb').shadowRoot.querySelector('[part=draft-bar]');"
        + "return bar && !bar.hidden ? bar.querySelector('.draft-message').textContent : null;");
  }

  @SuppressWarnings("unchecked")
  private static List<String> barButtons() {
    return (List<String>) js("const bar = document.getElementById('nb').shadowRoot.querySelector('[part=draft-bar]');"
        + "return bar && !bar.hidden ? [...bar.querySelectorAll('button')].map(b => b.textContent) : [];");
  }

  private static void clickBar(String action) {
    js("document.getElementById('nb').shadowRoot.querySelector('[part=draft-bar] button[data-action=' + arguments[0]"
        + " + ']').click();", action);
  }

  private static String awaitStored(String key, String expected) {
    return await(20, () -> storedDraft(key), json -> json != null && json.contains(expected));
  }

  private static String sources() {
    return (String) js("return document.getElementById('nb').cells.map(c => c.type + ':' + c.source).join('|');");
  }

  @Test
  void editsAreRestoredAfterAReloadWithTheBar() {
    String url = serve("restore.ipynb", "original");
    open("restore.ipynb", "");
    assertNull(barText(), "no bar over a notebook without a draft");
    assertEquals(Boolean.FALSE, js("return document.getElementById('nb').dirty;"));
    js("const nb = document.getElementById('nb');"
        + "nb.setCellSource(0, \"print('edited code')\");"
        + "nb.insertCell(2, 'raw', 'added raw');"
        + "nb.deleteCell(1);");
    String stored = awaitStored(url, "added raw");
    assertTrue(stored.contains("edited code") && !stored.contains("original title"), stored);

    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('edited code')|raw:added raw", sources());
    String text = shadowText("nb");
    assertTrue(text.contains("edited code") && text.contains("added raw") && !text.contains("original title"), text);
    assertTrue(barText().startsWith("Restored your edits"), barText());
    assertEquals(List.of("Revert to original", "Discard", "\u00d7"), barButtons());
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').dirty;"), "a restored draft is unsaved");
    assertEquals("status", js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('[part=draft-bar]').getAttribute('role');"));
    // Keyboard: the bar's buttons are in the tab order, before any cell.
    assertEquals("Revert to original", js("const root = document.getElementById('nb').shadowRoot;"
        + "const stops = [...root.querySelectorAll('button, [tabindex]')].filter(b => b.tabIndex >= 0 && !b.disabled);"
        + "const bar = stops.findIndex(b => b.closest('[part=draft-bar]'));"
        + "const cell = stops.findIndex(b => b.closest('.cell'));"
        + "if (bar < 0 || (cell >= 0 && cell < bar)) return 'bar at ' + bar + ', first cell at ' + cell;"
        + "stops[bar].focus(); return root.activeElement.textContent;"));
    assertEquals("Dismiss this message", js("return document.getElementById('nb').shadowRoot"
        + ".querySelector('[part=draft-bar] button[data-action=dismiss]').getAttribute('aria-label');"));
  }

  /**
   * Hiding or leaving the page saves at once rather than after the pause: the write starts in the same task (seen by
   * counting IndexedDB writes, no timing involved). Whether the browser finishes a write begun as a page unloads is
   * its business; the edits are then kept as well.
   */
  @Test
  void hidingOrLeavingThePageSavesAtOnce() {
    String url = serve("leave.ipynb", "original");
    open("leave.ipynb", "");
    js("window.puts = 0; const put = IDBObjectStore.prototype.put;"
        + "IDBObjectStore.prototype.put = function (...args) { window.puts++; return put.apply(this, args); };"
        + "document.getElementById('nb').setCellSource(1, '# hidden at once');"
        + "Object.defineProperty(document, 'visibilityState', {value: 'hidden', configurable: true});"
        + "document.dispatchEvent(new Event('visibilitychange'));");
    assertEquals(1L, js("return window.puts;"), "written when the page was hidden, before the pause was over");
    awaitStored(url, "# hidden at once");
    js("document.getElementById('nb').setCellSource(1, '# left at once');"
        + "window.dispatchEvent(new PageTransitionEvent('pagehide'));");
    assertEquals(2L, js("return window.puts;"), "written when the page was left");
    awaitStored(url, "# left at once");
    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('original code')|markdown:# left at once", sources());
    assertTrue(barText().startsWith("Restored your edits"), barText());
  }

  @Test
  void revertShowsTheOriginalAndKeepsTheEditsUntilTheOriginalChanges() {
    String url = serve("revert.ipynb", "original");
    open("revert.ipynb", "");
    js("document.getElementById('nb').setCellSource(1, '# my title');");
    awaitStored(url, "my title");
    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('original code')|markdown:# my title", sources());

    clickBar("revert");
    assertEquals("code:print('original code')|markdown:# original title", sources());
    assertEquals("Showing the original. Your edits are kept until you change this notebook.", barText());
    assertEquals(List.of("Restore your edits", "Discard", "\u00d7"), barButtons());
    assertEquals(Boolean.FALSE, js("return document.getElementById('nb').dirty;"));
    assertEquals("Restore your edits", js("return document.getElementById('nb').shadowRoot.activeElement.textContent;"),
        "focus stays in the bar, on its first button");

    clickBar("restore");
    assertEquals("code:print('original code')|markdown:# my title", sources());
    assertTrue(barText().startsWith("Restored your edits"), barText());

    // Reverted, the edits are still there after a reload.
    clickBar("revert");
    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('original code')|markdown:# my title", sources());

    // Changing the original after reverting replaces the kept edits.
    clickBar("revert");
    js("document.getElementById('nb').setCellSource(0, \"print('new start')\");");
    assertNull(barText(), "nothing is offered back once the original is changed");
    awaitStored(url, "new start");
    assertFalse(storedDraft(url).contains("my title"));
  }

  @Test
  void discardErasesTheDraftAndShowsTheOriginal() {
    String url = serve("discard.ipynb", "original");
    open("discard.ipynb", "");
    js("document.getElementById('nb').insertCell(0, 'code', 'x = 1');");
    awaitStored(url, "x = 1");
    driver.navigate().refresh();
    awaitCells();
    assertTrue(sources().startsWith("code:x = 1|"), sources());
    clickBar("discard");
    assertEquals("code:print('original code')|markdown:# original title", sources());
    assertNull(barText());
    assertEquals(Boolean.FALSE, js("return document.getElementById('nb').dirty;"));
    await(20, () -> storedDraft(url), json -> json == null);
    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('original code')|markdown:# original title", sources());
    assertNull(barText());
  }

  @Test
  void dismissHidesTheBarAndKeepsWorkingOnTheEdits() {
    String url = serve("dismiss.ipynb", "original");
    open("dismiss.ipynb", "");
    js("document.getElementById('nb').setCellSource(1, '# kept');");
    awaitStored(url, "# kept");
    driver.navigate().refresh();
    awaitCells();
    clickBar("dismiss");
    assertNull(barText());
    assertEquals("code:print('original code')|markdown:# kept", sources());
    js("document.getElementById('nb').setCellSource(1, '# kept and more');");
    awaitStored(url, "# kept and more");
  }

  @Test
  void storageNoneKeepsNothing() {
    String url = serve("none.ipynb", "original");
    open("none.ipynb", "&storage=none");
    js("window.puts = 0; const put = IDBObjectStore.prototype.put;"
        + "IDBObjectStore.prototype.put = function (...args) { window.puts++; return put.apply(this, args); };"
        + "document.getElementById('nb').setCellSource(1, '# not kept');"
        + "window.dispatchEvent(new PageTransitionEvent('pagehide'));");
    // Leaving the page writes what is pending at once (see hidingOrLeavingThePageSavesAtOnce): nothing is.
    assertEquals(0L, js("return window.puts;"));
    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('original code')|markdown:# original title", sources());
    assertNull(barText());
    assertNull(storedDraft(url));

    // And a draft stored earlier is not read either.
    open("none.ipynb", "");
    js("document.getElementById('nb').setCellSource(1, '# stored');");
    awaitStored(url, "# stored");
    open("none.ipynb", "&storage=none");
    assertEquals("code:print('original code')|markdown:# original title", sources());
    assertNull(barText());
  }

  @Test
  void aStorageKeySharesDraftsAndSeparatesThemFromTheAddress() {
    String url = serve("keyed.ipynb", "first");
    serve("keyed-other.ipynb", "second");
    open("keyed.ipynb", "&storage-key=shared-work");
    js("document.getElementById('nb').setCellSource(1, '# shared edit');");
    awaitStored("shared-work", "# shared edit");
    assertNull(storedDraft(url), "kept under its key, not its address");

    // Another notebook with that key shows the same draft.
    open("keyed-other.ipynb", "&storage-key=shared-work");
    assertEquals("code:print('first code')|markdown:# shared edit", sources());
    assertTrue(barText() != null);

    // The same address without the key, or with another, has no draft.
    open("keyed.ipynb", "");
    assertEquals("code:print('first code')|markdown:# first title", sources());
    open("keyed.ipynb", "&storage-key=other-work");
    assertNull(barText());
  }

  @Test
  void clearStorageAndClearStoredDraftsEraseWhatWasStored() {
    String first = serve("clear-a.ipynb", "a");
    String second = serve("clear-b.ipynb", "b");
    open("clear-a.ipynb", "");
    js("document.getElementById('nb').setCellSource(1, '# a edited');");
    awaitStored(first, "# a edited");
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    assertEquals("done", driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "document.getElementById('nb').clearStorage().then(() => done('done'), e => done('failed ' + e));"));
    assertNull(storedDraft(first));
    assertNull(barText());
    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('a code')|markdown:# a title", sources());

    js("document.getElementById('nb').setCellSource(1, '# a again');");
    awaitStored(first, "# a again");
    open("clear-b.ipynb", "");
    js("document.getElementById('nb').setCellSource(1, '# b edited');");
    awaitStored(second, "# b edited");
    assertEquals("done", driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "jupyterkit.clearStoredDrafts().then(() => done('done'), e => done('failed ' + e));"));
    assertNull(storedDraft(first));
    assertNull(storedDraft(second));
    open("clear-a.ipynb", "");
    assertNull(barText());
  }

  @Test
  void anOriginalChangedOnTheServerIsSaidAndRevertShowsTheNewOne() {
    String url = serve("changed.ipynb", "version one");
    open("changed.ipynb", "");
    js("document.getElementById('nb').setCellSource(1, '# my edit');");
    awaitStored(url, "# my edit");

    String stored = storedDraft(url);
    assertTrue(stored.contains("\"original\":\"" + notebook("version one").length() + ":"), stored);

    // Reloaded over the same original: no word of a change, also once the original's fingerprint is known (it is
    // taken when idle, before the save of a later edit).
    driver.navigate().refresh();
    awaitCells();
    js("document.getElementById('nb').setCellSource(0, \"print('also mine')\");");
    awaitStored(url, "also mine");
    assertTrue(barText().startsWith("Restored your edits"), barText());

    serve("changed.ipynb", "version two");
    driver.navigate().refresh();
    awaitCells();
    assertEquals("code:print('also mine')|markdown:# my edit", sources());
    await(20, DraftsTest::barText, text -> text != null && text.contains("changed"));
    assertEquals("The notebook changed since your edits were saved; showing your edits.", barText());
    clickBar("revert");
    assertEquals("code:print('version two code')|markdown:# version two title", sources());
  }

  /** Adds an element showing {@code notebook} (JSON text) through {@code ipynb}, with {@code key} unless null. */
  private static void showThroughIpynb(String notebook, String key) {
    driver.get(server.url("/test/blank.html"));
    js("window.puts = 0; const put = IDBObjectStore.prototype.put;"
        + "IDBObjectStore.prototype.put = function (...args) { window.puts++; return put.apply(this, args); };"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "if (arguments[1]) el.setAttribute('storage-key', arguments[1]);"
        + "el.ipynb = JSON.parse(arguments[0]); document.body.appendChild(el);", notebook, key);
    awaitCells();
  }

  @Test
  void aNotebookSetThroughIpynbKeepsADraftOnlyWithAKey() {
    showThroughIpynb(notebook("object"), null);
    js("document.getElementById('nb').setCellSource(1, '# no key');"
        + "window.dispatchEvent(new PageTransitionEvent('pagehide'));");
    assertEquals(0L, js("return window.puts;"), "no key, nothing kept");

    showThroughIpynb(notebook("object"), "from-ipynb");
    js("document.getElementById('nb').setCellSource(1, '# keyed');");
    awaitStored("from-ipynb", "# keyed");
    showThroughIpynb(notebook("object"), "from-ipynb");
    assertEquals("code:print('object code')|markdown:# keyed", sources());
    js("document.getElementById('nb').setCellSource(0, 'same = True');");
    awaitStored("from-ipynb", "same = True");
    assertTrue(barText().startsWith("Restored your edits"), "the same object: " + barText());

    // The page's object changed: its fingerprint (taken a cell at a time) differs.
    showThroughIpynb(notebook("object, changed"), "from-ipynb");
    assertEquals("code:same = True|markdown:# keyed", sources());
    await(20, DraftsTest::barText, text -> text != null && text.startsWith("The notebook changed"));
  }

  @Test
  void aBrowserWhoseIndexedDbFailsStillShowsAndEditsTheNotebook() {
    driver.get(server.url("/test/blank.html"));
    driver.manage().logs().get(LogType.BROWSER);
    serve("no-storage.ipynb", "plain");
    js("IDBFactory.prototype.open = () => { throw new DOMException('storage is off in this test', 'SecurityError'); };"
        + "const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true}); el.id = 'nb';"
        + "el.setAttribute('src', '/test/drafts/no-storage.ipynb');"
        + "window.changes = 0; el.addEventListener('jupyter-change', () => window.changes++);"
        + "document.body.appendChild(el);");
    awaitCells();
    assertEquals("code:print('plain code')|markdown:# plain title", sources());
    js("document.getElementById('nb').setCellSource(0, 'still_editable = 1');");
    await(10, () -> (Long) js("return window.changes;"), n -> n == 1);
    assertTrue(shadowText("nb").contains("still_editable = 1"), shadowText("nb"));
    String note = await(20, DraftsTest::barText, text -> text != null);
    assertEquals("Your edits are not kept in this browser: storage is off in this test.", note);
    List<LogEntry> logs = driver.manage().logs().get(LogType.BROWSER).getAll();
    assertTrue(logs.stream().anyMatch(e -> e.getMessage().contains("storage is off in this test")), logs.toString());
    assertEquals(List.of(), consoleErrors());
    assertEquals(Boolean.TRUE, js("return JSON.stringify(document.getElementById('nb').toJSON())"
        + ".includes('still_editable = 1');"));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    assertEquals("done", driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "Promise.all([document.getElementById('nb').clearStorage(), jupyterkit.clearStoredDrafts()])"
        + ".then(() => done('done'), e => done('failed ' + e));"), "nothing to erase is no failure");
  }

  @Test
  void changeEventsAreCoalescedAndDirtyFollowsDownload() {
    serve("events.ipynb", "events");
    open("events.ipynb", "&storage=none");
    js("window.changes = [];"
        + "document.getElementById('nb').addEventListener('jupyter-change', e => window.changes.push(e.detail));"
        + "document.addEventListener('jupyter-change', e => { if (e.target.id === 'nb') window.bubbled = true; });");
    assertEquals(Boolean.FALSE, js("return document.getElementById('nb').dirty;"));
    js("const nb = document.getElementById('nb');"
        + "nb.setCellSource(0, 'a = 1'); nb.insertCell(0, 'markdown', 'one'); nb.insertCell(0, 'code', 'two');");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> changes = await(10, () -> (List<Map<String, Object>>) js("return window.changes;"),
        list -> !list.isEmpty());
    assertEquals(1, changes.size(), "three changes in one task, one event: " + changes);
    assertEquals(4L, changes.get(0).get("cells"));
    assertEquals(Boolean.TRUE, changes.get(0).get("dirty"));
    assertEquals(Boolean.TRUE, js("return window.bubbled === true;"), "bubbles out of the element");
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').dirty;"));
    js("document.getElementById('nb').download('events.ipynb');");
    assertEquals(Boolean.FALSE, js("return document.getElementById('nb').dirty;"), "download saved it");
    js("document.getElementById('nb').moveCell(0, 3);");
    await(10, () -> (Long) js("return window.changes.length;"), n -> n == 2);
    assertEquals("markdown:one|code:a = 1|markdown:# events title|code:two", sources());
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').dirty;"));
    assertEquals(Boolean.TRUE, js("const nb = document.getElementById('nb');"
        + "return nb.setCellType(1, 'raw') && nb.cells[1].type === 'raw' && nb.insertCell(0, 'nonsense', '') === -1"
        + " && nb.deleteCell(99) === false;"));
  }
}
