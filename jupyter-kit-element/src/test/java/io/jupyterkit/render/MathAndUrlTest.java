package io.jupyterkit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MathAndUrlTest {
  @Test
  void remoteUrlsAreAnythingFetchedFromAnotherOrigin() {
    String origin = "http://127.0.0.1:8000";
    assertTrue(RemoteUrls.isRemote("https://evil.test/x.png", origin));
    assertTrue(RemoteUrls.isRemote("//evil.test/x.png", origin));
    assertTrue(RemoteUrls.isRemote(" HTTP://evil.test", origin));
    assertTrue(RemoteUrls.isRemote("ht\ttp://evil.test", origin));
    assertTrue(RemoteUrls.isRemote("ftp://evil.test/x", origin));
    assertFalse(RemoteUrls.isRemote("http://127.0.0.1:8000/img.png", origin));
    assertTrue(RemoteUrls.isRemote("http://127.0.0.1:8000.evil.test/img.png", origin));
    assertFalse(RemoteUrls.isRemote("data:image/png;base64,AAAA", origin));
    assertFalse(RemoteUrls.isRemote("images/a.png", origin));
    assertFalse(RemoteUrls.isRemote("/images/a:b.png", origin));
    assertFalse(RemoteUrls.isRemote("#section", origin));
  }

  @Test
  void cssThatFetchesRemotelyIsDetected() {
    String origin = "http://127.0.0.1:8000";
    assertTrue(RemoteUrls.cssIsRemote("div{background:url('https://evil.test/a.png')}", origin));
    assertTrue(RemoteUrls.cssIsRemote("@import 'x.css';", origin));
    assertTrue(RemoteUrls.cssIsRemote("a{background:URL(//evil.test)}", origin));
    assertTrue(RemoteUrls.cssIsRemote("a{background:url(\\68ttps://evil.test)}", origin));
    assertFalse(RemoteUrls.cssIsRemote(".dataframe td{text-align:right}", origin));
    assertFalse(RemoteUrls.cssIsRemote("a{background:url(data:image/png;base64,AA)}", origin));
  }
}
