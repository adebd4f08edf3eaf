package io.jupyterkit.kernel;

import io.jupyterkit.protocol.JupyterMessage;

/** Receives the messages one request produces. */
public interface MessageHandler {
  void onMessage(JupyterMessage message);
}
