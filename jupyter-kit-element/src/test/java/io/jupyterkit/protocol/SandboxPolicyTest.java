package io.jupyterkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxPolicyTest {
  private static final String PAGE = "https://site.example";

  @Test
  void onlyTheFoldersOfTheInterpretersFilesByDefault() {
    assertEquals("connect-src https://cdn.example/pyodide/v1/ https://site.example/assets/;"
        + " script-src https://cdn.example/pyodide/v1/ https://site.example/assets/ 'wasm-unsafe-eval' blob: data:",
        SandboxPolicy.contentSecurityPolicy(List.of("https://cdn.example/pyodide/v1/pyodide.js",
            "https://cdn.example/pyodide/v1/", "https://site.example/assets/jupyter-kit-worker.js?v=2",
            "https://site.example/assets/jupyterkit-kernel.zip#x"), List.of(), PAGE));
  }

  @Test
  void sameOriginAndNamedOriginsAreAddedWithoutPaths() {
    String policy = SandboxPolicy.contentSecurityPolicy(List.of("https://site.example/assets/w.js"),
        List.of(SandboxPolicy.SAME_ORIGIN, "https://API.example:8443/", "wss://live.example"), PAGE);
    assertTrue(policy.startsWith("connect-src https://site.example/assets/ https://site.example"
        + " https://api.example:8443 wss://live.example;"), policy);
  }

  @Test
  void nothingAtAllIsNone() {
    assertEquals("connect-src 'none'; script-src 'wasm-unsafe-eval' blob: data:",
        SandboxPolicy.contentSecurityPolicy(List.of("blob:https://site.example/1", "data:,x"), List.of(), PAGE));
  }

  @Test
  void entriesThatAreNotOriginsAreRefused() {
    assertTrue(SandboxPolicy.validEntry("same-origin"));
    assertTrue(SandboxPolicy.validEntry("http://127.0.0.1:8000"));
    assertTrue(SandboxPolicy.validEntry("https://[::1]:8443"));
    assertFalse(SandboxPolicy.validEntry("https://site.example/path"));
    assertFalse(SandboxPolicy.validEntry("*"));
    assertFalse(SandboxPolicy.validEntry("https://a.example; script-src *"));
    assertFalse(SandboxPolicy.validEntry("'unsafe-eval'"));
    assertFalse(SandboxPolicy.validEntry("javascript:alert(1)"));
    assertEquals(List.of("same-origin"), SandboxPolicy.validEntries(List.of("same-origin", "none", "*")));
  }

  @Test
  void aFolderThatWouldEndTheDirectiveIsLeftOut() {
    assertNull(SandboxPolicy.folderOf("https://site.example/a;b/w.js"));
    assertNull(SandboxPolicy.folderOf("https://site.example"));
    assertEquals("https://site.example/", SandboxPolicy.folderOf("https://site.example/w.js"));
  }
}
