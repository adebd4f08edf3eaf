/**
 * @fileoverview The dynamic-import helper the bundle wrapper defines around the compiled code.
 * @externs
 */

/**
 * @param {string} url
 * @return {!Promise<*>}
 */
function jupyterKitImport(url) {}
