/**
 * The page side of the Pyodide executor: options, boot candidates, and the client that drives the worker. The
 * worker speaks Jupyter messages, so the element consumes its answers as it would a remote kernel's.
 */
package io.jupyterkit.pyodide;
