package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server that offers only the legacy JSON framing (as servers before the v1 subprotocol do: it answers the
 * handshake without a subprotocol, which the browser refuses): the executor falls back to legacy by itself.
 */
class LegacyOnlyServerTest extends BrowserTestSupport {
  @Test
  void theExecutorFallsBackToTheLegacyFraming() throws IOException {
    try (JupyterServerProcess legacy = JupyterServerProcess.start(List.of("--ServerApp.kernel_ws_protocol="),
        server.url(""))) {
      JupyterServerExecutorTest.openOn(legacy.baseUrl(), legacy.token(), "", "print('framed', 'as JSON')");
      assertEquals("framed as JSON", JupyterServerExecutorTest.runToEnd(0).trim(), legacy.logs());
      // Held to v1, the same server cannot be used, and the cell says why.
      JupyterServerExecutorTest.openOn(legacy.baseUrl(), legacy.token(), "&protocol=v1", "print(1)");
      clickRun("nb", 0);
      String refused = JupyterServerExecutorTest.awaitOutput(0, "refused the kernel's WebSocket");
      assertTrue(refused.contains("The Jupyter server at " + legacy.baseUrl() + " answers"), refused);
    }
  }
}
