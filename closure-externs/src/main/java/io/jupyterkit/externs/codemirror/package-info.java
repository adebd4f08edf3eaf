/**
 * The code editor module ({@code vendor/codemirror/codemirror.mjs}: CodeMirror 6 behind jupyter-kit's own small API,
 * written in {@code npm/src/codemirror/editor.mjs}), loaded on demand, as jsinterop natives and externs.
 */
package io.jupyterkit.externs.codemirror;
