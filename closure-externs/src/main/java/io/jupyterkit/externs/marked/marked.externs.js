/**
 * @fileoverview Externs for marked 18 as jupyter-kit loads it: the default export of vendor/marked/marked.mjs (its
 * UMD build's exports), and the instances of its Marked class.
 * @externs
 */

/** @record */
function MarkedModule() {}
/** @type {function(new:MarkedInstance, ...*)} */
MarkedModule.prototype.Marked;
/** @type {function(string, !Object=): *} */
MarkedModule.prototype.parse;

/** @interface */
function MarkedInstance() {}
/**
 * @param {string} src
 * @param {!Object=} options
 * @return {*}
 */
MarkedInstance.prototype.parse = function(src, options) {};
/**
 * @param {string} src
 * @param {!Object=} options
 * @return {*}
 */
MarkedInstance.prototype.parseInline = function(src, options) {};
/**
 * @param {...*} extensions
 * @return {!MarkedInstance}
 */
MarkedInstance.prototype.use = function(extensions) {};
/**
 * @param {!Object} options
 * @return {!MarkedInstance}
 */
MarkedInstance.prototype.setOptions = function(options) {};

/** @record */
function MarkedOptions() {}
/** @type {boolean|undefined} */
MarkedOptions.prototype.gfm;
/** @type {boolean|undefined} */
MarkedOptions.prototype.breaks;
/** @type {boolean|undefined} */
MarkedOptions.prototype.pedantic;
/** @type {boolean|undefined} */
MarkedOptions.prototype.silent;
/** @type {boolean|undefined} */
MarkedOptions.prototype.async;
