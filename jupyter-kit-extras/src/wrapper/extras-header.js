/*! jupyter-kit extras (J2CL) | Apache-2.0 */
// An ES module around the compiled Java: what the element loads on demand (see io.jupyterkit.extras.ExtrasBundle).
let upgradeNotebook, scopeSvgs, typesetMath, renumberMath, embedFrame;
