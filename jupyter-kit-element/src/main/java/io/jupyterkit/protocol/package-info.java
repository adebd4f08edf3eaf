/**
 * The Jupyter messaging protocol, as far as a notebook front end needs it: messages, and the output area that
 * applies iopub messages to a cell. Any executor that speaks these messages (the Pyodide worker, a remote Jupyter
 * server) drives the same consumer.
 */
package io.jupyterkit.protocol;
