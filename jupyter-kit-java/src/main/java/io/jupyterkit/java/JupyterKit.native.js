// The element imports its on-demand libraries through jupyterKitImport (io.jupyterkit.externs.browser.ModuleLoader),
// which the npm bundle's wrapper defines outside the compiled code: an app's own script has no such wrapper.
if (typeof goog.global['jupyterKitImport'] !== 'function') {
  goog.global['jupyterKitImport'] = (url) => import(url);
}
