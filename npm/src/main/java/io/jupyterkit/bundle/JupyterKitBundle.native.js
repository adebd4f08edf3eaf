// Start once the whole bundle has been evaluated (classes later in the file are not initialised yet), but before
// the page's next script runs; document.currentScript is only known synchronously.
const jupyterKitBundleUrl = typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : '';
queueMicrotask(() => JupyterKitBundle.start(jupyterKitBundleUrl, jupyterKitVersion, jupyterKitIntegrity));
