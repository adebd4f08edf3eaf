package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a person reads when something goes wrong, with real Pyodide: a traceback of endless recursion stays short,
 * and a download the worker needs that fails is named with its URL and HTTP status, in words with no compiled
 * Java class name in them.
 */
class KernelMessagesTest extends BrowserTestSupport {
  /** Serves the worker script and the package's record from here, and nothing else: the kernel files answer 404. */
  private static final String NO_KERNEL = "/test/no-kernel/";

  private static void assertNoCompiledNames(String text) {
    for (String leak : List.of("$", "Class", "obf", "Exception:")) {
      assertFalse(text.contains(leak), "no compiled class name (" + leak + ") in: " + text);
    }
  }

  @Test
  void endlessRecursionShowsAFewFramesAndOneLineForTheRest() {
    openCells("{src: '/pyodide/pyodide.js'}", "def f():\n    f()\nf()", "1 + 1");
    String output = runAndWait("nb", 0, 90);
    assertTrue(output.contains("RecursionError"), output);
    assertTrue(output.matches("(?s).*\\[\\.\\.\\. skipping similar frames: f at line 2 \\(\\d+ times\\)\\].*"),
        output);
    assertTrue(output.length() < 5000, output.length() + " characters shown");
    Number saved = (Number) js("return JSON.stringify(document.getElementById('nb').toJSON().cells[0].outputs)"
        + ".length;");
    assertTrue(saved.intValue() < 20000, saved + " characters of saved outputs");
    assertTrue(runAndWait("nb", 1, 30).contains("2"), "the interpreter still runs cells");
  }

  @Test
  void aMissingKernelArchiveIsNamedWithItsUrlAndStatus() throws IOException {
    Path files = Path.of(System.getProperty("jupyterkit.root", "..")).resolve("npm/target/package");
    byte[] script = Files.readAllBytes(files.resolve("jupyter-kit-worker.js"));
    byte[] record = Files.readAllBytes(files.resolve("integrity.json"));
    server.addHandler(NO_KERNEL, exchange -> {
      String path = exchange.getRequestURI().getPath();
      if (path.equals(NO_KERNEL + "jupyter-kit-worker.js")) {
        send(exchange, 200, "text/javascript", script);
      } else if (path.equals(NO_KERNEL + "integrity.json")) {
        send(exchange, 200, "application/json", record);
      } else {
        send(exchange, 404, "text/plain", "not here".getBytes());
      }
    });
    openCells("{src: '/pyodide/pyodide.js', workerUrl: '" + NO_KERNEL + "jupyter-kit-worker.js'}", "1 + 1");
    clickRun("nb", 0);
    String output = await(90, () -> outputText("nb", 0), t -> t != null && t.contains("PyodideLoadError"));
    String kernelUrl = server.url(NO_KERNEL + "jupyterkit-kernel.zip");
    assertTrue(output.contains("Could not download the kernel files from " + kernelUrl + " (HTTP 404 Not Found)"),
        output);
    assertNoCompiledNames(output.replace("PyodideLoadError", ""));
    String status = statuses().stream().filter(s -> s.startsWith("error:")).findFirst().orElseThrow();
    assertTrue(status.contains(kernelUrl + " (HTTP 404 Not Found)"), status);
    assertNoCompiledNames(status);
  }

  @Test
  void aScriptThatIsNotThereSaysItsStatus() {
    openCells("{src: ['/missing-b/pyodide.js', '/missing-b/pyodide.mjs'], timeoutMs: 20000}", "1 + 1");
    clickRun("nb", 0);
    String output = await(60, () -> outputText("nb", 0), t -> t != null && t.contains("PyodideLoadError"));
    assertTrue(output.contains("/missing-b/pyodide.js: could not load the script (HTTP 404 Not Found)"), output);
    assertTrue(output.contains("/missing-b/pyodide.mjs: could not load the module (HTTP 404 Not Found)"), output);
    assertNoCompiledNames(output.replace("PyodideLoadError", ""));
  }

  @Test
  void aPackageThatCannotBeDownloadedNamesItsUrlOnItsOwnLine() {
    openCells("{src: '/pyodide/pyodide.js', lockFileURL: '/test-packages/lock-pyodide.json', autoloadImports: true}",
        "import numpy");
    String output = runAndWait("nb", 0, 90);
    List<String> lines = output.lines().filter(l -> l.startsWith("Could not install")).toList();
    assertEquals(1, lines.size(), output);
    String line = lines.get(0);
    assertTrue(line.matches("Could not install numpy: could not download "
        + java.util.regex.Pattern.quote(server.url("/pyodide/")) + "numpy-[^ ]+\\.whl \\(HTTP 404 Not Found\\)"), line);
    assertNoCompiledNames(line);
    assertTrue(output.contains("ModuleNotFoundError"), "the cell still ran: " + output);
    assertTrue(statuses().contains("error: " + line), statuses().toString());
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    // As the demo server answers: the page is cross-origin isolated, and so must its worker be.
    exchange.getResponseHeaders().set("Cross-Origin-Opener-Policy", "same-origin");
    exchange.getResponseHeaders().set("Cross-Origin-Embedder-Policy", "require-corp");
    exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
