// The code editor module (vendor/codemirror/codemirror.mjs) put into a <jupyter-notebook>'s code cell from the
// page, the way the element will do it: the read-only <pre class="source"> is hidden and an editor holding its
// text takes its place, in a box styled like it (class "source code-editor"). Used by editor.html, its browser test
// and the editor benchmark; the "kernel" here is a fake that answers from word lists, since what is shown is the
// editor, not Python.
import {createEditor} from './jupyter-kit/vendor/codemirror/codemirror.mjs';

const NAMES = ['print', 'property', 'pow', 'range', 'len', 'list', 'locals', 'sorted', 'sum', 'str', 'isinstance',
  'import', 'in', 'int', 'def', 'return', 'lambda', 'while', 'with'];
const ATTRIBUTES = {math: ['pi', 'sqrt', 'sin', 'cos', 'tau'], os: ['path', 'getcwd', 'listdir']};
const DOCS = {
  // The colour escapes are what IPython's inspector sends; the editor must strip them.
  print: '\u001b[0;31mDocstring:\u001b[0m\nprint(value, ..., sep=\' \', end=\'\\n\', file=sys.stdout, flush=False)\n\n'
      + 'Prints the values to a stream, or to sys.stdout by default.\n\u001b[0;31mType:\u001b[0m      '
      + 'builtin_function_or_method',
  len: 'Signature: len(obj, /)\nDocstring: Return the number of items in a container.',
  range: 'Init signature: range(self, /, *args, **kwargs)\nDocstring:\n'
      + Array.from({length: 60}, (_, i) => `line ${i + 1} of a long docstring`).join('\n'),
};

const codePoints = (text) => Array.from(text);

/** The name (and the object before a dot) ending at code point {@code cursorPos}, Jupyter-style. */
function tokenAt(code, cursorPos) {
  const before = codePoints(code).slice(0, cursorPos).join('');
  const match = /(?:([\p{L}\p{N}_]+)\.)?([\p{L}\p{N}_]*)$/u.exec(before);
  return {object: match[1] || null, name: match[2], start: cursorPos - codePoints(match[2]).length};
}

/** complete_reply content from the word lists; every call is kept in window.kernelCalls. */
export function fakeComplete(code, cursorPos) {
  (window.kernelCalls = window.kernelCalls || []).push({type: 'complete', code, cursorPos});
  const {object, name, start} = tokenAt(code, cursorPos);
  const pool = object ? (ATTRIBUTES[object] || []) : NAMES.concat(identifiers(code));
  const matches = [...new Set(pool)].filter((word) => word.startsWith(name) && word !== name).sort();
  return Promise.resolve({status: 'ok', matches, cursor_start: start, cursor_end: cursorPos, metadata: {
    _jupyter_types_experimental: matches.map((text) => ({start, end: cursorPos, text,
      type: NAMES.includes(text) ? 'function' : 'instance', signature: ''}))}});
}

/** inspect_reply content for a few builtins. */
export function fakeInspect(code, cursorPos) {
  (window.kernelCalls = window.kernelCalls || []).push({type: 'inspect', code, cursorPos});
  const chars = codePoints(code);
  let end = cursorPos;
  while (end < chars.length && /[\p{L}\p{N}_]/u.test(chars[end])) end++;
  const {name} = tokenAt(chars.slice(0, end).join(''), end);
  const call = /([\p{L}\p{N}_]+)\($/u.exec(chars.slice(0, cursorPos).join(''));
  const doc = DOCS[name] || (call && DOCS[call[1]]);
  return Promise.resolve(doc ? {status: 'ok', found: true, data: {'text/plain': doc}, metadata: {}}
      : {status: 'ok', found: false, data: {}, metadata: {}});
}

function identifiers(code) {
  return code.match(/[\p{L}_][\p{L}\p{N}_]*/gu) || [];
}

/** One box for every editor's completion list and inspect panel, outside the cells (which clip). */
function popupLayer(root) {
  let layer = root.querySelector(':scope > .editor-popups');
  if (!layer) {
    layer = document.createElement('div');
    layer.className = 'editor-popups';
    root.appendChild(layer);
  }
  return layer;
}

/**
 * Replaces the source of code cell {@code index} of {@code notebook} by an editor and returns its handle; events
 * the editor reports are appended to window.editorEvents. {@code options} are passed on (keys, language...).
 */
export function openEditor(notebook, index, options = {}) {
  const root = notebook.shadowRoot;
  const cell = root.querySelector(`.cell[data-index="${index}"]`);
  const pre = cell.querySelector('pre.source');
  const box = document.createElement('div');
  box.className = 'source code-editor';
  pre.after(box);
  pre.hidden = true;
  const events = (window.editorEvents = window.editorEvents || []);
  const editor = createEditor(Object.assign({
    parent: box,
    root,
    doc: pre.textContent,
    language: 'python',
    tooltipParent: popupLayer(root),
    complete: fakeComplete,
    inspect: fakeInspect,
    onChange: (doc) => events.push({type: 'change', index, doc}),
    onFocus: () => events.push({type: 'focus', index}),
    onBlur: () => events.push({type: 'blur', index}),
  }, options));
  editor.box = box;
  editor.pre = pre;
  return editor;
}

/** Closes an editor opened by openEditor: the read-only view comes back, showing the edited text. */
export function closeEditor(editor) {
  editor.pre.querySelector('code').textContent = editor.value();
  editor.destroy();
  editor.box.remove();
  editor.pre.hidden = false;
}
