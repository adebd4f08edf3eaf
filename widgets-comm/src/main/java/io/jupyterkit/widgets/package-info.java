/**
 * The bridge that lets the ipywidgets front end drive ipywidgets running in the Pyodide worker over Jupyter comm
 * messages. Empty until the widgets work lands; the module exists so the reactor has its final shape.
 */
package io.jupyterkit.widgets;
