package io.jupyterkit.server;

/**
 * What went wrong talking to the Jupyter server, in words for the person reading the notebook: a refused token, a
 * wrong address, a server that cannot be reached or does not let this page in (CORS). Plain Java.
 */
public final class HttpFailures {
  private HttpFailures() {}

  /**
   * The server at {@code base} answered {@code status} ({@code statusText}) when asked {@code what} (e.g. "the
   * list of kernels").
   */
  public static String status(String base, String what, int status, String statusText) {
    String http = "HTTP " + status + (statusText == null || statusText.isEmpty() ? "" : " " + statusText);
    switch (status) {
      case 401:
        return "The Jupyter server at " + base + " did not accept this page's credentials (" + http
            + "): check the token option, or log in to the server in this browser.";
      case 403:
        return "The Jupyter server at " + base + " refused access (" + http + "): check the token option; without"
            + " a token the page must come from the same server and carry its _xsrf cookie.";
      case 404:
        return "The Jupyter server at " + base + " answered " + http + " when asked for " + what + ": check"
            + " baseUrl (the server's address; for JupyterHub it ends in /user/NAME/).";
      default:
        return "The Jupyter server at " + base + " answered " + http + " when asked for " + what + ".";
    }
  }

  /**
   * A request to {@code base} failed without an answer the page may read: the server is not running there, or it
   * does not allow {@code pageOrigin} (the browser hides which).
   */
  public static String unreachable(String base, String pageOrigin) {
    return "The Jupyter server at " + base + " could not be reached: it is not running there, or it does not allow"
        + " this page's origin " + pageOrigin + " (start it with --ServerApp.allow_origin=" + pageOrigin
        + " for cross-origin pages).";
  }

  /** The server took longer than {@code timeoutMs} to answer {@code what}. */
  public static String timedOut(String base, String what, int timeoutMs) {
    return "The Jupyter server at " + base + " did not answer within " + seconds(timeoutMs) + " when asked for "
        + what + ".";
  }

  /** The server answered {@code what} with something that is not the JSON it should be. */
  public static String unreadable(String base, String what) {
    return "The Jupyter server at " + base + " answered " + what + " with something that is not Jupyter's JSON:"
        + " is baseUrl the address of a Jupyter server?";
  }

  /** The kernel named {@code kernelName} is not one of the server's ({@code available}, comma-separated). */
  public static String noSuchKernel(String base, String kernelName, String available) {
    return "The Jupyter server at " + base + " has no kernel named " + kernelName + " (it has: " + available
        + "): check the kernelName option.";
  }

  /** The WebSocket to the kernel could not be opened although the server answers its REST API. */
  public static String socketRefused(String base) {
    return "The Jupyter server at " + base + " answers but refused the kernel's WebSocket: a proxy in between may"
        + " not pass WebSockets (set wsUrl if they are served elsewhere).";
  }

  static String seconds(int ms) {
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
  }
}
