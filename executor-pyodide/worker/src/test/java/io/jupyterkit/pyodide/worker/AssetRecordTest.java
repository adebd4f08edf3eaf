package io.jupyterkit.pyodide.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetRecordTest {
  private static final String INDEX = "https://h/pyodide/";
  private static final String KERNEL = "https://h/jk/jupyterkit-kernel.zip";

  private static final AssetRecord RECORD = new AssetRecord(new JsonObject()
      .put("files", new JsonObject().put("jupyterkit-kernel.zip", "sha384-kernel"))
      .put("pyodide", new JsonObject()
          .put("0.26.2", new JsonObject().put("pyodide.js", "sha384-loader26").put("pyodide.mjs", "sha384-module26")
              .put("pyodide.asm.wasm", "sha384-wasm26").put("pyodide-lock.json", "sha384-lock26"))
          .put("314.0.7", new JsonObject().put("pyodide.mjs", "sha384-module314"))));

  @Test
  void aReleaseIsKnownByEitherOfItsLoaders() {
    assertEquals("0.26.2", RECORD.releaseOf("sha384-loader26"));
    assertEquals("0.26.2", RECORD.releaseOf("sha384-module26"));
    assertEquals("314.0.7", RECORD.releaseOf("sha384-module314"));
    assertNull(RECORD.releaseOf("sha384-wasm26"), "a release's other files are not loaders");
    assertNull(RECORD.releaseOf("sha384-other"));
    assertEquals("0.26.2, 314.0.7", RECORD.releases());
  }

  @Test
  void theFilesOfTheReleaseAndTheKernelAreExpectedAtTheirUrls() {
    Map<String, String> expected = RECORD.expectations("0.26.2", INDEX, KERNEL, true);
    assertEquals("sha384-kernel", expected.get(KERNEL));
    assertEquals("sha384-wasm26", expected.get(INDEX + "pyodide.asm.wasm"));
    assertEquals("sha384-lock26", expected.get(INDEX + "pyodide-lock.json"));
    assertFalse(RECORD.expectations("0.26.2", INDEX, KERNEL, false).containsKey(INDEX + "pyodide-lock.json"),
        "a lock file the page names is the page's");
    assertEquals(Map.of(KERNEL, "sha384-kernel"), RECORD.expectations(null, INDEX, KERNEL, true),
        "the kernel is checked even when the release is not recorded");
  }

  @Test
  void onlyAPageNamingAReleaseNotRecordedLetsAnUnknownLoaderRun() {
    assertFalse(RECORD.mayRunUnrecorded(null));
    assertFalse(RECORD.mayRunUnrecorded(""));
    assertFalse(RECORD.mayRunUnrecorded("0.26.2"), "who changed the loader cannot make it a recorded release");
    assertTrue(RECORD.mayRunUnrecorded("0.27.0"));
  }

  @Test
  void refusalsNameTheFileAndWhy() {
    assertEquals(INDEX + "pyodide.asm.wasm is not the file of Pyodide 0.26.2 this jupyter-kit build recorded (its"
        + " SHA-384 differs from integrity.json), so it was refused: it may have been changed on the server or on"
        + " its way", AssetRecord.changed(INDEX + "pyodide.asm.wasm", "0.26.2"));
    assertTrue(AssetRecord.changed(KERNEL, null).startsWith(KERNEL + " is not the file this jupyter-kit build shipped"));
    assertTrue(RECORD.unknownLoader(INDEX + "pyodide.js").startsWith(INDEX + "pyodide.js is not the loader of a"
        + " Pyodide release this jupyter-kit build recorded (0.26.2, 314.0.7), so it was refused"));
  }
}
