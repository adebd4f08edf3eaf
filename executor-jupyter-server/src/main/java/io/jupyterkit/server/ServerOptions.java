package io.jupyterkit.server;

import io.jupyterkit.pyodide.StatusListener;

/** The options of {@code createJupyterServerExecutor}, with their defaults. */
public final class ServerOptions {
  /** What {@code protocol} may be: the v1 binary framing, the legacy JSON framing, or v1 falling back to legacy. */
  public static final String V1 = "v1";
  public static final String LEGACY = "legacy";
  public static final String AUTO = "auto";

  String baseUrl = "";
  String token;
  String kernelName;
  String path;
  String name;
  String language;
  String wsUrl;
  String protocol = AUTO;
  int requestTimeoutMs = 30000;
  int reconnectAttempts = 20;
  StatusListener onStatus;

  public ServerOptions baseUrl(String value) {
    baseUrl = value == null ? "" : value;
    return this;
  }

  public ServerOptions token(String value) {
    token = value;
    return this;
  }

  public ServerOptions kernelName(String value) {
    kernelName = value;
    return this;
  }

  public ServerOptions path(String value) {
    path = value;
    return this;
  }

  public ServerOptions name(String value) {
    name = value;
    return this;
  }

  public ServerOptions language(String value) {
    language = value;
    return this;
  }

  public ServerOptions wsUrl(String value) {
    wsUrl = value;
    return this;
  }

  /** {@link #V1}, {@link #LEGACY} or {@link #AUTO}; anything else is auto. */
  public ServerOptions protocol(String value) {
    protocol = V1.equals(value) || LEGACY.equals(value) ? value : AUTO;
    return this;
  }

  public ServerOptions requestTimeoutMs(int value) {
    requestTimeoutMs = value;
    return this;
  }

  public ServerOptions reconnectAttempts(int value) {
    reconnectAttempts = value;
    return this;
  }

  public ServerOptions onStatus(StatusListener value) {
    onStatus = value;
    return this;
  }
}
