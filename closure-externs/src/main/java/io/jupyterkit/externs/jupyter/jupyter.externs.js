/**
 * @fileoverview The classic Jupyter comm and the comm provider, shared by the main bundle (which implements them),
 * the widgets bundle and @jupyter-widgets' managers (which call them).
 * @externs
 */

/** @record */
function JupyterComm() {}
/** @type {string} */
JupyterComm.prototype.comm_id;
/** @type {string} */
JupyterComm.prototype.target_name;
/**
 * @param {*=} data
 * @param {*=} callbacks
 * @param {*=} metadata
 * @param {*=} buffers
 * @return {string}
 */
JupyterComm.prototype.open = function(data, callbacks, metadata, buffers) {};
/**
 * @param {*=} data
 * @param {*=} callbacks
 * @param {*=} metadata
 * @param {*=} buffers
 * @return {string}
 */
JupyterComm.prototype.send = function(data, callbacks, metadata, buffers) {};
/**
 * @param {*=} data
 * @param {*=} callbacks
 * @param {*=} metadata
 * @param {*=} buffers
 * @return {string}
 */
JupyterComm.prototype.close = function(data, callbacks, metadata, buffers) {};
/** @param {function(*)} callback */
JupyterComm.prototype.on_msg = function(callback) {};
/** @param {function(*)} callback */
JupyterComm.prototype.on_close = function(callback) {};

/** @record */
function CommProvider() {}
/**
 * @param {string} targetName
 * @param {?string=} commId
 * @return {!JupyterComm}
 */
CommProvider.prototype.createComm = function(targetName, commId) {};
/**
 * @param {string} targetName
 * @param {function(!JupyterComm, *)} handler
 * @return {function()}
 */
CommProvider.prototype.onCommOpen = function(targetName, handler) {};
/**
 * @param {?string=} targetName
 * @return {!Array<!JupyterComm>}
 */
CommProvider.prototype.listComms = function(targetName) {};

/** @record */
function JupyterKitWidgetPlugin() {}
/**
 * @param {!JupyterComm} comm
 * @param {*} message
 */
JupyterKitWidgetPlugin.prototype.openComm = function(comm, message) {};
/**
 * @param {string} modelId
 * @param {!HTMLElement} container
 * @return {!Promise<*>}
 */
JupyterKitWidgetPlugin.prototype.render = function(modelId, container) {};
/**
 * @param {*} state
 * @return {!Promise<*>}
 */
JupyterKitWidgetPlugin.prototype.setState = function(state) {};
/** @return {*} */
JupyterKitWidgetPlugin.prototype.state = function() {};

/**
 * What jupyter-kit-widgets.mjs exports (the module namespace's member).
 * @record
 */
function JupyterKitWidgetsModule() {}
/** @type {function(function(string):string):!JupyterKitWidgetPlugin} */
JupyterKitWidgetsModule.prototype.createWidgetPlugin;
