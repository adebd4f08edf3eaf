/**
 * Declarations of Pyodide's JavaScript API (0.26 to 314), as jsinterop natives. {@code pyodide.externs.js} beside
 * them tells Closure the same names, so ADVANCED compilation keeps them.
 */
package io.jupyterkit.externs.pyodide;
