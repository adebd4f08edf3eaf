/**
 * The Jupyter server executor ({@code jupyter-kit-server.mjs}): runs a notebook's cells on a kernel of a Jupyter
 * server or JupyterHub, over the server's REST API and its kernel channels WebSocket. The framing, URLs, failure
 * words, reconnect schedule and session choice are plain Java tested on the JVM; the WebSocket and fetch glue is
 * thin, over elemental2.
 */
package io.jupyterkit.server;
