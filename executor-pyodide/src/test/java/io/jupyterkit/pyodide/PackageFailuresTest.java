package io.jupyterkit.pyodide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jupyterkit.json.JsonObject;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class PackageFailuresTest {
  @Test
  void eachPackageIsOneLineNamingItAndItsReason() {
    JsonObject failures = new JsonObject()
        .put("numpy", "could not download http://h/numpy-1.26.4.whl (HTTP 404 Not Found)")
        .put("missing-lib", "micropip: Can't find a pure Python 3 wheel for: 'missing-lib'\nSee: a link\n")
        .put("odd", new JsonObject());
    assertEquals("Could not install numpy: could not download http://h/numpy-1.26.4.whl (HTTP 404 Not Found)\n"
            + "Could not install missing-lib: micropip: Can't find a pure Python 3 wheel for: 'missing-lib'\n"
            + "Could not install odd: unknown reason",
        PackageFailures.describe(failures));
    assertEquals("", PackageFailures.describe(null));
  }

  @Test
  void aLongReasonIsCut() {
    String line = PackageFailures.oneLine(String.join(" ", Collections.nCopies(200, "word")));
    assertEquals(PackageFailures.MAX_REASON, line.length());
    assertTrue(line.endsWith("\u2026"));
  }
}
