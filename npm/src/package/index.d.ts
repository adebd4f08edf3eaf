// Type declarations of jupyter-kit-j2cl: the executor contract any JavaScript object can follow (README, "Writing
// your own executor"), the executors' factories and options; <jupyter-notebook> itself is declared in element.d.ts,
// which the build generates from the element's API file.
import { JupyterNotebookElement } from './element.js';
export * from './element.js';

/** A Jupyter message header (protocol 5.3). */
export interface JupyterMessageHeader {
  msg_id: string;
  msg_type: string;
  session: string;
  username: string;
  date: string;
  version: string;
}

/** A Jupyter message as a plain object; `parent_header` is `{}` when the message answers nothing. */
export interface JupyterMessage<Content = Record<string, any>> {
  header: JupyterMessageHeader;
  parent_header: JupyterMessageHeader | Record<string, never>;
  metadata: Record<string, any>;
  content: Content;
  buffers?: (ArrayBuffer | ArrayBufferView)[];
  channel?: 'shell' | 'iopub' | 'stdin' | 'control';
}

export type KernelPhase = 'not-started' | 'loading' | 'installing' | 'idle' | 'busy' | 'failed';

/** What the kernel is doing, as the notebook's toolbar shows it. */
export interface KernelState {
  phase: KernelPhase;
  /** From 0 to 1 while loading, -1 when unknown. */
  progress: number;
  detail: string;
  /** The words shown, e.g. "Loading Python 38 %…". */
  label: string;
}

/** A comm as ipywidgets' managers take it; each of open, send and close returns the sent message's id. */
export interface JupyterComm {
  readonly comm_id: string;
  readonly target_name: string;
  open(data?: any, callbacks?: any, metadata?: any, buffers?: (ArrayBuffer | ArrayBufferView)[]): string;
  send(data?: any, callbacks?: any, metadata?: any, buffers?: (ArrayBuffer | ArrayBufferView)[]): string;
  close(data?: any, callbacks?: any, metadata?: any, buffers?: (ArrayBuffer | ArrayBufferView)[]): string;
  on_msg(callback: (message: JupyterMessage) => void): void;
  on_close(callback: (message: JupyterMessage) => void): void;
}

/** A kernel's comms, for the widget front end and other comm users. */
export interface CommProvider {
  createComm(targetName: string, commId?: string | null): JupyterComm;
  /** Calls `handler` for each comm the kernel opens to `targetName`; the result unregisters it. */
  onCommOpen(targetName: string, handler: (comm: JupyterComm, message: JupyterMessage) => void): () => void;
  listComms(targetName?: string | null): JupyterComm[];
}

/**
 * What runs a notebook's code: any object with `execute`; every other member is optional and the element supplies
 * a default when it is missing.
 */
export interface Executor {
  /** The language the kernel runs, lower-case as kernel_info's language_info.name. Default 'python'. */
  readonly language?: string;
  /**
   * Runs an execute_request: every message whose parent is the request goes to `onMessage`, in order; its
   * execute_reply ends it.
   */
  execute(request: JupyterMessage, onMessage: (message: JupyterMessage) => void): void;
  /** Other shell requests (complete_request, inspect_request, is_complete_request, kernel_info_request). */
  request?(request: JupyterMessage, onMessage: (message: JupyterMessage) => void): void;
  /** Takes a queued request off the queue (it then ends with an execute_reply of status 'aborted'). */
  cancel?(msgId: string): boolean;
  /** The reader's answer to an input_request: an input_reply whose parent_header is the input_request's header. */
  inputReply?(message: JupyterMessage<{ value: string; status?: string }>): void;
  interrupt?(): void;
  restart?(): void;
  start?(): void;
  prefetch?(): void;
  dispose?(): void;
  readonly state?: KernelState;
  /** Calls `listener` at each change of `state`; the result unsubscribes it. */
  onStateChange?(listener: (state: KernelState) => void): () => void;
  readonly comms?: CommProvider | null;
  retain?(): void;
  release?(): void;
}

/** The complete_reply content. */
export interface CompleteReplyContent {
  status: 'ok' | 'error';
  matches: string[];
  cursor_start: number;
  cursor_end: number;
  metadata: Record<string, any>;
  ename?: string;
  evalue?: string;
}

/** The inspect_reply content. */
export interface InspectReplyContent {
  status: 'ok' | 'error';
  found: boolean;
  data: Record<string, any>;
  metadata: Record<string, any>;
  ename?: string;
  evalue?: string;
}

