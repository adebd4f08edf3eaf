/*! jupyter-kit worker (J2CL) | Apache-2.0 */
// Dynamic import(), which Java cannot express: a module worker loads pyodide.mjs with it.
const jupyterKitImport = (url) => import(url);
