/**
 * jupyter-kit's code editor: CodeMirror 6 behind a small API of our own, bundled by the build into
 * vendor/codemirror/codemirror.mjs and loaded on demand (never part of jupyter-kit.js). The Java side binds this
 * API (io.jupyterkit.externs.codemirror, io.jupyterkit.element.CodeEditor); nothing else of CodeMirror is exposed.
 *
 * createEditor(options) mounts an editor and returns its handle.
 *
 * options:
 *   parent      Element the editor is appended to.
 *   root        The ShadowRoot (or Document) the editor lives in; CodeMirror puts its style sheets there.
 *   doc         Initial text (default '').
 *   language    'python', 'markdown', 'r', 'julia', 'javascript', 'typescript', 'json', 'sql', 'shell', 'octave',
 *               'c', 'cpp', 'java', 'scala', 'kotlin', 'ruby', 'lua', 'haskell', 'rust', 'go' (and the aliases in
 *               LANGUAGES);
 *               anything else is plain text.
 *   readOnly    The text cannot be changed (it can still be selected, searched and copied).
 *   lineWrapping  Wrap long lines (default false, as in Jupyter: long lines scroll sideways). The read-only
 *               pre.source wraps them (white-space: pre-wrap); an editor that replaces it draws them the same way
 *               only with lineWrapping true.
 *   tooltipParent Element for the completion list and the inspect panel (default: the editor itself). Give one
 *               in the same root (so the editor's styles reach it) but outside any element that clips (overflow,
 *               paint containment, content-visibility) so popups are not cut off. Popups stay within the root's
 *               host when the host clips, opening above the cursor when there is no room below.
 *   onChange(doc)  After the text changed by editing or undo (not by setValue), with the whole text; called in
 *               a microtask after CodeMirror finished its update, once for changes made together.
 *   onFocus(), onBlur()  The editor gained / lost focus (also called after the update, never inside it, so they
 *               may destroy the editor).
 *   keys        { 'Shift-Enter': () => boolean, ... }: CodeMirror key names ('Mod-' is Ctrl, or Cmd on macOS),
 *               checked before every other binding except those of an open completion list or inspect panel
 *               (Enter, Tab, arrows, Escape there act on the popup). A callback returns true when it handled the
 *               key; false lets the editor handle it. For "ArrowUp on the first line" bind 'ArrowUp' and check
 *               cursorOnFirstLine().
 *   complete(code, cursorPos)  Promise of a Jupyter complete_reply content ({status, matches, cursor_start,
 *               cursor_end, metadata: {_jupyter_types_experimental}}) or null. Positions are in Unicode code
 *               points, as in Jupyter; the editor converts from and to its UTF-16 offsets.
 *   inspect(code, cursorPos)  Promise of an inspect_reply content ({status, found, data: {'text/plain'}}) or
 *               null; same positions.
 *
 * Keys the editor adds: Tab completes when the cursor follows a name or attribute character (one match is
 * inserted at once, several open a list: Enter or Tab accepts, Escape closes, typing narrows it), else indents;
 * Shift-Tab shows what inspect returns for the name at or before the cursor (or after "name(") in a panel that
 * PageDown / PageUp scroll and Escape, typing or moving the cursor close (the editor keeps the focus and names the
 * panel in aria-describedby), else dedents; Ctrl-Space completes too. Enter indents by the
 * language's rules; brackets and quotes close themselves; Mod-z / Mod-Shift-z (Mod-y) undo and redo; Mod-f
 * searches. No line numbers, no active-line highlight; indentation is four spaces. In a read-only editor Tab is left
 * to the browser (the focus moves on).
 *
 * handle:
 *   value()          The text.
 *   setValue(text)   Replaces the text without calling onChange. Only the part that differs is replaced, so the
 *                    cursor keeps its place in the unchanged parts; the replacement is one undo step, so the
 *                    history is kept and Mod-z brings the old text back.
 *   focus(), hasFocus()
 *   setCursor(where) 'start', 'end', or a code-point offset; scrolls it into view.
 *   cursorPosition() The cursor's offset in code points.
 *   cursorLine(), lineCount()  1-based line of the cursor; number of lines.
 *   cursorAtStart(), cursorAtEnd()  The cursor (with no selection) is at the very start / end of the text.
 *   cursorOnFirstLine(), cursorOnLastLine()  The cursor is on the first / last line as drawn (wrapped lines
 *                    count as several).
 *   setReadOnly(flag), setLanguage(name)
 *   destroy()        Removes the editor; the handle must not be used afterwards.
 */
