package io.jupyterkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HttpFailuresTest {
  private static final String BASE = "http://127.0.0.1:8888/";

  @Test
  void refusedCredentialsPointAtTheToken() {
    String unauthorized = HttpFailures.status(BASE, "its kernels", 401, "Unauthorized");
    assertTrue(unauthorized.startsWith("The Jupyter server at " + BASE + " did not accept"), unauthorized);
    assertTrue(unauthorized.contains("HTTP 401 Unauthorized") && unauthorized.contains("token option"), unauthorized);
    String forbidden = HttpFailures.status(BASE, "its kernels", 403, "Forbidden");
    assertTrue(forbidden.contains("HTTP 403 Forbidden") && forbidden.contains("token option")
        && forbidden.contains("_xsrf"), forbidden);
  }

  @Test
  void aMissingResourcePointsAtTheBaseUrlAndJupyterHub() {
    String missing = HttpFailures.status(BASE, "its kernels (api/kernelspecs)", 404, "Not Found");
    assertEquals("The Jupyter server at " + BASE + " answered HTTP 404 Not Found when asked for its kernels"
        + " (api/kernelspecs): check baseUrl (the server's address; for JupyterHub it ends in /user/NAME/).", missing);
  }

  @Test
  void otherStatusesAreNamed() {
    assertEquals("The Jupyter server at " + BASE + " answered HTTP 500 Internal Server Error when asked for a new"
        + " session.", HttpFailures.status(BASE, "a new session", 500, "Internal Server Error"));
  }

  @Test
  void anUnreachableServerNamesTheOriginToAllow() {
    String words = HttpFailures.unreachable(BASE, "http://page.example");
    assertTrue(words.contains("could not be reached") && words.contains("--ServerApp.allow_origin=http://page.example"),
        words);
  }

  @Test
  void timeoutsSayHowLong() {
    assertTrue(HttpFailures.timedOut(BASE, "a restart", 30000).contains("within 30 s"));
    assertTrue(HttpFailures.timedOut(BASE, "a restart", 1500).contains("within 1.5 s"));
  }

  @Test
  void anUnknownKernelNameListsTheServersKernels() {
    assertEquals("The Jupyter server at " + BASE + " has no kernel named julia (it has: python3, ir): check the"
        + " kernelName option.", HttpFailures.noSuchKernel(BASE, "julia", "python3, ir"));
  }
}
