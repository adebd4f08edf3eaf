/**
 * @fileoverview Externs for highlight.js 11 core as jupyter-kit uses it.
 * @externs
 */

/** @record */
function HLJSApi() {}
/**
 * @param {string} name
 * @param {*} grammar
 */
HLJSApi.prototype.registerLanguage = function(name, grammar) {};
/**
 * @param {string} name
 * @return {*}
 */
HLJSApi.prototype.getLanguage = function(name) {};
/**
 * @param {string} code
 * @param {!Object} options
 * @return {!HLJSResult}
 */
HLJSApi.prototype.highlight = function(code, options) {};
/** @param {!Object} options */
HLJSApi.prototype.configure = function(options) {};
/** @param {!Element} element */
HLJSApi.prototype.highlightElement = function(element) {};

/** @record */
function HLJSResult() {}
/** @type {string} */
HLJSResult.prototype.value;
/** @type {string} */
HLJSResult.prototype.language;
/** @type {number} */
HLJSResult.prototype.relevance;

/** @record */
function HLJSHighlightOptions() {}
/** @type {string} */
HLJSHighlightOptions.prototype.language;
/** @type {boolean|undefined} */
HLJSHighlightOptions.prototype.ignoreIllegals;
