package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The element on a user's server behind Debian's JupyterHub 3.0: baseUrl carries the /user/NAME/ prefix. */
class JupyterHubExecutorTest extends BrowserTestSupport {
  @Test
  void runsCellsOnTheUsersServerUnderItsPrefix() throws IOException {
    try (JupyterHubProcess hub = JupyterHubProcess.start(server.url(""))) {
      JupyterServerExecutorTest.openOn(hub.baseUrl(), hub.token(), "", "import os\nprint('on the hub', 6 * 7)");
      assertEquals("on the hub 42", JupyterServerExecutorTest.runToEnd(0).trim(), hub.logs());
      assertTrue(statuses().stream().anyMatch(s -> s.equals("loading: " + hub.baseUrl())), statuses().toString());
    }
  }
}
