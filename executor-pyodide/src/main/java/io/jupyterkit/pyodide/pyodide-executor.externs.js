/**
 * @fileoverview What page scripts call on an executor made by createPyodideExecutor, besides its comms (see
 * jupyter.externs.js). Declaring the names here stops Closure ADVANCED from renaming them.
 * @externs
 */

/** @record */
function PyodideExecutorApi() {}
/** @type {*} */
PyodideExecutorApi.prototype.state;
/**
 * @param {function(*)} listener
 * @return {function()}
 */
PyodideExecutorApi.prototype.onStateChange = function(listener) {};
PyodideExecutorApi.prototype.prefetch = function() {};
PyodideExecutorApi.prototype.start = function() {};