import {Annotation, Compartment, EditorSelection, EditorState, Prec, StateEffect, StateField} from '@codemirror/state';
import {
  EditorView, drawSelection, dropCursor, highlightSpecialChars, keymap, showTooltip, tooltips,
} from '@codemirror/view';
import {defaultKeymap, history, historyKeymap, indentLess, indentMore} from '@codemirror/commands';
import {
  HighlightStyle, LanguageSupport, StreamLanguage, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting,
} from '@codemirror/language';
import {
  acceptCompletion, autocompletion, closeBrackets, closeBracketsKeymap, insertCompletionText, pickedCompletion,
  startCompletion,
} from '@codemirror/autocomplete';
import {search, searchKeymap} from '@codemirror/search';
import {tags} from '@lezer/highlight';
import {python} from '@codemirror/lang-python';
import {markdownKeymap, markdownLanguage} from '@codemirror/lang-markdown';
import {r} from '@codemirror/legacy-modes/mode/r';
import {julia} from '@codemirror/legacy-modes/mode/julia';
import {shell} from '@codemirror/legacy-modes/mode/shell';
import {standardSQL} from '@codemirror/legacy-modes/mode/sql';
import {javascript, json, typescript} from '@codemirror/legacy-modes/mode/javascript';
import {octave} from '@codemirror/legacy-modes/mode/octave';
import {c, cpp, java, kotlin, scala} from '@codemirror/legacy-modes/mode/clike';
import {ruby} from '@codemirror/legacy-modes/mode/ruby';
import {lua} from '@codemirror/legacy-modes/mode/lua';
import {haskell} from '@codemirror/legacy-modes/mode/haskell';
import {rust} from '@codemirror/legacy-modes/mode/rust';
import {go} from '@codemirror/legacy-modes/mode/go';

const stream = (parser) => () => StreamLanguage.define(parser);
// GitHub-flavoured, with list continuation on Enter; without lang-markdown's markdown(), whose HTML support would
// bring in the HTML, CSS and JavaScript parsers (three times the size of the rest of the languages).
const markdown = () => new LanguageSupport(markdownLanguage, Prec.high(keymap.of(markdownKeymap)));

/** Language names (lower case, as notebooks and kernels spell them) to a function making the extension. */
const LANGUAGES = {
  python: python, python3: python, ipython: python, ipython3: python, py: python,
  markdown: markdown, md: markdown,
  r: stream(r),
  julia: stream(julia),
  javascript: stream(javascript), js: stream(javascript), node: stream(javascript),
  typescript: stream(typescript), ts: stream(typescript),
  json: stream(json),
  sql: stream(standardSQL),
  shell: stream(shell), bash: stream(shell), sh: stream(shell), zsh: stream(shell),
  octave: stream(octave), matlab: stream(octave),
  c: stream(c), 'c++': stream(cpp), cpp: stream(cpp), 'c++11': stream(cpp), 'c++14': stream(cpp),
  'c++17': stream(cpp), java: stream(java), scala: stream(scala), kotlin: stream(kotlin),
  ruby: stream(ruby), lua: stream(lua), haskell: stream(haskell), rust: stream(rust), go: stream(go),
};

function languageExtension(name) {
  const make = LANGUAGES[String(name == null ? '' : name).trim().toLowerCase()];
  return make ? make() : [];
}