/** The executor createPyodideExecutor returns: the whole contract, its comms, completion and inspection. */
export interface PyodideExecutor extends Executor, CommProvider {
  readonly language: string;
  request(request: JupyterMessage, onMessage: (message: JupyterMessage) => void): void;
  cancel(msgId: string): boolean;
  inputReply(message: JupyterMessage<{ value: string; status?: string }> | string): void;
  interrupt(): void;
  restart(): void;
  start(): void;
  prefetch(): void;
  dispose(): void;
  readonly state: KernelState;
  onStateChange(listener: (state: KernelState) => void): () => void;
  readonly comms: CommProvider;
  retain(): void;
  release(): void;
  /** `cursorPos` in Unicode code points; the end of the code when omitted. */
  complete(code: string, cursorPos?: number): Promise<CompleteReplyContent>;
  inspect(code: string, cursorPos?: number, detailLevel?: 0 | 1): Promise<InspectReplyContent>;
}

export interface PyodideExecutorOptions {
  /** pyodide.js (or pyodide.mjs) URL, or a list tried in order. */
  src?: string | string[];
  indexURL?: string | string[];
  /**
   * Pyodide version for the default CDN URL. Naming a release the build did not record (integrity.json) lets a
   * loader that is no recorded release's load unverified.
   */
  version?: string;
  timeoutMs?: number;
  packages?: string | string[];
  autoloadImports?: boolean;
  figureFormats?: 'svg' | 'png' | ('svg' | 'png')[];
  lockFileURL?: string;
  workerUrl?: string;
  /**
   * Python in a worker of an opaque origin, owned by a sandboxed frame: `true` always, `false` never, `'auto'` (the
   * default) once a notebook loaded from another origin than the page's runs a cell.
   */
  sandbox?: boolean | 'auto';
  /**
   * What sandboxed code may reach besides the interpreter's own files: `'none'` (the default), `'same-origin'`
   * (the page's origin, without credentials), or a list of origins such as `'https://api.example.org'`.
   */
  network?: 'none' | 'same-origin' | string[];
  onStatus?: (status: 'loading' | 'installing' | 'ready' | 'running' | 'idle' | 'error', detail: string) => void;
}

export function createPyodideExecutor(options?: PyodideExecutorOptions): PyodideExecutor;

/** Options of createJupyterServerExecutor: where the Jupyter server is, how to authenticate, which kernel. */
export interface JupyterServerExecutorOptions {
  /** The server's address, e.g. `http://127.0.0.1:8888/` or JupyterHub's `https://hub.example/user/NAME/`. */
  baseUrl: string;
  /** The server's token (sent in the Authorization header; in the WebSocket URL, as browsers allow no header). */
  token?: string;
  /** The kernelspec to start; the server's default when omitted. */
  kernelName?: string;
  /** The notebook's path on the server: a session with this path is reused (its kernel shared), else created. */
  path?: string;
  /** The session's name (the file name of `path` when omitted). */
  name?: string;
  /** The language the kernel runs, before its kernel_info says (the kernelspec's language when omitted). */
  language?: string;
  /** Where the kernel WebSockets are served, if not beside baseUrl. */
  wsUrl?: string;
  /** `v1` (the binary v1.kernel.websocket.jupyter.org framing), `legacy` (JSON), or `auto` (v1, else legacy). */
  protocol?: 'v1' | 'legacy' | 'auto';
  /** How long a REST call may take. Default 30000. */
  requestTimeoutMs?: number;
  /** Attempts to reopen a dropped WebSocket (0.1 s, doubling to 4 s apart). Default 20. */
  reconnectAttempts?: number;
  onStatus?: (status: 'loading' | 'ready' | 'running' | 'idle' | 'reconnecting' | 'reconnected' | 'error',
      detail: string) => void;
}

/** Runs cells on a kernel of a Jupyter server; its code (jupyter-kit-server.mjs) is loaded on first use. */
export function createJupyterServerExecutor(options: JupyterServerExecutorOptions): PyodideExecutor;
/**
 * Registers the element as `tagName` (`jupyter-notebook`, which the bundle registers itself, when omitted) unless
 * the name is taken; returns the class registered under it.
 */
export function defineJupyterNotebook(tagName?: string): typeof JupyterNotebookElement;
export function clearStoredDrafts(): Promise<unknown>;
export const version: string;

declare global {
  /** What jupyter-kit.js defines when loaded as a classic script. */
  var jupyterkit: {
    createPyodideExecutor: typeof createPyodideExecutor;
    createJupyterServerExecutor: typeof createJupyterServerExecutor;
    defineJupyterNotebook: typeof defineJupyterNotebook;
    JupyterNotebookElement: typeof JupyterNotebookElement;
    clearStoredDrafts: typeof clearStoredDrafts;
    setBundleUrl(url: string): void;
    version: string;
  };
}
