/**
 * @fileoverview Externs for DOMPurify 3.x, the names jupyter-kit calls.
 * @externs
 */

/** @const */
var DOMPurify = {};
/** @type {string} */
DOMPurify.version;
/** @type {boolean} */
DOMPurify.isSupported;
/** @type {!Array<*>} */
DOMPurify.removed;
/**
 * @param {string|!Node} dirty
 * @param {!Object=} config
 * @return {*}
 */
DOMPurify.sanitize = function(dirty, config) {};
/**
 * @param {string} entryPoint
 * @param {function(*, *, *)} hook
 */
DOMPurify.addHook = function(entryPoint, hook) {};
/**
 * @param {string} entryPoint
 * @return {*}
 */
DOMPurify.removeHook = function(entryPoint) {};
/** @param {string} entryPoint */
DOMPurify.removeHooks = function(entryPoint) {};
DOMPurify.removeAllHooks = function() {};
/** @param {!Object} config */
DOMPurify.setConfig = function(config) {};
DOMPurify.clearConfig = function() {};
/**
 * @param {string} tag
 * @param {string} attr
 * @param {string} value
 * @return {boolean}
 */
DOMPurify.isValidAttribute = function(tag, attr, value) {};

/** @record */
function DOMPurifyHookEvent() {}
/** @type {string} */
DOMPurifyHookEvent.prototype.attrName;
/** @type {string} */
DOMPurifyHookEvent.prototype.attrValue;
/** @type {boolean} */
DOMPurifyHookEvent.prototype.keepAttr;
/** @type {boolean} */
DOMPurifyHookEvent.prototype.forceKeepAttr;
/** @type {string} */
DOMPurifyHookEvent.prototype.tagName;
/** @type {!Object} */
DOMPurifyHookEvent.prototype.allowedTags;
/** @type {!Object} */
DOMPurifyHookEvent.prototype.allowedAttributes;
