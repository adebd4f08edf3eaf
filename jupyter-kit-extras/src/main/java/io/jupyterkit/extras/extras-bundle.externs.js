/**
 * @fileoverview Names the extras bundle's module wrapper declares around the compiled code.
 * @externs
 */

/** @type {function(string):!JupyterKitNotebookUpgrade} */
var upgradeNotebook;

/** @type {function(!DocumentFragment)} */
var scopeSvgs;

/** @type {function(!KatexApi, ?ShadowRoot, !Element)} */
var typesetMath;

/** @type {function(!ShadowRoot)} */
var renumberMath;

/** @type {function(!Element, boolean, function(!ShadowRoot)): function()} */
var embedFrame;
