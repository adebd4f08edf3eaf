/*! jupyter-kit (J2CL) | Apache-2.0 | bundles private copies of DOMPurify (Apache-2.0 or MPL-2.0) and marked (MIT): see vendor/licenses/ */
(function () {
// Dynamic import for the libraries loaded on demand (KaTeX, highlight.js); the compiled Java calls it by name.
const jupyterKitImport = (url) => import(url);
// Each library takes its CommonJS branch with a local module object, so it defines no global and ignores an AMD
// loader on the page.
const DOMPurify = (function (module) { const exports = module.exports; const define = undefined;
