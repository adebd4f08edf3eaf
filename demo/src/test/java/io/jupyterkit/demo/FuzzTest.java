package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A thousand damaged notebooks (wrong types, missing keys, unknown types, huge and invalid base64, deep nesting),
 * each checked as a reader would: no uncaught exception, each broken part shown as a notice, the rest rendered,
 * and the element still working afterwards.
 */
class FuzzTest extends BrowserTestSupport {
  @Test
  void aThousandDamagedNotebooksNeverBreakTheElement() {
    driver.get(server.url("/test/fuzz.html"));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(240));
    @SuppressWarnings("unchecked")
    Map<String, Object> report = (Map<String, Object>) driver.executeAsyncScript(
        "const done = arguments[arguments.length - 1]; window.fuzz(1000, 20261124).then(done, (e) => done({error: String(e)}));");
    assertEquals(null, report.get("error"));
    assertEquals(1000L, report.get("runs"));
    assertEquals(List.of(), report.get("uncaught"), "uncaught exceptions");
    assertEquals(0L, report.get("failureCount"), String.valueOf(report.get("failures")));
    assertEquals(Boolean.TRUE, report.get("recovered"), "a valid notebook renders after all that");
    @SuppressWarnings("unchecked")
    Map<String, Long> seen = (Map<String, Long>) report.get("seen");
    assertTrue(seen.get("brokenCells") > 200 && seen.get("brokenOutputs") > 100 && seen.get("brokenRoots") > 20,
        "the mutations really broke things: " + seen);
  }
}
