package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A page whose jupyter-kit-server.mjs is missing: the cell and onStatus say so, and the page goes on. */
class ServerBundleMissingTest extends BrowserTestSupport {
  @BeforeAll
  static void hideTheServerBundle() {
    server.addHandler("/jupyter-kit/jupyter-kit-server.mjs", exchange -> {
      byte[] body = "not here".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(404, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
  }

  @Test
  void theCellSaysTheServerExecutorCouldNotBeLoaded() {
    driver.get(server.url("/test/server.html?baseUrl=" + JupyterServerExecutorTest.encode("http://127.0.0.1:9/")
        + "&token=x"));
    js("addNotebook('nb', ['print(1)']);");
    clickRun("nb", 0);
    String output = await(60, () -> outputText("nb", 0),
        text -> text != null && text.contains("could not be loaded"));
    assertTrue(output.contains("The Jupyter server executor could not be loaded from http://127.0.0.1:")
        && output.contains("jupyter-kit-server.mjs"), output);
    assertTrue(statuses().stream().anyMatch(s -> s.startsWith("error: The Jupyter server executor could not be")),
        statuses().toString());
    assertTrue(shadowText("nb").contains("print(1)"), "the notebook is still shown");
  }
}