// Jupyter counts cursor positions in Unicode code points; CodeMirror in UTF-16 code units.
const isHigh = (unit) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit) => unit >= 0xdc00 && unit <= 0xdfff;

function toCodePoints(text, offset) {
  let count = 0;
  for (let i = 0; i < offset; i++, count++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < offset && isLow(text.charCodeAt(i + 1))) {
      i++;
    }
  }
  return count;
}

function toUtf16(text, codePoints) {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

const NAME_CHAR = /[\p{L}\p{N}_]/u;
const NAME_OR_ATTRIBUTE_CHAR = /[\p{L}\p{N}_.]/u;
/** The code point before / after the cursor ('' at either end); two UTF-16 units hold one. */
const charBefore = (state, pos) => Array.from(state.sliceDoc(Math.max(0, pos - 2), pos)).pop() || '';
const charAfter = (state, pos) => Array.from(state.sliceDoc(pos, pos + 2))[0] || '';

// eslint-disable-next-line no-control-regex
const ANSI_ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[@-Z\\-_]/g;

/** Jupyter's completion types onto CodeMirror's icon names. */
const COMPLETION_TYPES = {
  function: 'function', builtin_function_or_method: 'function', method: 'method', class: 'class',
  module: 'namespace', keyword: 'keyword', instance: 'variable', statement: 'variable', param: 'variable',
  property: 'property', path: 'text', magic: 'keyword', type: 'type', constant: 'constant',
};

/** One CodeMirror completion result from a complete_reply, or null when it offers nothing. */
function completionResult(reply, text) {
  if (!reply || (reply.status && reply.status !== 'ok') || !Array.isArray(reply.matches)
      || reply.matches.length === 0) {
    return null;
  }
  const start = Number.isInteger(reply.cursor_start) ? toUtf16(text, reply.cursor_start) : null;
  const end = Number.isInteger(reply.cursor_end) ? toUtf16(text, reply.cursor_end) : null;
  if (start == null || end == null || start > end) {
    return null;
  }
  const types = {};
  const experimental = reply.metadata && reply.metadata._jupyter_types_experimental;
  if (Array.isArray(experimental)) {
    for (const entry of experimental) {
      if (entry && typeof entry.text === 'string') {
        types[entry.text] = entry;
      }
    }
  }
  const options = [];
  const seen = new Set();
  reply.matches.forEach((match, i) => {
    if (typeof match !== 'string' || seen.has(match)) {
      return;
    }
    seen.add(match);
    const typed = types[match] || {};
    options.push({
      label: match,
      type: COMPLETION_TYPES[typed.type] || undefined,
      detail: typeof typed.signature === 'string' && typed.signature ? typed.signature : undefined,
      // Equal scores keep the kernel's order.
      sortText: String(i).padStart(6, '0'),
    });
  });
  return {from: start, to: end, options, validFor: /^[\p{L}\p{N}_]*$/u};
}

/** Marks the change setValue makes, which onChange does not report. */
const external = Annotation.define();

/** The inspect panel: set by Shift-Tab, cleared by Escape, any edit or cursor move. */
const setInspection = StateEffect.define();
const inspection = StateField.define({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setInspection)) {
        return effect.value;
      }
    }
    return tr.docChanged || tr.selection ? null : value;
  },
  provide: (field) => showTooltip.from(field),
});

let inspectionIds = 0;

/** The panel: described to assistive technology as the editor's description (see inspectionDescription). */
function inspectionTooltip(pos, text) {
  const tooltip = {
    pos,
    above: false,
    id: 'cm-jk-inspect-' + ++inspectionIds,
    panel: null,
    create(view) {
      const dom = view.dom.ownerDocument.createElement('div');
      dom.className = 'cm-jk-inspect';
      dom.id = tooltip.id;
      dom.setAttribute('role', 'tooltip');
      dom.textContent = text;
      tooltip.panel = dom;
      return {dom};
    },
  };
  return tooltip;
}

