/** marked, the markdown parser (loaded on demand from vendor/marked/marked.mjs), as jsinterop natives and externs. */
package io.jupyterkit.externs.marked;
