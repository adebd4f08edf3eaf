/**
 * The comm and comm-provider shapes Jupyter front ends share (the "classic" comm ipywidgets' managers take), as
 * jsinterop declarations with externs, so that two separately compiled bundles and the widget manager agree on
 * every name.
 */
package io.jupyterkit.externs.jupyter;
