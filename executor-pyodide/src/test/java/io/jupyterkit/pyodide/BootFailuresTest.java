package io.jupyterkit.pyodide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BootFailuresTest {
  @Test
  void failuresAreWordedForAReader() {
    assertEquals("made no progress for 10 s (waiting for https://x/pyodide.js)",
        BootFailures.noProgress(10000, "https://x/pyodide.js"));
    assertEquals("made no progress for 2500 ms", BootFailures.noProgress(2500, null));
    assertEquals("Python could not be started (could not load the script (HTTP 404 Not Found))",
        BootFailures.summary(1, "could not load the script (HTTP 404 Not Found)\nmore"));
    assertEquals("Python could not be started from any of its 2 sources", BootFailures.summary(2, "x"));
    assertEquals(BootFailures.SUMMARY_REASON + "Python could not be started ()".length(),
        BootFailures.summary(1, "y".repeat(500)).length());
  }
}
