/**
 * The extras bundle ({@code jupyter-kit-extras.mjs}): the parts of the element only some notebooks need, loaded on
 * demand the first time one does: the conversion of nbformat 1 to 3 notebooks, the scoping of SVG references, and
 * the numbering of equations with their drawing by KaTeX.
 */
package io.jupyterkit.extras;
