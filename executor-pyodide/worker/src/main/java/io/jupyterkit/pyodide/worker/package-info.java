/**
 * The worker half of the Pyodide executor. It loads Pyodide, unpacks the Python kernel and relays Jupyter messages
 * between the page and the kernel; the Python side does the Jupyter semantics.
 */
package io.jupyterkit.pyodide.worker;