const inspectionDescription = EditorView.contentAttributes.compute([inspection], (state) => {
  const shown = state.field(inspection);
  return shown ? {'aria-describedby': shown.id} : {};
});

/** PageDown / PageUp scroll an open panel; the editor keeps the focus, as it does for the completion list. */
const scrollInspection = (direction) => (view) => {
  const shown = view.state.field(inspection, false);
  const panel = shown && shown.panel;
  if (!panel) {
    return false;
  }
  panel.scrollBy({top: direction * Math.max(1, panel.clientHeight - 20)});
  return true;
};

const closeInspection = (view) => {
  if (!view.state.field(inspection, false)) {
    return false;
  }
  view.dispatch({effects: setInspection.of(null)});
  return true;
};

/** Every colour is one of the element's custom properties, so its light, dark and auto themes apply here too. */
const theme = EditorView.theme({
  '&': {color: 'var(--jk-fg)', backgroundColor: 'var(--jk-input-bg)'},
  '&.cm-focused': {outline: 'none'},
  // Font, size and line height come from the element around the editor, so the text sits where the read-only
  // view had it (see the .code-editor rule in jupyter-kit.css).
  '.cm-scroller': {fontFamily: 'inherit', lineHeight: 'inherit'},
  '.cm-content': {padding: '0', caretColor: 'var(--jk-fg)'},
  '.cm-line': {padding: '0'},
  '.cm-cursor, .cm-dropCursor': {borderLeftColor: 'var(--jk-fg)'},
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground':
      {backgroundColor: 'color-mix(in srgb, var(--jk-accent) 28%, transparent)'},
  '.cm-content ::selection': {backgroundColor: 'color-mix(in srgb, var(--jk-accent) 28%, transparent)'},
  '&.cm-focused .cm-matchingBracket':
      {backgroundColor: 'color-mix(in srgb, var(--jk-accent) 22%, transparent)', outline: '1px solid var(--jk-accent)'},
  '&.cm-focused .cm-nonmatchingBracket': {backgroundColor: 'transparent', outline: '1px solid var(--jk-ansi-red)'},
  '.cm-searchMatch': {backgroundColor: 'color-mix(in srgb, var(--jk-code-title) 30%, transparent)',
    outline: '1px solid var(--jk-border)'},
  '.cm-searchMatch.cm-searchMatch-selected': {backgroundColor: 'color-mix(in srgb, var(--jk-accent) 40%, transparent)'},
  '.cm-panels': {backgroundColor: 'var(--jk-bg)', color: 'var(--jk-fg)'},
  '.cm-panels.cm-panels-top': {borderBottom: '1px solid var(--jk-border)'},
  '.cm-panels.cm-panels-bottom': {borderTop: '1px solid var(--jk-border)'},
  '.cm-textfield': {backgroundColor: 'var(--jk-bg)', color: 'var(--jk-fg)', border: '1px solid var(--jk-border)'},
  '.cm-button': {backgroundImage: 'none', backgroundColor: 'var(--jk-input-bg)', color: 'var(--jk-fg)',
    border: '1px solid var(--jk-border)'},
  '.cm-tooltip': {backgroundColor: 'var(--jk-bg)', color: 'var(--jk-fg)', border: '1px solid var(--jk-border)'},
  '.cm-tooltip.cm-tooltip-autocomplete > ul': {fontFamily: 'var(--jk-mono)'},
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li[aria-selected]':
      {backgroundColor: 'var(--jk-accent)', color: 'var(--jk-bg)'},
  '.cm-completionDetail': {color: 'var(--jk-muted)'},
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li[aria-selected] .cm-completionDetail': {color: 'inherit'},
  '.cm-jk-inspect': {maxWidth: 'min(60em, 90vw)', maxHeight: '20em', overflow: 'auto', margin: '0',
    padding: '.3em .5em', whiteSpace: 'pre-wrap', fontFamily: 'var(--jk-mono)', fontSize: '.875em'},
});

