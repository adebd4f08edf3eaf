package io.jupyterkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonValue;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private static final JsonValue SESSIONS = JsonParser.parse("[" 
      + "{\"id\": \"s1\", \"path\": \"other.ipynb\", \"kernel\": {\"id\": \"k1\", \"name\": \"python3\"}},"
      + "{\"id\": \"s2\", \"path\": \"dir/analysis.ipynb\", \"kernel\": {\"id\": \"k2\", \"name\": \"python3\"}},"
      + "{\"id\": \"s3\", \"path\": \"no-kernel.ipynb\", \"kernel\": null}]");
  private static final JsonValue SPECS = JsonParser.parse("{\"default\": \"python3\", \"kernelspecs\": {"
      + "\"python3\": {\"name\": \"python3\", \"spec\": {\"language\": \"python\", \"display_name\": \"Python 3\"}},"
      + "\"ir\": {\"name\": \"ir\", \"spec\": {\"language\": \"R\"}}}}");

  @Test
  void reusesTheSessionWithTheNotebooksPath() {
    JsonObject session = Sessions.withPath(SESSIONS, "dir/analysis.ipynb");
    assertEquals("s2", session.getString("id", null));
    assertEquals("k2", Sessions.kernelId(session));
    assertNull(Sessions.withPath(SESSIONS, "analysis.ipynb"));
    assertNull(Sessions.withPath(SESSIONS, "no-kernel.ipynb"), "a session without a kernel is no use");
    assertNull(Sessions.withPath(JsonParser.parse("{\"message\": \"not a list\"}"), "other.ipynb"));
    assertNull(Sessions.withPath(SESSIONS, null));
  }

  @Test
  void aNewSessionIsANotebookOnTheChosenKernel() {
    JsonObject body = Sessions.newSession("dir/analysis.ipynb", null, "ir");
    assertEquals("{\"path\":\"dir/analysis.ipynb\",\"name\":\"analysis.ipynb\",\"type\":\"notebook\","
        + "\"kernel\":{\"name\":\"ir\"}}", io.jupyterkit.json.JsonWriter.write(body));
    assertEquals("Mine", Sessions.newSession("a.ipynb", "Mine", "python3").getString("name", null));
  }

  @Test
  void theKernelIsTheOneAskedForOrTheServersDefault() {
    assertEquals("python3", Sessions.kernelName(SPECS, null));
    assertEquals("ir", Sessions.kernelName(SPECS, "ir"));
    assertNull(Sessions.kernelName(SPECS, "julia-1.9"));
    assertEquals("python3, ir", Sessions.kernelNames(SPECS));
    assertEquals("python", Sessions.language(SPECS, "python3"));
    assertEquals("R", Sessions.language(SPECS, "ir"));
    assertNull(Sessions.language(SPECS, "julia"));
    assertEquals("ir", Sessions.kernelName(JsonParser.parse("{\"kernelspecs\": {\"ir\": {}}}"), null),
        "without a default, the first");
  }
}
