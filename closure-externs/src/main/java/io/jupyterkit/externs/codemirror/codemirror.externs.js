/**
 * @fileoverview Externs for jupyter-kit's code editor module, vendor/codemirror/codemirror.mjs (CodeMirror 6
 * behind the API written in npm/src/codemirror/editor.mjs, which documents every member).
 * @externs
 */

/** @record */
function CodeMirrorModule() {}
/**
 * @param {!CodeEditorOptions} options
 * @return {!CodeEditorHandle}
 */
CodeMirrorModule.prototype.createEditor = function(options) {};

/** @record */
function CodeEditorOptions() {}
/** @type {!Element} */
CodeEditorOptions.prototype.parent;
/** @type {!Node|undefined} */
CodeEditorOptions.prototype.root;
/** @type {string|undefined} */
CodeEditorOptions.prototype.doc;
/** @type {string|undefined} */
CodeEditorOptions.prototype.language;
/** @type {boolean|undefined} */
CodeEditorOptions.prototype.readOnly;
/** @type {boolean|undefined} */
CodeEditorOptions.prototype.lineWrapping;
/** @type {!Element|undefined} */
CodeEditorOptions.prototype.tooltipParent;
/** @type {function(string)|undefined} */
CodeEditorOptions.prototype.onChange;
/** @type {function()|undefined} */
CodeEditorOptions.prototype.onFocus;
/** @type {function()|undefined} */
CodeEditorOptions.prototype.onBlur;
/** @type {!Object<string, function(): boolean>|undefined} */
CodeEditorOptions.prototype.keys;
/** @type {function(string, number): !Promise<?Object>|undefined} */
CodeEditorOptions.prototype.complete;
/** @type {function(string, number): !Promise<?Object>|undefined} */
CodeEditorOptions.prototype.inspect;

/** @interface */
function CodeEditorHandle() {}
/** @return {string} */
CodeEditorHandle.prototype.value = function() {};
/** @param {string} text */
CodeEditorHandle.prototype.setValue = function(text) {};
CodeEditorHandle.prototype.focus = function() {};
/** @return {boolean} */
CodeEditorHandle.prototype.hasFocus = function() {};
/** @param {string|number} where */
CodeEditorHandle.prototype.setCursor = function(where) {};
/** @return {number} */
CodeEditorHandle.prototype.cursorPosition = function() {};
/** @return {number} */
CodeEditorHandle.prototype.cursorLine = function() {};
/** @return {number} */
CodeEditorHandle.prototype.lineCount = function() {};
/** @return {boolean} */
CodeEditorHandle.prototype.cursorAtStart = function() {};
/** @return {boolean} */
CodeEditorHandle.prototype.cursorAtEnd = function() {};
/** @return {boolean} */
CodeEditorHandle.prototype.cursorOnFirstLine = function() {};
/** @return {boolean} */
CodeEditorHandle.prototype.cursorOnLastLine = function() {};
/** @param {boolean} readOnly */
CodeEditorHandle.prototype.setReadOnly = function(readOnly) {};
/** @param {string} language */
CodeEditorHandle.prototype.setLanguage = function(language) {};
CodeEditorHandle.prototype.destroy = function() {};
