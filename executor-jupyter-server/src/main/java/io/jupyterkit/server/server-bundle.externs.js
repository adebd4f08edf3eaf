/**
 * @fileoverview Names the server bundle's module wrapper declares around the compiled code.
 * @externs
 */

/** @type {function(*):*} */
var createJupyterServerExecutor;
