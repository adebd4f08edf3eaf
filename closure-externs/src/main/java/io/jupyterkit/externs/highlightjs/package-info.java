/** highlight.js core and its Python grammar, loaded on demand as ES modules, as jsinterop natives and externs. */
package io.jupyterkit.externs.highlightjs;
