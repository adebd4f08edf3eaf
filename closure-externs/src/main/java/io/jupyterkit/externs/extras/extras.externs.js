/**
 * @fileoverview What the extras bundle (jupyter-kit-extras.mjs) exports, shared by the main bundle (which calls it)
 * and the extras bundle (which answers).
 * @externs
 */

/** @record */
function JupyterKitNotebookUpgrade() {}
/** @type {string|undefined} */
JupyterKitNotebookUpgrade.prototype.notebook;
/** @type {string|undefined} */
JupyterKitNotebookUpgrade.prototype.problem;

/**
 * The module namespace of jupyter-kit-extras.mjs.
 * @record
 */
function JupyterKitExtrasModule() {}
/** @type {function(string):!JupyterKitNotebookUpgrade} */
JupyterKitExtrasModule.prototype.upgradeNotebook;
/** @type {function(!DocumentFragment)} */
JupyterKitExtrasModule.prototype.scopeSvgs;
/** @type {function(!KatexApi, ?ShadowRoot, !Element)} */
JupyterKitExtrasModule.prototype.typesetMath;
/** @type {function(!ShadowRoot)} */
JupyterKitExtrasModule.prototype.renumberMath;
/** @type {function(!Element, boolean, function(!ShadowRoot)): function()} */
JupyterKitExtrasModule.prototype.embedFrame;
