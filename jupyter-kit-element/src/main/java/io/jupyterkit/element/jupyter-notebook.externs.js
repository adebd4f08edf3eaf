/**
 * @fileoverview The public JavaScript API of <jupyter-notebook>. Pages use these names; declaring them here stops
 * Closure ADVANCED from renaming or removing the element's properties and methods, which the Java code never calls
 * itself.
 * @externs
 */

/** @record */
function JupyterNotebookElementApi() {}
/** @type {*} */
JupyterNotebookElementApi.prototype.ipynb;
/** @type {*} */
JupyterNotebookElementApi.prototype.executor;
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
