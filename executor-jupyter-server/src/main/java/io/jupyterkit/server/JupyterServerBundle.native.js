// What the module wrapper exports (declared in server-bundle.externs.js, so that Closure keeps the name).
createJupyterServerExecutor = (options) => JupyterServerBundle.create(options);
