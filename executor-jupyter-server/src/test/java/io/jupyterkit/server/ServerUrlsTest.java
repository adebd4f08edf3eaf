package io.jupyterkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerUrlsTest {
  @Test
  void restAndChannelsSitUnderTheBaseUrlWithItsPrefix() {
    ServerUrls urls = new ServerUrls("https://hub.example/user/ada", null);
    assertEquals("https://hub.example/user/ada/", urls.base());
    assertEquals("https://hub.example/user/ada/api/sessions", urls.api("sessions"));
    assertEquals("https://hub.example/user/ada/api/kernels/k-1/interrupt", urls.kernel("k-1", "interrupt"));
    assertEquals("https://hub.example/user/ada/api/kernels/k-1", urls.kernel("k-1", null));
    assertEquals("wss://hub.example/user/ada/api/kernels/k-1/channels?session_id=s-2",
        urls.channels("k-1", "s-2", null));
  }

  @Test
  void theTokenGoesInTheWebSocketQueryEncoded() {
    ServerUrls urls = new ServerUrls("http://127.0.0.1:8888/", null);
    assertEquals("ws://127.0.0.1:8888/api/kernels/k/channels?session_id=s&token=a%2Bb%26c%3D%C3%A9",
        urls.channels("k", "s", "a+b&c=é"));
    assertEquals("ws://127.0.0.1:8888/api/kernels/k/channels?session_id=s", urls.channels("k", "s", ""));
  }

  @Test
  void webSocketsMayBeServedElsewhere() {
    ServerUrls urls = new ServerUrls("http://127.0.0.1:8888/", "wss://sockets.example/jupyter");
    assertEquals("wss://sockets.example/jupyter/api/kernels/k/channels?session_id=s", urls.channels("k", "s", null));
    assertEquals("http://127.0.0.1:8888/api/kernelspecs", urls.api("kernelspecs"));
  }

  @Test
  void encodesEveryCharacterOutsideTheUnreservedSetAsUtf8() {
    assertEquals("AZaz09-._~", ServerUrls.encode("AZaz09-._~"));
    assertEquals("%20%2F%3F%23", ServerUrls.encode(" /?#"));
    assertEquals("%E2%82%AC%F0%9F%98%80", ServerUrls.encode("€😀"));
  }
}
