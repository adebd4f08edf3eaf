package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verified assets with real Pyodide: the worker checks the kernel archive and every boot file of a recorded Pyodide
 * release against the package's integrity.json, whose digest the page's bundle carries. Each test serves copies of
 * the real files with one of them changed (a byte appended, which leaves it working), and the cell must name that
 * file and say it was refused; untouched copies served the same way run.
 */
class VerifiedAssetsTest extends BrowserTestSupport {
  private static final Path ROOT = Path.of(System.getProperty("jupyterkit.root", ".."));
  private static final Path PACKAGE = ROOT.resolve("npm/target/package");
  private static final Path PYODIDE = ROOT.resolve("demo/node_modules/pyodide");
  private static final String REFUSED = "so it was refused";

  @TempDir
  static Path copies;

  /**
   * Copies of {@code source}'s files (links, but for {@code changed}, whose copy gets {@code appended}) served under
   * {@code prefix}.
   */
  private static void serveCopy(String prefix, Path source, String changed, String appended) throws IOException {
    Path folder = Files.createDirectories(copies.resolve(prefix.replace("/", "")));
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = folder.resolve(file.getFileName().toString());
        if (file.getFileName().toString().equals(changed)) {
          Files.write(copy, concat(Files.readAllBytes(file), appended.getBytes(StandardCharsets.UTF_8)));
        } else if (!Files.exists(copy)) {
          Files.createSymbolicLink(copy, file.toAbsolutePath());
        }
      }
    }
    server.addFolder(prefix, folder);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  /** Runs {@code 1 + 1} with {@code options} and returns what the cell shows once it has an answer. */
  private static String firstOutput(String options) {
    openCells(options, "1 + 1");
    clickRun("nb", 0);
    return await(120, () -> outputText("nb", 0), t -> t != null && (t.contains("2") || t.contains("Error")));
  }

  private static void assertRefused(String output, String url, String what) {
    assertTrue(output.contains(url + " is not " + what) && output.contains(REFUSED), output);
    String status = statuses().stream().filter(s -> s.startsWith("error:")).findFirst().orElse("");
    assertTrue(status.contains(url + " is not " + what), status);
  }

  @Test
  void untouchedCopiesRun() throws IOException {
    serveCopy("/same-package/", PACKAGE, "", "");
    serveCopy("/same-pyodide/", PYODIDE, "", "");
    String output = firstOutput("{src: '/same-pyodide/pyodide.js', workerUrl: '/same-package/jupyter-kit-worker.js'}");
    assertTrue(output.contains("Out [1]:") && output.trim().endsWith("2"), output);
  }

  @Test
  void aChangedKernelArchiveIsRefused() throws IOException {
    serveCopy("/changed-kernel/", PACKAGE, "jupyterkit-kernel.zip", "x");
    String output = firstOutput("{src: '/pyodide/pyodide.js', workerUrl: '/changed-kernel/jupyter-kit-worker.js'}");
    assertRefused(output, server.url("/changed-kernel/jupyterkit-kernel.zip"),
        "the file this jupyter-kit build shipped");
  }

  @Test
  void aChangedWebAssemblyModuleIsRefusedBeforeItCompletes() throws IOException {
    serveCopy("/changed-wasm/", PYODIDE, "pyodide.asm.wasm", "x");
    String output = firstOutput("{src: '/changed-wasm/pyodide.js'}");
    assertRefused(output, server.url("/changed-wasm/pyodide.asm.wasm"),
        "the file of Pyodide 0.26.2 this jupyter-kit build recorded");
  }

  @Test
  void aChangedInterpreterScriptIsRefusedBeforeItIsImported() throws IOException {
    serveCopy("/changed-asm/", PYODIDE, "pyodide.asm.js", "\n;self.jupyterKitTampered = true;\n");
    String output = firstOutput("{src: '/changed-asm/pyodide.js'}");
    assertRefused(output, server.url("/changed-asm/pyodide.asm.js"),
        "the file of Pyodide 0.26.2 this jupyter-kit build recorded");
  }

  @Test
  void aChangedLoaderIsRefusedUnlessThePageNamesAReleaseNotRecorded() throws IOException {
    serveCopy("/changed-loader/", PYODIDE, "pyodide.js", "\n;self.jupyterKitTampered = true;\n");
    String output = firstOutput("{src: '/changed-loader/pyodide.js'}");
    assertTrue(output.contains(server.url("/changed-loader/pyodide.js") + " is not the loader of a Pyodide release"
        + " this jupyter-kit build recorded (0.26.2, 314.0.7)") && output.contains(REFUSED), output);
    // Naming the version it recorded does not let it through...
    output = firstOutput("{src: '/changed-loader/pyodide.js', version: '0.26.2'}");
    assertTrue(output.contains("is not the loader of a Pyodide release") && output.contains(REFUSED), output);
    // ...naming one it did not is the page's own choice: the files load unverified.
    output = firstOutput("{src: '/changed-loader/pyodide.js', version: '0.26.1'}");
    assertTrue(output.contains("Out [1]:") && output.trim().endsWith("2"), output);
  }

  @Test
  void aChangedRecordIsRefusedAndNothingStarts() throws IOException {
    serveCopy("/changed-record/", PACKAGE, "integrity.json", " ");
    String output = firstOutput("{src: '/pyodide/pyodide.js', workerUrl: '/changed-record/jupyter-kit-worker.js'}");
    String record = server.url("/changed-record/integrity.json");
    assertTrue(output.contains(record + " is not the record this page's jupyter-kit.js was built with"), output);
    assertTrue(statuses().stream().noneMatch(s -> s.startsWith("ready")), statuses().toString());
  }
}
