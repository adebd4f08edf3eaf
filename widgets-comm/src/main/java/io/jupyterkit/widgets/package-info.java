/**
 * The widgets bundle ({@code jupyter-kit-widgets.mjs}): the ipywidgets front end
 * ({@code @jupyter-widgets/html-manager}) driven through the executor's comms, loaded by the element only when a
 * notebook shows widgets. Widget state from the kernel and from saved notebooks is sanitised before the manager
 * sees it.
 */
package io.jupyterkit.widgets;
