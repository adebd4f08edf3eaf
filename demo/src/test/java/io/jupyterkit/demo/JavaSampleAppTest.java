package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.element.NotebookEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sample J2CL app (demo/j2cl-sample), which compiles the element into its own script through the Java API: its
 * notebook shows, runs in real Pyodide from its Run all button, and the app hears the cell end.
 */
class JavaSampleAppTest extends BrowserTestSupport {
  @Test
  void theJavaAppShowsItsNotebookRunsItInPyodideAndHearsTheCellEnd() {
    driver.get(server.url("/java-sample/"));
    // The markdown is drawn by marked, which the element imports from the assets folder the app named.
    String heading = await(60, () -> (String) js("const el = document.getElementById('notebook');"
        + "const h1 = el && el.shadowRoot && el.shadowRoot.querySelector('.markdown h1');"
        + "return h1 ? h1.textContent : null;"), text -> text != null);
    assertTrue(heading.startsWith("A notebook from Java"), heading);
    assertTrue(shadowText("notebook").contains("print('Python says', 6 * 7)"), shadowText("notebook"));
    assertFalse(shadowText("notebook").contains("could not be loaded"), shadowText("notebook"));
    assertEquals(Boolean.TRUE, js("return document.getElementById('notebook').hasAttribute('readonly');"));

    js("window.cellsEnded = [];"
        + "document.getElementById('notebook').addEventListener(arguments[0],"
        + "  event => cellsEnded.push(event.detail.index + ' ' + event.detail.status));",
        NotebookEvents.CELL_EXECUTE_END);
    js("document.getElementById('run-all').click();");

    String output = await(180, () -> outputText("notebook", 1), text -> text != null && text.contains("Python says 42"));
    assertEquals("Python says 42", output.trim());
    String heard = await(20, () -> (String) js("return document.getElementById('cell-runs').innerText;"),
        text -> !text.isEmpty());
    assertEquals("Cell 2 ended: ok", heard.trim());
    assertEquals(List.of("1 ok"), js("return cellsEnded;"));
    await(20, () -> (String) js("return document.getElementById('kernel-status').textContent;"),
        text -> text.equals("Python: idle"));

    // Its own script, not the npm bundle, with the element's files from /jupyter-kit/.
    assertEquals("undefined", js("return typeof jupyterkit;"));
    @SuppressWarnings("unchecked")
    List<String> fetched = (List<String>) js("return performance.getEntriesByType('resource')"
        + ".map(entry => new URL(entry.name).pathname);");
    assertTrue(fetched.contains("/java-sample/java-sample.js"), fetched.toString());
    assertFalse(fetched.contains("/jupyter-kit/jupyter-kit.js"), fetched.toString());
    assertTrue(fetched.containsAll(List.of("/jupyter-kit/jupyter-kit.css", "/jupyter-kit/vendor/marked/marked.mjs")),
        fetched.toString());
    assertEquals(List.of(), consoleErrors().stream().map(Object::toString).toList());
  }
}
