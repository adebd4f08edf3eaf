package io.jupyterkit.pyodide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BootFilesTest {
  @Test
  void theInterpreterScriptIsTheOneTheLoaderNames() {
    assertEquals("pyodide.asm.mjs", BootFiles.asmScript("let t=`${e.indexURL}pyodide.asm.mjs`;return(await O(t))"));
    assertEquals("pyodide.asm.js", BootFiles.asmScript("const scriptSrc = `${config.indexURL}pyodide.asm.js`;"));
    assertEquals("pyodide.asm.js", BootFiles.asmScript(null), "an unreadable loader: the classic name");
  }

  @Test
  void runtimeFilesAreInTheIndexFolder() {
    assertEquals(List.of("https://x/p/pyodide.asm.js", "https://x/p/pyodide.asm.wasm", "https://x/p/python_stdlib.zip"),
        BootFiles.runtime("https://x/p/", "pyodide.asm.js"));
    assertEquals("https://x/p/pyodide-lock.json", BootFiles.lockFile("https://x/p/", null));
    assertEquals("https://y/lock.json", BootFiles.lockFile("https://x/p/", "https://y/lock.json"));
  }

  @Test
  void failuresAreWordedForAReader() {
    assertEquals("made no progress for 10 s (waiting for https://x/pyodide.js)",
        BootFailures.noProgress(10000, "https://x/pyodide.js"));
    assertEquals("made no progress for 2500 ms", BootFailures.noProgress(2500, null));
    assertEquals("Python could not be started (could not load the script (HTTP 404 Not Found))",
        BootFailures.summary(1, "could not load the script (HTTP 404 Not Found)\nmore"));
    assertEquals("Python could not be started from any of its 2 sources", BootFailures.summary(2, "x"));
    String long_ = "y".repeat(500);
    assertEquals(BootFailures.SUMMARY_REASON + "Python could not be started ()".length(),
        BootFailures.summary(1, long_).length());
  }
}
