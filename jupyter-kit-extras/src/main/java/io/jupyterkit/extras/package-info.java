/**
 * The extras bundle ({@code jupyter-kit-extras.mjs}): the parts of the element only some notebooks need, loaded on
 * demand the first time one does: the conversion of nbformat 1 to 3 notebooks, the scoping of SVG references, the
 * numbering of equations with their drawing by KaTeX, and the placeholders of embedded pages (iframes).
 */
package io.jupyterkit.extras;
