/**
 * @fileoverview Externs for marked 18, the names jupyter-kit calls.
 * @externs
 */

/** @const */
var marked = {};
/**
 * @param {string} src
 * @param {!Object=} options
 * @return {*}
 */
marked.parse = function(src, options) {};
/**
 * @param {string} src
 * @param {!Object=} options
 * @return {*}
 */
marked.parseInline = function(src, options) {};
/**
 * @constructor
 * @param {...*} options
 */
marked.Marked = function(options) {};
/**
 * @param {string} src
 * @param {!Object=} options
 * @return {*}
 */
marked.Marked.prototype.parse = function(src, options) {};
/**
 * @param {string} src
 * @param {!Object=} options
 * @return {*}
 */
marked.Marked.prototype.parseInline = function(src, options) {};
/**
 * @param {...*} extensions
 * @return {!marked.Marked}
 */
marked.Marked.prototype.use = function(extensions) {};
/**
 * @param {!Object} options
 * @return {!marked.Marked}
 */
marked.Marked.prototype.setOptions = function(options) {};

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
