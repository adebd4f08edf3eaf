package io.jupyterkit.element;

import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import io.jupyterkit.kernel.Executor;
import java.util.function.Supplier;

/**
 * Opens the editor for a cell's source: CodeMirror once its module has loaded (on the first edit), or a plain
 * text area when the module cannot be loaded, so editing never depends on it.
 */
final class SourceEditors {
  private SourceEditors() {}

  static Promise<SourceEditor> open(HTMLElement box, HTMLElement replacing, String text, String language,
      RenderContext context, SourceEditor.Listener listener, Supplier<Executor> executor) {
    return CodeEditor.load()
        .then(ignored -> Promise.<SourceEditor>resolve(
            new CodeMirrorEditor(box, replacing, text, language, context, listener, executor)))
        .catch_(error -> Promise.resolve(new PlainTextEditor(box, replacing, text, "Source", listener)));
  }
}
