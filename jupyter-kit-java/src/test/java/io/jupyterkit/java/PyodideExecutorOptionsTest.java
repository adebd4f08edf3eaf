package io.jupyterkit.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.pyodide.PyodideCandidate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyodideExecutorOptionsTest {
  @Test
  void defaultsAreTheJavaScriptApisDefaults() {
    PyodideExecutorOptions options = PyodideExecutorOptions.builder().build();
    assertEquals(List.of(), options.src());
    assertEquals("0.26.2", options.version());
    assertEquals(10000, options.timeoutMs());
    assertEquals(List.of("svg"), options.figureFormats());
    assertTrue(options.autoloadImports());
    assertNull(options.lockFileUrl());
    assertNull(options.workerUrl());
    assertNull(options.sandbox(), "sandboxed for notebooks of another origin");
    assertEquals(List.of(), options.network());
    assertEquals("https://cdn.jsdelivr.net/pyodide/v0.26.2/full/pyodide.js",
        options.toPyodideOptions().candidates().get(0).src());
  }

  @Test
  void everyOptionReachesTheExecutorsOwnOptions() {
    List<String> heard = new ArrayList<>();
    io.jupyterkit.pyodide.PyodideExecutorOptions options = PyodideExecutorOptions.builder()
        .src("/pyodide/pyodide.js", "/mirror/pyodide.js")
        .indexUrl("/pyodide-files/", "/mirror-files")
        .timeoutMs(0)
        .packages("numpy", "ipywidgets")
        .autoloadImports(false)
        .figureFormats("png", "svg")
        .lockFileUrl("/widgets/pyodide-lock.json")
        .workerUrl("/assets/jupyter-kit-worker.js")
        .sandbox(true)
        .network("same-origin", "https://api.example.org")
        .onStatus((status, detail) -> heard.add(status + ": " + detail))
        .build()
        .toPyodideOptions();
    assertEquals(List.of("/pyodide/pyodide.js", "/mirror/pyodide.js"), options.src());
    List<PyodideCandidate> candidates = options.candidates();
    assertEquals("/pyodide-files/", candidates.get(0).indexUrl());
    assertEquals("/mirror-files/", candidates.get(1).indexUrl());
    assertEquals(0, options.timeoutMs());
    assertEquals(List.of("numpy", "ipywidgets"), options.packages());
    assertEquals(false, options.autoloadImports());
    assertEquals(List.of("png", "svg"), options.figureFormats());
    assertEquals("/widgets/pyodide-lock.json", options.lockFileUrl());
    assertEquals("/assets/jupyter-kit-worker.js", options.workerUrl());
    assertEquals(Boolean.TRUE, options.sandbox());
    assertEquals(List.of("same-origin", "https://api.example.org"), options.network());
    options.onStatus().onStatus("ready", "0.26.2");
    assertEquals(List.of("ready: 0.26.2"), heard);
  }

  @Test
  void oneIndexUrlServesEverySrc() {
    List<PyodideCandidate> candidates = PyodideExecutorOptions.builder()
        .src("/a/pyodide.js", "/b/pyodide.js").indexUrl("/files/").build().toPyodideOptions().candidates();
    assertEquals("/files/", candidates.get(0).indexUrl());
    assertEquals("/files/", candidates.get(1).indexUrl());
  }

  @Test
  void theBuiltOptionsCannotBeChanged() {
    PyodideExecutorOptions options = PyodideExecutorOptions.builder().packages("numpy").build();
    assertThrows(UnsupportedOperationException.class, () -> options.packages().add("scipy"));
  }

  @Test
  void optionsThatCannotWorkAreRefusedWithTheirName() {
    assertRefused("timeoutMs: -1 is negative; 0 waits for ever", PyodideExecutorOptions.builder().timeoutMs(-1));
    assertRefused("src: an empty entry", PyodideExecutorOptions.builder().src("/pyodide/pyodide.js", " "));
    assertRefused("packages: an empty entry", PyodideExecutorOptions.builder().packages((String) null));
    assertRefused("figureFormats: \"jpeg\" is neither svg nor png",
        PyodideExecutorOptions.builder().figureFormats("svg", "jpeg"));
    assertRefused("figureFormats: name svg, png or both", PyodideExecutorOptions.builder().figureFormats());
    assertRefused("version: \"latest\" is not a Pyodide version such as 0.26.2",
        PyodideExecutorOptions.builder().version("latest"));
    assertRefused("indexUrl: 2 folders for 3 src URLs; give one for each, or one for all",
        PyodideExecutorOptions.builder().src("/a.js", "/b.js", "/c.js").indexUrl("/a/", "/b/"));
    assertRefused("lockFileUrl: empty; leave it unset for the default", PyodideExecutorOptions.builder().lockFileUrl(""));
    assertRefused("network: \"https://api.example.org/v1\" is neither same-origin nor an origin such as"
        + " https://example.org",
        PyodideExecutorOptions.builder().network("same-origin", "https://api.example.org/v1"));
  }

  private static void assertRefused(String message, PyodideExecutorOptions.Builder builder) {
    assertEquals(message, assertThrows(IllegalArgumentException.class, builder::build).getMessage());
  }
}
