// ES module entry: runs the classic bundle for its side effects (defining <jupyter-notebook>), points it at the
// worker beside this file, and re-exports its API (globalThis.jupyterkit, the one global it defines).
import './jupyter-kit.js';

// The bundle publishes its API from a microtask, once all of it has been evaluated.
await null;

const api = globalThis.jupyterkit;
api.setBundleUrl(import.meta.url);

export const createPyodideExecutor = api.createPyodideExecutor;
export const createJupyterServerExecutor = api.createJupyterServerExecutor;
export const defineJupyterNotebook = api.defineJupyterNotebook;
export const JupyterNotebookElement = api.JupyterNotebookElement;
export const clearStoredDrafts = api.clearStoredDrafts;
export const version = api.version;
