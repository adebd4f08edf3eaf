/*! jupyter-kit (J2CL) | Apache-2.0 | the libraries it loads on demand carry their own licences: see vendor/licenses/ */
(function () {
const jupyterKitImport = (url) => import(url);
// The package's version: the build writes npm.version (the Maven project's) in place of the placeholder.
const jupyterKitVersion = '${npm.version}';
