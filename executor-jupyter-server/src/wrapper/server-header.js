/*! jupyter-kit Jupyter server executor (J2CL) | Apache-2.0 */
// An ES module around the compiled Java: what the main bundle loads on demand (see io.jupyterkit.server.JupyterServerBundle).
let createJupyterServerExecutor;
