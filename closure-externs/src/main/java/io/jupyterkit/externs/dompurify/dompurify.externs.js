/**
 * @fileoverview Externs for DOMPurify 3.x as jupyter-kit loads it: the default export of vendor/dompurify/purify.mjs
 * (its UMD build's export, an instance bound to the window), the names jupyter-kit calls.
 * @externs
 */

/** @record */
function DOMPurifyInstance() {}
/** @type {string} */
DOMPurifyInstance.prototype.version;
/** @type {boolean} */
DOMPurifyInstance.prototype.isSupported;
/** @type {!Array<*>} */
DOMPurifyInstance.prototype.removed;
/**
 * @param {string|!Node} dirty
 * @param {!Object=} config
 * @return {*}
 */
DOMPurifyInstance.prototype.sanitize = function(dirty, config) {};
/**
 * @param {string} entryPoint
 * @param {function(*, *, *)} hook
 */
DOMPurifyInstance.prototype.addHook = function(entryPoint, hook) {};
/**
 * @param {string} entryPoint
 * @return {*}
 */
DOMPurifyInstance.prototype.removeHook = function(entryPoint) {};
/** @param {string} entryPoint */
DOMPurifyInstance.prototype.removeHooks = function(entryPoint) {};
DOMPurifyInstance.prototype.removeAllHooks = function() {};
/** @param {!Object} config */
DOMPurifyInstance.prototype.setConfig = function(config) {};
DOMPurifyInstance.prototype.clearConfig = function() {};
/**
 * @param {string} tag
 * @param {string} attr
 * @param {string} value
 * @return {boolean}
 */
DOMPurifyInstance.prototype.isValidAttribute = function(tag, attr, value) {};

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
