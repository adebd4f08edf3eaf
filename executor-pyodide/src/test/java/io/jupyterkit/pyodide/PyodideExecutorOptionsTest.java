package io.jupyterkit.pyodide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;

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
  void from314OnTheDefaultScriptIsTheEsModule() {
    PyodideCandidate candidate = new PyodideExecutorOptions().version("314.0.7").candidates().get(0);
    assertEquals("https://cdn.jsdelivr.net/pyodide/v314.0.7/full/pyodide.mjs", candidate.src());
    assertTrue(candidate.isModule());
    assertFalse(new PyodideExecutorOptions().candidates().get(0).isModule());
  }

  @Test
  void aClassicScriptHasAModuleTwinInItsFolder() {
    PyodideCandidate classic = new PyodideCandidate("/py/314/pyodide.js?x=1#y", "/idx/");
    PyodideCandidate module = classic.asModule();
    assertEquals("/py/314/pyodide.mjs", module.src());
    assertEquals("/idx/", module.indexUrl());
    assertTrue(module.isModule());
    assertTrue(new PyodideCandidate("/a/pyodide.mjs?v=2", "/a/").isModule());
  }

  @Test
  void figureFormatsKeepKnownFormatsOnceElseSvg() {
    assertEquals(List.of("svg"), new PyodideExecutorOptions().figureFormats());
    assertEquals(List.of("png", "svg"),
        new PyodideExecutorOptions().figureFormats(List.of("png", "jpeg", "svg", "png")).figureFormats());
    assertEquals(List.of("svg"), new PyodideExecutorOptions().figureFormats(List.of("pdf")).figureFormats());
  }

  @Test
  void packagesAndAutoloadDefaults() {
    PyodideExecutorOptions options = new PyodideExecutorOptions();
    assertTrue(options.autoloadImports());
    assertEquals(List.of(), options.packages());
    assertEquals(List.of("a", "b"), options.packages(List.of("a", "b")).packages());
  }

  @Test
  void packageFailuresReadOneLineEach() {
    JsonObject failures = new JsonObject().put("numpy", "HTTP 404").put("x", new JsonObject());
    assertEquals("Could not install numpy: HTTP 404\nCould not install x: unknown reason",
        PackageFailures.describe(failures));
    assertEquals("", PackageFailures.describe(null));
    assertEquals("", PackageFailures.describe(new JsonObject()));
  }

  @Test
  void timeoutIsNeverNegativeAndZeroDisablesIt() {
    assertEquals(10000, new PyodideExecutorOptions().timeoutMs());
    assertEquals(0, new PyodideExecutorOptions().timeoutMs(-5).timeoutMs());
  }
}
