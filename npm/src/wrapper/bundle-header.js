/*! jupyter-kit (J2CL) | Apache-2.0 | bundles a private copy of DOMPurify (Apache-2.0 or MPL-2.0): see vendor/licenses/ */
(function () {
const jupyterKitImport = (url) => import(url);
const DOMPurify = (function (module) { const exports = module.exports; const define = undefined;
