/**
 * The JavaScript API of the extras bundle ({@code jupyter-kit-extras.mjs}), as jsinterop declarations with
 * externs, so that the two separately compiled bundles agree on every name.
 */
package io.jupyterkit.externs.extras;
