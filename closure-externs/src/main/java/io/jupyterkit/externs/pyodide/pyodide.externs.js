/**
 * @fileoverview Closure externs for Pyodide's public JavaScript API (0.26 to 314), so that ADVANCED compilation
 * keeps every name the Java code calls through the jsinterop natives in this package.
 * @externs
 */

/** @record */
function LoadPyodideOptions() {}
/** @type {string|undefined} */
LoadPyodideOptions.prototype.indexURL;
/** @type {string|undefined} */
LoadPyodideOptions.prototype.lockFileURL;
/** @type {string|undefined} */
LoadPyodideOptions.prototype.packageCacheDir;
/** @type {string|undefined} */
LoadPyodideOptions.prototype.stdLibURL;
/** @type {boolean|undefined} */
LoadPyodideOptions.prototype.fullStdLib;
/** @type {!Array<string>|undefined} */
LoadPyodideOptions.prototype.packages;
/** @type {function(string)|undefined} */
LoadPyodideOptions.prototype.stdout;
/** @type {function(string)|undefined} */
LoadPyodideOptions.prototype.stderr;
/** @type {function():?string|undefined} */
LoadPyodideOptions.prototype.stdin;
/** @type {!Object|undefined} */
LoadPyodideOptions.prototype.jsglobals;
/** @type {!Array<string>|undefined} */
LoadPyodideOptions.prototype.args;
/** @type {!Object<string,string>|undefined} */
LoadPyodideOptions.prototype.env;
/** @type {boolean|undefined} */
LoadPyodideOptions.prototype.checkAPIVersion;
/** @type {boolean|undefined} */
LoadPyodideOptions.prototype.convertNullToNone;
/** @type {boolean|undefined} */
LoadPyodideOptions.prototype.enableRunUntilComplete;

/**
 * @param {!LoadPyodideOptions=} options
 * @return {!Promise<!PyodideInterface>}
 */
function loadPyodide(options) {}

/** @record */
function LoadPackageOptions() {}
/** @type {function(string)|undefined} */
LoadPackageOptions.prototype.messageCallback;
/** @type {function(string)|undefined} */
LoadPackageOptions.prototype.errorCallback;
/** @type {boolean|undefined} */
LoadPackageOptions.prototype.checkIntegrity;

/** @record */
function UnpackArchiveOptions() {}
/** @type {string|undefined} */
UnpackArchiveOptions.prototype.extractDir;

/** @record */
function PyodideFS() {}
/**
 * @param {string} path
 * @param {string|!ArrayBufferView} data
 * @param {!Object=} options
 */
PyodideFS.prototype.writeFile = function(path, data, options) {};
/**
 * @param {string} path
 * @param {!Object=} options
 * @return {*}
 */
PyodideFS.prototype.readFile = function(path, options) {};
/** @param {string} path */
PyodideFS.prototype.mkdir = function(path) {};
/** @param {string} path */
PyodideFS.prototype.mkdirTree = function(path) {};
/** @param {string} path */
PyodideFS.prototype.unlink = function(path) {};
/**
 * @param {string} path
 * @return {!Array<string>}
 */
PyodideFS.prototype.readdir = function(path) {};
/**
 * @param {string} path
 * @return {!Object}
 */
PyodideFS.prototype.analyzePath = function(path) {};

/** @record */
function PyProxy() {}
/** @type {string} */
PyProxy.prototype.type;
/**
 * @param {*} key
 * @return {*}
 */
PyProxy.prototype.get = function(key) {};
/**
 * @param {*} key
 * @param {*} value
 */
PyProxy.prototype.set = function(key, value) {};
/**
 * @param {*} key
 * @return {boolean}
 */
PyProxy.prototype.has = function(key) {};
/** @param {*} key */
PyProxy.prototype.delete = function(key) {};
/**
 * @param {!Object=} options
 * @return {*}
 */
PyProxy.prototype.toJs = function(options) {};
/**
 * @param {*} thisArg
 * @param {...*} args
 * @return {*}
 */
PyProxy.prototype.call = function(thisArg, args) {};
/**
 * @param {...*} args
 * @return {*}
 */
PyProxy.prototype.callKwargs = function(args) {};
/** @return {!PyProxy} */
PyProxy.prototype.copy = function() {};
/** @param {string=} destroyedMessage */
PyProxy.prototype.destroy = function(destroyedMessage) {};

/** @record */
function PyodideInterface() {}
/** @type {string} */
PyodideInterface.prototype.version;
/** @type {!PyodideFS} */
PyodideInterface.prototype.FS;
/** @type {!PyProxy} */
PyodideInterface.prototype.globals;
/** @type {!Object} */
PyodideInterface.prototype.loadedPackages;
/** @type {!Object} */
PyodideInterface.prototype.ffi;
/** @type {!PyProxy} */
PyodideInterface.prototype.pyodide_py;
/**
 * @param {string} code
 * @param {!Object=} options
 * @return {*}
 */
PyodideInterface.prototype.runPython = function(code, options) {};
/**
 * @param {string} code
 * @param {!Object=} options
 * @return {!Promise<*>}
 */
PyodideInterface.prototype.runPythonAsync = function(code, options) {};
/**
 * @param {string|!Array<string>} names
 * @param {!LoadPackageOptions=} options
 * @return {!Promise<*>}
 */
PyodideInterface.prototype.loadPackage = function(names, options) {};
/**
 * @param {string} code
 * @param {!LoadPackageOptions=} options
 * @return {!Promise<*>}
 */
PyodideInterface.prototype.loadPackagesFromImports = function(code, options) {};
/**
 * @param {string} name
 * @return {!PyProxy}
 */
PyodideInterface.prototype.pyimport = function(name) {};
/**
 * @param {string} name
 * @param {!Object} module
 */
PyodideInterface.prototype.registerJsModule = function(name, module) {};
/** @param {string} name */
PyodideInterface.prototype.unregisterJsModule = function(name) {};
/**
 * @param {!ArrayBuffer|!ArrayBufferView} buffer
 * @param {string} format
 * @param {!UnpackArchiveOptions=} options
 */
PyodideInterface.prototype.unpackArchive = function(buffer, format, options) {};
/** @param {!Int32Array|!Uint8Array} buffer */
PyodideInterface.prototype.setInterruptBuffer = function(buffer) {};
PyodideInterface.prototype.checkInterrupt = function() {};
/** @param {!Object=} options */
PyodideInterface.prototype.setStdin = function(options) {};
/** @param {!Object=} options */
PyodideInterface.prototype.setStdout = function(options) {};
/** @param {!Object=} options */
PyodideInterface.prototype.setStderr = function(options) {};
/**
 * @param {*} value
 * @param {!Object=} options
 * @return {*}
 */
PyodideInterface.prototype.toPy = function(value, options) {};
/** @param {boolean} debug */
PyodideInterface.prototype.setDebug = function(debug) {};
