/*! jupyter-kit (J2CL) | Apache-2.0 | the libraries it loads on demand carry their own licences: see vendor/licenses/ */
(function () {
const jupyterKitImport = (url) => import(url);
const jupyterKitVersion = '${npm.version}';
const jupyterKitIntegrity = '@JUPYTER_KIT_INTEGRITY@';
