package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page the Jupyter server itself serves (as an extension's page would be), with no token in the executor's
 * options: the server's login cookie authenticates, and the {@code _xsrf} cookie is echoed in {@code X-XSRFToken},
 * without which the server refuses the POST that creates the session.
 */
class SameOriginServerTest extends BrowserTestSupport {
  @Test
  void cookiesAndTheXsrfTokenAuthenticateWithoutAToken() throws IOException {
    // The server's own static files (no sandbox, unlike /files/): the package and a page using it.
    Path statics = Files.createTempDirectory("jupyter-static-");
    copy(Path.of(System.getProperty("jupyterkit.root", "..")).resolve("npm/target/package"), statics.resolve("kit"));
    try (JupyterServerProcess jupyter = JupyterServerProcess.start(
        java.util.List.of("--ServerApp.extra_static_paths=['" + statics + "']"), server.url(""))) {
      Files.writeString(statics.resolve("same-origin.html"), """
          <!doctype html>
          <html lang="en"><head><meta charset="utf-8"><title>same origin</title>
          <script src="kit/jupyter-kit.js"></script></head>
          <body><script>
            // What the server's own pages carry: its _xsrf cookie (Tornado's token, hex).
            document.cookie = '_xsrf=0123456789abcdef; path=/';
            const el = Object.assign(document.createElement('jupyter-notebook'), {trusted: true});
            el.id = 'nb';
            el.ipynb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: 'code', metadata: {},
              outputs: [], execution_count: null, source: "print('by cookie')" }] };
            el.executor = jupyterkit.createJupyterServerExecutor({ baseUrl: '/', path: 'same-origin.ipynb' });
            document.body.appendChild(el);
          </script></body></html>
          """);
      // The token in a URL logs this browser in (a cookie); the executor is given none.
      driver.get(jupyter.baseUrl() + "api/status?token=" + jupyter.token());
      driver.get(jupyter.baseUrl() + "static/same-origin.html");
      assertEquals("by cookie", JupyterServerExecutorTest.runToEnd(0).trim(), jupyter.logs());
    } finally {
      try (Stream<Path> files = Files.walk(statics)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      files.forEach(file -> {
        try {
          Path target = to.resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(target);
          } else {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
