// The widgets demo's script; in a file, so the page also works under a strict script-src.
const notebook = document.getElementById('notebook');
// ipywidgets, comm and traitlets come from Debian's packages, repacked as wheels by the build.
notebook.executor = jupyterkit.createPyodideExecutor({
  src: 'pyodide/pyodide.js',
  lockFileURL: 'widgets/pyodide-lock.json',
  packages: ['ipywidgets'],
});
document.getElementById('run-all').addEventListener('click', () => notebook.runAll());
