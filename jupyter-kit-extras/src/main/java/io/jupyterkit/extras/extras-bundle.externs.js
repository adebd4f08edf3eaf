/**
 * @fileoverview Names the extras bundle's module wrapper declares around the compiled code.
 * @externs
 */

/** @type {function(string):!JupyterKitNotebookUpgrade} */
var upgradeNotebook;

/** @type {function(!DocumentFragment)} */
var scopeSvgs;