/** The same roles as the read-only view's highlight.js classes (Styles.highlighting). */
const highlightStyle = HighlightStyle.define([
  {tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword,
    tags.bool, tags.null, tags.atom, tags.self], color: 'var(--jk-code-keyword)'},
  {tag: [tags.string, tags.special(tags.string), tags.regexp, tags.character, tags.escape],
    color: 'var(--jk-code-string)'},
  {tag: [tags.number, tags.integer, tags.float], color: 'var(--jk-code-number)'},
  {tag: [tags.comment, tags.lineComment, tags.blockComment, tags.docComment], color: 'var(--jk-code-comment)',
    fontStyle: 'italic'},
  {tag: [tags.standard(tags.variableName), tags.typeName, tags.standard(tags.name)],
    color: 'var(--jk-code-builtin)'},
  {tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className),
    tags.definition(tags.variableName)], color: 'var(--jk-code-title)'},
  {tag: [tags.meta, tags.annotation, tags.processingInstruction, tags.special(tags.variableName),
    tags.attributeName], color: 'var(--jk-code-meta)'},
  // One rule per tag: a later rule for the same tag replaces an earlier one.
  {tag: tags.heading, color: 'var(--jk-code-title)', fontWeight: 'bold'},
  {tag: tags.strong, fontWeight: 'bold'},
  {tag: tags.emphasis, fontStyle: 'italic'},
  {tag: tags.strikethrough, textDecoration: 'line-through'},
  {tag: [tags.link, tags.url], color: 'var(--jk-link)'},
  {tag: tags.invalid, color: 'var(--jk-ansi-red)'},
]);

/**
 * Where popups may go: the window, or only the part the shadow root's host covers when it clips what it holds
 * (paint containment or overflow), so a list near its edge opens on the side where it can be seen.
 */
function tooltipSpace(view) {
  const win = view.dom.ownerDocument.defaultView;
  const space = {left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight};
  const host = view.root && view.root.host;
  if (!host) {
    return space;
  }
  const style = win.getComputedStyle(host);
  if (!/paint|content|strict/.test(style.contain) && style.overflow === 'visible') {
    return space;
  }
  const box = host.getBoundingClientRect();
  return {left: Math.max(space.left, box.left), top: Math.max(space.top, box.top),
    right: Math.min(space.right, box.right), bottom: Math.min(space.bottom, box.bottom)};
}

function callSafely(callback, ...args) {
  if (typeof callback !== 'function') {
    return undefined;
  }
  try {
    return callback(...args);
  } catch (error) {
    console.error('jupyter-kit: an editor callback failed.', error);
    return undefined;
  }
}

/** A callback's promise, or null when it has none, fails or throws. */
function ask(callback, code, cursorPos) {
  const answer = callSafely(callback, code, cursorPos);
  return Promise.resolve(answer).then((reply) => reply || null, (error) => {
    console.warn('jupyter-kit: the kernel could not answer the editor.', error);
    return null;
  });
}

