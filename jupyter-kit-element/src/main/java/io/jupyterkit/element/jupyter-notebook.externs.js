/**
 * @fileoverview The public JavaScript API of <jupyter-notebook>. Pages use these names; declaring them here stops
 * Closure ADVANCED from renaming or removing the element's properties and methods, which the Java code never calls
 * itself.
 * @externs
 */

/** @record */
function JupyterNotebookElementApi() {}
/** @type {?string} */
JupyterNotebookElementApi.prototype.src;
/** @type {?string} */
JupyterNotebookElementApi.prototype.language;
/** @type {?string} */
JupyterNotebookElementApi.prototype.filename;
/** @type {?string} */
JupyterNotebookElementApi.prototype.mathAlign;
/** @type {?string} */
JupyterNotebookElementApi.prototype.notebookClassName;
/** @type {boolean} */
JupyterNotebookElementApi.prototype.bgTransparent;
/** @type {boolean} */
JupyterNotebookElementApi.prototype.seqAsExecutionCount;
/** @type {boolean} */
JupyterNotebookElementApi.prototype.readOnly;
/** @type {boolean} */
JupyterNotebookElementApi.prototype.noToolbar;
/** @type {?string} */
JupyterNotebookElementApi.prototype.theme;
/** @type {boolean} */
JupyterNotebookElementApi.prototype.allowRemoteResources;
/** @type {?string} */
JupyterNotebookElementApi.prototype.boot;
/** @type {?string} */
JupyterNotebookElementApi.prototype.storage;
/** @type {?string} */
JupyterNotebookElementApi.prototype.storageKey;
/** @type {boolean} */
JupyterNotebookElementApi.prototype.trusted;
JupyterNotebookElementApi.prototype.clearOutputs = function() {};
/** @type {*} */
JupyterNotebookElementApi.prototype.ipynb;
/** @type {*} */
JupyterNotebookElementApi.prototype.executor;
/** @type {boolean} */
JupyterNotebookElementApi.prototype.rerunOnSwitch;
/** @param {number} index */
JupyterNotebookElementApi.prototype.runCell = function(index) {};
JupyterNotebookElementApi.prototype.runAll = function() {};
/** @return {*} */
JupyterNotebookElementApi.prototype.toJSON = function() {};
/** @type {*} */
JupyterNotebookElementApi.prototype.htmlFilter;
JupyterNotebookElementApi.prototype.interrupt = function() {};
JupyterNotebookElementApi.prototype.restart = function() {};
/** @param {string=} filename */
JupyterNotebookElementApi.prototype.download = function(filename) {};
/** @type {boolean} */
JupyterNotebookElementApi.prototype.dirty;
/** @return {!Promise<*>} */
JupyterNotebookElementApi.prototype.clearStorage = function() {};
/**
 * @param {number} index
 * @param {string} type
 * @param {string=} source
 * @return {number}
 */
JupyterNotebookElementApi.prototype.insertCell = function(index, type, source) {};
/**
 * @param {number} index
 * @return {boolean}
 */
JupyterNotebookElementApi.prototype.deleteCell = function(index) {};
/**
 * @param {number} index
 * @param {number} toIndex
 * @return {boolean}
 */
JupyterNotebookElementApi.prototype.moveCell = function(index, toIndex) {};
/**
 * @param {number} index
 * @param {string} type
 * @return {boolean}
 */
JupyterNotebookElementApi.prototype.setCellType = function(index, type) {};
/**
 * @param {number} index
 * @param {string} source
 * @return {boolean}
 */
JupyterNotebookElementApi.prototype.setCellSource = function(index, source) {};
/** @type {!Array<{type: string, source: string, id: ?string}>} */
JupyterNotebookElementApi.prototype.cells;
