package io.jupyterkit.pyodide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PyodideExecutorOptionsTest {
  @Test
  void withoutSrcTheCdnForTheVersionIsUsed() {
    List<PyodideCandidate> candidates = new PyodideExecutorOptions().candidates();
    assertEquals(1, candidates.size());
    assertEquals("https://cdn.jsdelivr.net/pyodide/v0.26.2/full/pyodide.js", candidates.get(0).src());
    assertEquals("https://cdn.jsdelivr.net/pyodide/v0.26.2/full/", candidates.get(0).indexUrl());
    assertEquals("https://cdn.jsdelivr.net/pyodide/v0.29.1/full/pyodide.js",
        new PyodideExecutorOptions().version("0.29.1").candidates().get(0).src());
  }

  @Test
  void indexUrlsPairWithSourcesElseEachSourcesFolder() {
    PyodideExecutorOptions options = new PyodideExecutorOptions()
        .src(List.of("/a/pyodide.js?v=1", "https://x.test/b/c/pyodide.js", "pyodide.js"))
        .indexUrl(List.of("/idx-a"));
    assertEquals("/idx-a/", options.candidates().get(0).indexUrl());
    assertEquals("/idx-a/", options.candidates().get(1).indexUrl());
    options.indexUrl(List.of("/one/", "/two/"));
    assertEquals("/two/", options.candidates().get(1).indexUrl());
    assertEquals("", options.candidates().get(2).indexUrl());
    options.indexUrl(List.of());
    assertEquals("/a/", options.candidates().get(0).indexUrl());
    assertEquals("https://x.test/b/c/", options.candidates().get(1).indexUrl());
  }

  @Test
  void timeoutIsNeverNegativeAndZeroDisablesIt() {
    assertEquals(10000, new PyodideExecutorOptions().timeoutMs());
    assertEquals(0, new PyodideExecutorOptions().timeoutMs(-5).timeoutMs());
  }
}
