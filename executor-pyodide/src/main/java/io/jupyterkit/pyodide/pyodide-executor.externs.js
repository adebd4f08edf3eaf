/**
 * @fileoverview What pages call on an executor made by createPyodideExecutor, besides the comm provider's methods
 * (jupyter.externs.js): declared so that Closure ADVANCED keeps their names.
 * @externs
 */

/** @record */
function JupyterKitPyodideExecutorApi() {}
/**
 * @param {*} code
 * @param {*=} cursorPos
 * @return {!Promise<*>}
 */
JupyterKitPyodideExecutorApi.prototype.complete = function(code, cursorPos) {};
/**
 * @param {*} code
 * @param {*=} cursorPos
 * @param {*=} detailLevel
 * @return {!Promise<*>}
 */
JupyterKitPyodideExecutorApi.prototype.inspect = function(code, cursorPos, detailLevel) {};
/** @type {*} */
JupyterKitPyodideExecutorApi.prototype.state;
/**
 * @param {function(*)} listener
 * @return {function()}
 */
JupyterKitPyodideExecutorApi.prototype.onStateChange = function(listener) {};
JupyterKitPyodideExecutorApi.prototype.prefetch = function() {};
JupyterKitPyodideExecutorApi.prototype.start = function() {};
