/**
 * @fileoverview The executor contract: what <jupyter-notebook> calls on any executor a page assigns, what
 * createPyodideExecutor's executor offers, and the Jupyter message objects they exchange. Declared so that Closure
 * ADVANCED neither renames nor drops these members in the main bundle or in any bundle that exports an executor.
 * @externs
 */

/** @record */
function JupyterKitMessageHeader() {}
/** @type {string} */
JupyterKitMessageHeader.prototype.msg_id;
/** @type {string} */
JupyterKitMessageHeader.prototype.msg_type;
/** @type {string} */
JupyterKitMessageHeader.prototype.session;
/** @type {string} */
JupyterKitMessageHeader.prototype.username;
/** @type {string} */
JupyterKitMessageHeader.prototype.date;
/** @type {string} */
JupyterKitMessageHeader.prototype.version;

/** @record */
function JupyterKitMessage() {}
/** @type {!JupyterKitMessageHeader} */
JupyterKitMessage.prototype.header;
/** @type {*} */
JupyterKitMessage.prototype.parent_header;
/** @type {*} */
JupyterKitMessage.prototype.metadata;
/** @type {*} */
JupyterKitMessage.prototype.content;
/** @type {(!Array<*>|undefined)} */
JupyterKitMessage.prototype.buffers;
/** @type {(string|undefined)} */
JupyterKitMessage.prototype.channel;

/** @record */
function JupyterKitExecutorState() {}
/** @type {string} */
JupyterKitExecutorState.prototype.phase;
/** @type {number} */
JupyterKitExecutorState.prototype.progress;
/** @type {string} */
JupyterKitExecutorState.prototype.detail;
/** @type {string} */
JupyterKitExecutorState.prototype.label;

/** @record */
function JupyterKitExecutor() {}
/** @type {string} */
JupyterKitExecutor.prototype.language;
/**
 * @param {*} request
 * @param {function(*)} onMessage
 */
JupyterKitExecutor.prototype.execute = function(request, onMessage) {};
/**
 * @param {*} request
 * @param {function(*)} onMessage
 */
JupyterKitExecutor.prototype.request = function(request, onMessage) {};
/**
 * @param {string} msgId
 * @return {*}
 */
JupyterKitExecutor.prototype.cancel = function(msgId) {};
/** @param {*} message */
JupyterKitExecutor.prototype.inputReply = function(message) {};
JupyterKitExecutor.prototype.interrupt = function() {};
JupyterKitExecutor.prototype.restart = function() {};
JupyterKitExecutor.prototype.start = function() {};
JupyterKitExecutor.prototype.prefetch = function() {};
JupyterKitExecutor.prototype.dispose = function() {};
JupyterKitExecutor.prototype.retain = function() {};
JupyterKitExecutor.prototype.release = function() {};
/** @type {*} */
JupyterKitExecutor.prototype.state;
/**
 * @param {function(*)} listener
 * @return {*}
 */
JupyterKitExecutor.prototype.onStateChange = function(listener) {};
/** @type {*} */
JupyterKitExecutor.prototype.comms;
/**
 * @param {*} code
 * @param {*=} cursorPos
 * @return {!Promise<*>}
 */
JupyterKitExecutor.prototype.complete = function(code, cursorPos) {};
/**
 * @param {*} code
 * @param {*=} cursorPos
 * @param {*=} detailLevel
 * @return {!Promise<*>}
 */
JupyterKitExecutor.prototype.inspect = function(code, cursorPos, detailLevel) {};
