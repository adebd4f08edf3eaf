/**
 * {@code @jupyter-widgets/html-manager} (the ipywidgets front end that needs no JupyterLab), loaded as AMD modules
 * with require.js, as jsinterop declarations with externs.
 */
package io.jupyterkit.externs.jupyterwidgets;
