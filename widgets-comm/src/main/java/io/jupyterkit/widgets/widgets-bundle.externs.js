/**
 * @fileoverview Names the widgets bundle's module wrapper declares around the compiled code.
 * @externs
 */

/** @type {function(function(string):string):!JupyterKitWidgetPlugin} */
var createWidgetPlugin;

/** @type {string} */
var jupyterKitWidgetsUrl;
