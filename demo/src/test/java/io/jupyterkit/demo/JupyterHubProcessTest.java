package io.jupyterkit.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The JupyterHub fixture: a user's jupyter-server behind Debian's JupyterHub 3.0, under /user/NAME/. */
class JupyterHubProcessTest {
  @Test
  void runsCellsOnTheUsersServerThroughTheHubsProxy() throws IOException {
    try (JupyterHubProcess hub = JupyterHubProcess.start()) {
      assertTrue(hub.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/user/" + hub.userName() + "/"), hub.baseUrl());
      String kernel = hub.kernelOfNewSession("hub.ipynb");
      try (KernelChannels channels = KernelChannels.open(hub.baseUrl(), hub.token(), kernel,
          KernelChannels.newSession(), true)) {
        assertEquals("2", channels.run("1+1"), hub.logs());
        assertTrue(channels.run("import ipywidgets; print(ipywidgets.__version__)").startsWith("8."));
      }
    }
  }
}
