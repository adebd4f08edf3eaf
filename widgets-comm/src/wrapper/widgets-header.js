/*! jupyter-kit widgets (J2CL) | Apache-2.0 | loads @jupyter-widgets/html-manager (BSD-3-Clause) and require.js (MIT) from vendor/widgets/ */
// An ES module around the compiled Java: it exports createWidgetPlugin and tells the code where it was loaded from.
const jupyterKitWidgetsUrl = import.meta.url;
let createWidgetPlugin;
