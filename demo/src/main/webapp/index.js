// The demo page's script; in a file, so the page also works under a strict script-src.
const notebook = document.getElementById('notebook');
const inBrowser = jupyterkit.createPyodideExecutor({ src: 'pyodide/pyodide.js' });
notebook.executor = inBrowser;
document.querySelector('#run-on code').textContent =
    'jupyter server --ServerApp.allow_origin=' + location.origin;
document.getElementById('server-form').addEventListener('submit', (event) => {
  event.preventDefault();
  notebook.executor = jupyterkit.createJupyterServerExecutor({
    baseUrl: document.getElementById('server-url').value || 'http://127.0.0.1:8888/',
    token: document.getElementById('server-token').value || undefined,
  });
});
document.getElementById('run-in-browser').addEventListener('click', () => {
  notebook.executor = inBrowser;
});
