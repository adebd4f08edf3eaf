JupyterKitElements.subclassOf = (base) => class extends base {};
