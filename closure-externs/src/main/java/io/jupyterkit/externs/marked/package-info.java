/** marked, the markdown parser (bundled into jupyter-kit.js as a private copy), as jsinterop natives and externs. */
package io.jupyterkit.externs.marked;
