package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A notebook the page did not mark trusted runs nothing until the reader agrees: the first run asks, saying what
 * running the code means, whether it came from a Run button or from the page's runAll(); Don't run leaves the cells
 * unrun, Run the code runs what was asked, in order, and the next runs without asking; another notebook asks again;
 * a trusted one never asks.
 */
class TrustGateTest extends BrowserTestSupport {
  /** Opens a notebook {@code nb} of two code cells on an executor that records what it was asked to execute. */
  private static void openNotebook(boolean trusted) {
    driver.get(server.url("/test/blank.html"));
    js("window.executed = [];"
        + "const answer = (request, type, content) => ({header: {msg_id: crypto.randomUUID(), msg_type: type,"
        + "  session: 's', username: '', date: '', version: '5.3'}, parent_header: request.header, metadata: {},"
        + "  content});"
        + "window.nbOf = (...sources) => ({nbformat: 4, nbformat_minor: 5, metadata: {}, cells: sources.map((source) =>"
        + "  ({cell_type: 'code', metadata: {}, source, outputs: [], execution_count: null}))});"
        + "const el = document.createElement('jupyter-notebook'); el.id = 'nb'; el.trusted = arguments[0];"
        + "el.executor = {execute(request, onMessage) {"
        + "  window.executed.push(request.content.code);"
        + "  onMessage(answer(request, 'stream', {name: 'stdout', text: 'ran ' + request.content.code + '\\n'}));"
        + "  onMessage(answer(request, 'execute_reply', {status: 'ok', execution_count: window.executed.length}));"
        + "}};"
        + "el.ipynb = nbOf('first', 'second');"
        + "document.body.appendChild(el);", trusted);
    await(20, () -> (Long) js("const root = document.getElementById('nb').shadowRoot;"
        + "return root ? root.querySelectorAll('.cell').length : 0;"), count -> count == 2);
  }

  private static String prompt() {
    return (String) js("const bar = document.getElementById('nb').shadowRoot.querySelector('.trust-prompt');"
        + "return bar && !bar.hidden && bar.offsetParent ? bar.innerText : null;");
  }

  private static void answer(String label) {
    js("[...document.getElementById('nb').shadowRoot.querySelectorAll('.trust-prompt button')]"
        + ".find((b) => b.textContent === arguments[0]).click();", label);
  }

  private static List<?> executed() {
    return (List<?>) js("return window.executed;");
  }

  @Test
  void theFirstRunAsksAndDontRunLeavesTheCellUnrun() {
    openNotebook(false);
    assertEquals(null, prompt(), "nothing is asked before a run");
    clickRun("nb", 1);
    String question = await(10, TrustGateTest::prompt, text -> text != null);
    assertTrue(question.contains("Run this notebook's code?") && question.contains("this page's access")
        && question.contains("only if you trust where the notebook comes from"), question);
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').shadowRoot.activeElement.textContent"
        + " === 'Run the code';"), "the question has the keyboard focus");
    answer("Don't run");
    assertEquals(null, prompt());
    assertEquals("Not run: you chose not to run this notebook's code.", cellNote("nb", 1));
    assertEquals(List.of(), executed());
    assertEquals("", outputText("nb", 1).trim());
  }

  @Test
  void agreeingRunsWhatWasAskedInOrderAndLaterRunsDoNotAsk() {
    openNotebook(false);
    js("document.getElementById('nb').runAll();");
    await(10, TrustGateTest::prompt, text -> text != null);
    assertEquals(List.of(), executed(), "runAll() from the page runs nothing before the reader agrees");
    answer("Run the code");
    await(10, TrustGateTest::executed, List.of("first", "second")::equals);
    assertTrue(outputText("nb", 1).contains("ran second"), outputText("nb", 1));
    clickRun("nb", 0);
    await(10, TrustGateTest::executed, done -> done.size() == 3);
    assertEquals(null, prompt(), "asked once per notebook");

    js("document.getElementById('nb').ipynb = nbOf('another');");
    await(10, () -> (String) js("return document.getElementById('nb').shadowRoot.querySelector('.cell .source')"
        + ".textContent;"), "another"::equals);
    clickRun("nb", 0);
    assertFalse(await(10, TrustGateTest::prompt, text -> text != null).isEmpty(), "another notebook asks again");
    assertEquals(3, executed().size());
  }

  @Test
  void aTrustedNotebookRunsWithoutAsking() {
    openNotebook(true);
    assertEquals(Boolean.TRUE, js("return document.getElementById('nb').hasAttribute('trusted');"));
    clickRun("nb", 0);
    await(10, TrustGateTest::executed, List.of("first")::equals);
    assertEquals(null, prompt());
  }
}