export function createEditor(options) {
  const settings = options || {};
  const readOnly = new Compartment();
  const language = new Compartment();
  let view = null;
  // A completion result fetched by Tab, handed to CodeMirror's list when there are several matches.
  let pending = null;
  let changed = false;
  let focusReported = false;
  let deliveryQueued = false;
  let destroyed = false;

  /** onChange/onFocus/onBlur run after CodeMirror's update has finished, never inside it. */
  function deliver() {
    deliveryQueued = false;
    if (destroyed) {
      return;
    }
    if (changed) {
      changed = false;
      callSafely(settings.onChange, view.state.doc.toString());
    }
    if (!destroyed && view.hasFocus !== focusReported) {
      focusReported = view.hasFocus;
      callSafely(focusReported ? settings.onFocus : settings.onBlur);
    }
  }

  function queueDelivery() {
    if (!deliveryQueued) {
      deliveryQueued = true;
      queueMicrotask(deliver);
    }
  }

  function request(state, pos) {
    const text = state.doc.toString();
    return ask(settings.complete, text, toCodePoints(text, pos)).then((reply) => completionResult(reply, text));
  }

  const completionSource = (context) => {
    if (pending && pending.doc === context.state.doc && pending.pos === context.pos) {
      const result = pending.result;
      pending = null;
      return result;
    }
    return context.explicit ? request(context.state, context.pos) : null;
  };

  const tab = (target) => {
    const {state} = target;
    if (state.readOnly) {
      // Nothing to insert: Tab moves the focus on, as it does everywhere else on the page.
      return false;
    }
    const range = state.selection.main;
    if (state.selection.ranges.length > 1 || !range.empty || !NAME_OR_ATTRIBUTE_CHAR.test(charBefore(state, range.head))
        || typeof settings.complete !== 'function') {
      return indentMore(target);
    }
    const doc = state.doc;
    const pos = range.head;
    request(state, pos).then((result) => {
      if (destroyed || !result || target.state.doc !== doc || target.state.selection.main.head !== pos) {
        return;
      }
      if (result.options.length === 1) {
        const completion = result.options[0];
        target.dispatch(Object.assign(insertCompletionText(target.state, completion.label, result.from, result.to),
            {annotations: pickedCompletion.of(completion), userEvent: 'input.complete'}));
      } else {
        pending = {doc, pos, result};
        startCompletion(target);
      }
    });
    return true;
  };

  const shiftTab = (target) => {
    const {state} = target;
    const range = state.selection.main;
    const before = charBefore(state, range.head);
    const wantsInspect = range.empty && state.selection.ranges.length === 1
        && (NAME_CHAR.test(before) || before === '(' || NAME_CHAR.test(charAfter(state, range.head)));
    if (!wantsInspect || typeof settings.inspect !== 'function') {
      return indentLess(target);
    }
    const doc = state.doc;
    const pos = range.head;
    const text = doc.toString();
    ask(settings.inspect, text, toCodePoints(text, pos)).then((reply) => {
      if (destroyed || !reply || reply.found !== true || !reply.data
          || target.state.doc !== doc || target.state.selection.main.head !== pos) {
        return;
      }
      const plain = reply.data['text/plain'];
      const shown = (Array.isArray(plain) ? plain.join('') : String(plain == null ? '' : plain))
          .replace(ANSI_ESCAPES, '').trim();
      if (shown) {
        target.dispatch({effects: setInspection.of(inspectionTooltip(pos, shown))});
      }
    });
    return true;
  };

  const userKeys = Object.entries(settings.keys || {}).map(([key, callback]) => ({
    key,
    run: () => callSafely(callback) === true,
  }));

  const state = EditorState.create({
    doc: settings.doc == null ? '' : String(settings.doc),
    extensions: [
      // Popups first: with a list or panel open, these keys act on it.
      Prec.highest(keymap.of([{key: 'Escape', run: closeInspection}, {key: 'Tab', run: acceptCompletion},
        {key: 'PageDown', run: scrollInspection(1)}, {key: 'PageUp', run: scrollInspection(-1)}])),
      // Its keymap (arrows, Enter, Escape, Ctrl-Space) is of highest precedence and acts only on an open list.
      autocompletion({
        override: [completionSource],
        activateOnTyping: false,
        // The list opens only when asked for (Tab), so a key right after it is meant for it.
        interactionDelay: 0,
        icons: true,
      }),
      Prec.highest(keymap.of(userKeys)),
      Prec.high(keymap.of([{key: 'Tab', run: tab, shift: shiftTab}])),
      inspection,
      inspectionDescription,
      tooltips(Object.assign({tooltipSpace}, settings.tooltipParent ? {parent: settings.tooltipParent} : {})),
      history(),
      drawSelection(),
      dropCursor(),
      highlightSpecialChars(),
      EditorState.allowMultipleSelections.of(true),
      indentOnInput(),
      indentUnit.of('    '),
      EditorState.tabSize.of(4),
      bracketMatching(),
      closeBrackets(),
      search({top: true}),
      syntaxHighlighting(highlightStyle),
      theme,
      settings.lineWrapping ? EditorView.lineWrapping : [],
      readOnly.of(EditorState.readOnly.of(!!settings.readOnly)),
      language.of(languageExtension(settings.language)),
      keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap]),
      EditorView.contentAttributes.of({'aria-label': 'Code editor', 'aria-multiline': 'true'}),
      EditorView.updateListener.of((update) => {
        if (update.docChanged && !update.transactions.every((tr) => tr.annotation(external))) {
          changed = true;
        }
        if (update.docChanged || update.focusChanged) {
          queueDelivery();
        }
      }),
    ],
  });
  view = new EditorView({state, parent: settings.parent, root: settings.root || undefined});

  const cursor = () => view.state.selection.main;
  const drawnLineTop = (pos) => {
    const coords = view.coordsAtPos(pos);
    return coords ? coords.top : null;
  };

  return {
    value: () => view.state.doc.toString(),
    setValue(text) {
      const next = text == null ? '' : String(text);
      const current = view.state.doc.toString();
      if (next === current) {
        return;
      }
      let prefix = 0;
      const limit = Math.min(current.length, next.length);
      while (prefix < limit && current.charCodeAt(prefix) === next.charCodeAt(prefix)) {
        prefix++;
      }
      let suffix = 0;
      while (suffix < limit - prefix
          && current.charCodeAt(current.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)) {
        suffix++;
      }
      // Never split a surrogate pair.
      if (prefix > 0 && isHigh(current.charCodeAt(prefix - 1))) {
        prefix--;
      }
      if (suffix > 0 && isLow(current.charCodeAt(current.length - suffix))) {
        suffix--;
      }
      view.dispatch({
        changes: {from: prefix, to: current.length - suffix, insert: next.slice(prefix, next.length - suffix)},
        annotations: external.of(true),
      });
    },
    focus: () => view.focus(),
    hasFocus: () => view.hasFocus,
    setCursor(where) {
      const doc = view.state.doc;
      let pos;
      if (where === 'start') {
        pos = 0;
      } else if (where === 'end') {
        pos = doc.length;
      } else {
        pos = Math.min(doc.length, toUtf16(doc.toString(), Math.max(0, Math.floor(Number(where) || 0))));
      }
      view.dispatch({selection: EditorSelection.cursor(pos), scrollIntoView: true});
    },
    cursorPosition: () => toCodePoints(view.state.doc.toString(), cursor().head),
    cursorLine: () => view.state.doc.lineAt(cursor().head).number,
    lineCount: () => view.state.doc.lines,
    cursorAtStart: () => cursor().empty && cursor().head === 0,
    cursorAtEnd: () => cursor().empty && cursor().head === view.state.doc.length,
    cursorOnFirstLine() {
      const head = cursor().head;
      if (view.state.doc.lineAt(head).number !== 1) {
        return false;
      }
      const top = drawnLineTop(head);
      const first = drawnLineTop(0);
      return top == null || first == null || Math.abs(top - first) < 2;
    },
    cursorOnLastLine() {
      const head = cursor().head;
      const doc = view.state.doc;
      if (doc.lineAt(head).number !== doc.lines) {
        return false;
      }
      const top = drawnLineTop(head);
      const last = drawnLineTop(doc.length);
      return top == null || last == null || Math.abs(top - last) < 2;
    },
    setReadOnly(flag) {
      view.dispatch({effects: readOnly.reconfigure(EditorState.readOnly.of(!!flag))});
    },
    setLanguage(name) {
      view.dispatch({effects: language.reconfigure(languageExtension(name))});
    },
    destroy() {
      if (!destroyed) {
        destroyed = true;
        view.destroy();
      }
    },
  };
}
