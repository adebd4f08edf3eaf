/** DOMPurify (bundled into jupyter-kit.js as a private copy), as jsinterop natives, with its Closure externs. */
package io.jupyterkit.externs.dompurify;
