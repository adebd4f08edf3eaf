package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.dom.ShadowRoot;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.codemirror.CodeMirrorModule;
import io.jupyterkit.externs.codemirror.EditorHandle;
import io.jupyterkit.externs.codemirror.EditorOptions;
import io.jupyterkit.externs.codemirror.KeyCallback;
import io.jupyterkit.externs.codemirror.ShellRequestCallback;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * An editable code cell's editor: CodeMirror 6 ({@code vendor/codemirror/codemirror.mjs}), loaded on demand by
 * {@link #load()}. Until it has loaded, and if it cannot, the cell keeps its read-only view. Positions are Unicode
 * code points (as Jupyter counts them), lines 1-based. What the editor does with keys (Tab completes or indents,
 * Shift-Tab inspects or dedents, ...) is documented in {@code npm/src/codemirror/editor.mjs}.
 */
final class CodeEditor {
  /** A kernel request made from the editor: the reply's content, or null when there is none. */
  interface ShellRequest {
    /** {@code complete_request} or {@code inspect_request} content for {@code code} at {@code cursorPos}. */
    Promise<JsonObject> send(String code, int cursorPos);
  }

  /** A key binding; returns true when it handled the key. */
  interface KeyHandler {
    boolean handle();
  }

  /** Receives the editor's whole text after each edit. */
  interface ChangeListener {
    void changed(String text);
  }

  /** What the editor reports and whom it asks; every part is optional. */
  static final class Options {
    private final Map<String, KeyHandler> keys = new LinkedHashMap<>();
    private ChangeListener onChange;
    private Runnable onFocus;
    private Runnable onBlur;
    private ShellRequest complete;
    private ShellRequest inspect;
    private boolean readOnly;
    private boolean lineWrapping;
    private HTMLElement tooltipParent;

    Options onChange(ChangeListener listener) {
      onChange = listener;
      return this;
    }

    Options onFocus(Runnable listener) {
      onFocus = listener;
      return this;
    }

    Options onBlur(Runnable listener) {
      onBlur = listener;
      return this;
    }

    /**
     * Binds a CodeMirror key name ({@code Shift-Enter}, {@code Mod-Enter}, {@code Alt-Enter}, {@code Escape},
     * {@code ArrowUp}, ...; {@code Mod} is Ctrl, or Cmd on macOS) ahead of the editor's own bindings, except
     * while a completion list or inspect panel is open, when Enter, Tab, the arrows and Escape act on it.
     */
    Options key(String key, KeyHandler handler) {
      keys.put(key, handler);
      return this;
    }

    /** Asked on Tab after a name or attribute character (and on Ctrl-Space) for a {@code complete_reply}. */
    Options complete(ShellRequest request) {
      complete = request;
      return this;
    }

    /** Asked on Shift-Tab at or after a name for an {@code inspect_reply}. */
    Options inspect(ShellRequest request) {
      inspect = request;
      return this;
    }

    Options readOnly(boolean value) {
      readOnly = value;
      return this;
    }

    /** Wrap long lines instead of scrolling them sideways (off by default, as in Jupyter). */
    Options lineWrapping(boolean value) {
      lineWrapping = value;
      return this;
    }

    /** Where the completion list and inspect panel go: outside anything that clips (overflow, containment). */
    Options tooltipParent(HTMLElement element) {
      tooltipParent = element;
      return this;
    }
  }

  private static Promise<CodeMirrorModule> module;
  private static CodeMirrorModule loaded;

  private final EditorHandle handle;

  private CodeEditor(EditorHandle handle) {
    this.handle = handle;
  }

  /**
   * Loads the editor module once; later calls share the same promise. A failure is reported on the console and
   * rejects the promise (the caller keeps its read-only view); the next call tries again.
   */
  static Promise<Void> load() {
    if (module == null) {
      module = ModuleLoader.importModule(Assets.resolve("vendor/codemirror/codemirror.mjs"))
          .then(namespace -> {
            loaded = Js.uncheckedCast(namespace);
            return Promise.resolve(loaded);
          });
      module.catch_(error -> {
        module = null;
        DomGlobal.console.warn("jupyter-kit: the code editor could not be loaded; cells stay read-only.", error);
        return null;
      });
    }
    return module.then(ignored -> Promise.resolve((Void) null));
  }

  /** Whether {@link #load()} has finished, so that {@link #create} may be called. */
  static boolean isLoaded() {
    return loaded != null;
  }

  /**
   * Mounts an editor holding {@code text} in {@code parent}, its styles in {@code root}. {@code language} as the
   * notebook names it ({@code python}, {@code r}, {@code julia}, ...; unknown ones are plain text).
   *
   * @throws IllegalStateException when {@link #load()} has not finished
   */
  static CodeEditor create(HTMLElement parent, ShadowRoot root, String text, String language, Options options) {
    if (loaded == null) {
      throw new IllegalStateException("CodeEditor.load() has not finished");
    }
    Options given = options != null ? options : new Options();
    EditorOptions settings = EditorOptions.create();
    settings.setParent(parent);
    settings.setRoot(root);
    settings.setDoc(text != null ? text : "");
    settings.setLanguage(language != null ? language : "");
    settings.setReadOnly(given.readOnly);
    settings.setLineWrapping(given.lineWrapping);
    if (given.tooltipParent != null) {
      settings.setTooltipParent(given.tooltipParent);
    }
    if (given.onChange != null) {
      ChangeListener listener = given.onChange;
      settings.setOnChange(listener::changed);
    }
    if (given.onFocus != null) {
      Runnable listener = given.onFocus;
      settings.setOnFocus(listener::run);
    }
    if (given.onBlur != null) {
      Runnable listener = given.onBlur;
      settings.setOnBlur(listener::run);
    }
    JsPropertyMap<KeyCallback> keys = JsPropertyMap.of();
    for (Map.Entry<String, KeyHandler> binding : given.keys.entrySet()) {
      KeyHandler handler = binding.getValue();
      keys.set(binding.getKey(), handler::handle);
    }
    settings.setKeys(keys);
    if (given.complete != null) {
      settings.setComplete(asCallback(given.complete));
    }
    if (given.inspect != null) {
      settings.setInspect(asCallback(given.inspect));
    }
    return new CodeEditor(loaded.createEditor(settings));
  }

  private static ShellRequestCallback asCallback(ShellRequest request) {
    return (code, cursorPos) -> request.send(code, cursorPos)
        .then(content -> Promise.resolve(content == null ? null : JsJson.toJs(content)));
  }

  String value() {
    return handle.value();
  }

  /** Replaces the text as one undo step (Mod-z brings the old text back); does not call onChange. */
  void setValue(String text) {
    handle.setValue(text != null ? text : "");
  }

  void focus() {
    handle.focus();
  }

  boolean hasFocus() {
    return handle.hasFocus();
  }

  void setCursorAtStart() {
    handle.setCursor("start");
  }

  void setCursorAtEnd() {
    handle.setCursor("end");
  }

  /** Puts the cursor at a code-point offset and scrolls it into view. */
  void setCursor(int codePointOffset) {
    handle.setCursor(codePointOffset);
  }

  int cursorPosition() {
    return (int) handle.cursorPosition();
  }

  int cursorLine() {
    return (int) handle.cursorLine();
  }

  int lineCount() {
    return (int) handle.lineCount();
  }

  /** The cursor, with nothing selected, is before the first character. */
  boolean cursorAtStart() {
    return handle.cursorAtStart();
  }

  /** The cursor, with nothing selected, is after the last character. */
  boolean cursorAtEnd() {
    return handle.cursorAtEnd();
  }

  /** The cursor is on the first line as drawn (so ArrowUp would leave the editor). */
  boolean cursorOnFirstLine() {
    return handle.cursorOnFirstLine();
  }

  /** The cursor is on the last line as drawn (so ArrowDown would leave the editor). */
  boolean cursorOnLastLine() {
    return handle.cursorOnLastLine();
  }

  void setReadOnly(boolean readOnly) {
    handle.setReadOnly(readOnly);
  }

  void setLanguage(String language) {
    handle.setLanguage(language != null ? language : "");
  }

  /** Removes the editor from the page; the object must not be used afterwards. */
  void destroy() {
    handle.destroy();
  }
}
