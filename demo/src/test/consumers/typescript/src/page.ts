// A TypeScript page using the package by name: the element from the tag name map, its properties, the executor's
// options, state and status values.
import { createPyodideExecutor, version, type KernelState, type PyodideExecutorOptions } from 'jupyter-kit-j2cl';

const options: PyodideExecutorOptions = {
  src: '/pyodide/pyodide.js',
  packages: ['ipywidgets'],
  onStatus: (status, detail) => console.log(`${status}: ${detail}`),
};
const executor = createPyodideExecutor(options);
const notebook = document.createElement('jupyter-notebook');
notebook.trusted = true;
notebook.executor = executor;
notebook.ipynb = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [] };
notebook.rerunOnSwitch = true;
document.body.append(notebook);

const label: string = executor.state.label;
const stop: () => void = executor.onStateChange((state: KernelState) => console.log(state.phase, state.progress));
executor.complete('pri').then((reply) => console.log(reply.matches.join(', '), label, version));
notebook.runAll();
stop();
