/** DOMPurify (loaded on demand from vendor/dompurify/purify.mjs), as jsinterop natives, with its Closure externs. */
package io.jupyterkit.externs.dompurify;
