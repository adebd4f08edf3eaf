// Compiled (not run) against the npm package's declarations by TypeDeclarationsTest: a page's own executor, a
// decorated Pyodide executor, a Jupyter server executor and the element's executor property, as the README shows them.
import {
  createJupyterServerExecutor, createPyodideExecutor, defineJupyterNotebook, Executor, JupyterMessage,
  JupyterNotebookElement, KernelState,
} from 'jupyter-kit-j2cl';

function reply(request: JupyterMessage, msgType: string, content: Record<string, any>): JupyterMessage {
  return {
    header: { msg_id: crypto.randomUUID(), msg_type: msgType, session: 's', username: 'page',
      date: new Date().toISOString(), version: '5.3' },
    parent_header: request.header, metadata: {}, content, channel: msgType.endsWith('_reply') ? 'shell' : 'iopub',
  };
}

const echo: Executor = {
  language: 'python',
  execute(request, onMessage) {
    onMessage(reply(request, 'stream', { name: 'stdout', text: String(request.content.code) }));
    onMessage(reply(request, 'execute_reply', { status: 'ok', execution_count: 1 }));
  },
};

const pyodide = createPyodideExecutor({ src: '/pyodide/pyodide.js', packages: ['numpy'], timeoutMs: 0 });
const logged: Executor = {
  language: pyodide.language,
  comms: pyodide.comms,
  get state(): KernelState { return pyodide.state; },
  onStateChange: (listener) => pyodide.onStateChange(listener),
  execute(request, onMessage) {
    console.log(request.content.code);
    pyodide.execute(request, onMessage);
  },
  request: (request, onMessage) => pyodide.request(request, onMessage),
};
pyodide.complete('pri', 3).then((content) => content.matches.join(', '));
const unsubscribe: () => void = pyodide.onStateChange((state) => console.log(state.phase, state.label));
unsubscribe();

const element = document.createElement('jupyter-notebook');
element.executor = echo;
element.rerunOnSwitch = true;
element.executor = logged;
element.runAll();
globalThis.jupyterkit.createPyodideExecutor().start();

const remote = createJupyterServerExecutor({
  baseUrl: 'https://hub.example/user/ada/', token: 'secret', kernelName: 'python3', path: 'analysis.ipynb',
  protocol: 'auto', reconnectAttempts: 20, requestTimeoutMs: 30000,
  onStatus: (status, detail) => console.log(status, detail),
});
element.executor = remote;
remote.inspect('len', 3, 1).then((content) => content.found);
globalThis.jupyterkit.createJupyterServerExecutor({ baseUrl: '/' }).restart();

// The element's own API, generated into element.d.ts: attribute properties, events with their details, the class.
element.readOnly = true;
element.theme = 'dark';
element.mathAlign = null;
element.boot = 'visible';
element.storageKey = 'analysis';
element.addEventListener('jupyter-cell-execute-end', (event) => {
  const status: 'ok' | 'error' | 'aborted' = event.detail.status;
  console.log(event.detail.index, status);
});
element.addEventListener('jupyter-load', (event) => console.log(event.detail.cells));
element.addEventListener('click', (event) => console.log(event.clientX));
const inserted: number = element.insertCell(0, 'markdown', '# Title');
const cells: string[] = element.cells.map((cell) => cell.source);
element.clearOutputs();
console.log(inserted, cells, element.dirty);
const Registered: typeof JupyterNotebookElement = defineJupyterNotebook('my-notebook');
const another = new Registered();
console.log(another instanceof JupyterNotebookElement, JupyterNotebookElement.observedAttributes);
