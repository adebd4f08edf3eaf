/**
 * @fileoverview Externs for KaTeX 0.19 as jupyter-kit uses it (the default export of its ES module).
 * @externs
 */

/** @record */
function KatexApi() {}
/** @type {string} */
KatexApi.prototype.version;
/**
 * @param {string} tex
 * @param {!Element} element
 * @param {!Object=} options
 */
KatexApi.prototype.render = function(tex, element, options) {};
/**
 * @param {string} tex
 * @param {!Object=} options
 * @return {string}
 */
KatexApi.prototype.renderToString = function(tex, options) {};

/** @record */
function KatexOptions() {}
/** @type {boolean|undefined} */
KatexOptions.prototype.displayMode;
/** @type {boolean|undefined} */
KatexOptions.prototype.throwOnError;
/** @type {string|undefined} */
KatexOptions.prototype.errorColor;
/** @type {boolean|undefined} */
KatexOptions.prototype.trust;
/** @type {string|boolean|undefined} */
KatexOptions.prototype.strict;
/** @type {number|undefined} */
KatexOptions.prototype.maxSize;
/** @type {number|undefined} */
KatexOptions.prototype.maxExpand;
/** @type {string|undefined} */
KatexOptions.prototype.output;
/** @type {!Object|undefined} */
KatexOptions.prototype.macros;
