JupyterKitBundle.start(typeof document !== 'undefined' && document.currentScript ? document.currentScript.src : '');
