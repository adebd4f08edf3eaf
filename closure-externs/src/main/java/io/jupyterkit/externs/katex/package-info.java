/** KaTeX, loaded on demand as an ES module when a notebook has math, as jsinterop natives and externs. */
package io.jupyterkit.externs.katex;
