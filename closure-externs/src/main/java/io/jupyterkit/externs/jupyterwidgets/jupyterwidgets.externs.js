/**
 * @fileoverview The parts of @jupyter-widgets/html-manager (and its models and views) the widgets bundle calls.
 * @externs
 */

/** @record */
function JupyterWidgetsHTMLManager() {}
/**
 * @param {*} comm
 * @param {*} message
 * @return {!Promise<*>}
 */
JupyterWidgetsHTMLManager.prototype.handle_comm_open = function(comm, message) {};
/**
 * @param {string} modelId
 * @return {!Promise<*>}
 */
JupyterWidgetsHTMLManager.prototype.get_model = function(modelId) {};
/**
 * @param {string} modelId
 * @return {boolean}
 */
JupyterWidgetsHTMLManager.prototype.has_model = function(modelId) {};
/**
 * @param {*} model
 * @param {*=} options
 * @return {!Promise<*>}
 */
JupyterWidgetsHTMLManager.prototype.create_view = function(model, options) {};
/**
 * @param {*} view
 * @param {!HTMLElement} container
 * @return {!Promise<*>}
 */
JupyterWidgetsHTMLManager.prototype.display_view = function(view, container) {};
/**
 * @param {string} modelId
 * @param {!Promise<*>} modelPromise
 */
JupyterWidgetsHTMLManager.prototype.register_model = function(modelId, modelPromise) {};
/**
 * @param {*} state
 * @return {!Promise<*>}
 */
JupyterWidgetsHTMLManager.prototype.set_state = function(state) {};
/**
 * @param {*=} options
 * @return {!Promise<*>}
 */
JupyterWidgetsHTMLManager.prototype.get_state = function(options) {};

/** @record */
function JupyterWidgetsView() {}
JupyterWidgetsView.prototype.remove = function() {};

/** @record */
function JupyterWidgetsModel() {}
/** @type {string|undefined} */
JupyterWidgetsModel.prototype.model_id;
/**
 * @param {string} attribute
 * @return {*}
 */
JupyterWidgetsModel.prototype.get = function(attribute) {};
/**
 * @param {string} events
 * @param {function(...*)} callback
 * @param {*=} context
 */
JupyterWidgetsModel.prototype.on = function(events, callback, context) {};
