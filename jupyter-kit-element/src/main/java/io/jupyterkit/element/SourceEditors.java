package io.jupyterkit.element;

import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;

/** Opens the editor for a cell's source: the code editor once its module has loaded, else a plain text area. */
final class SourceEditors {
  private SourceEditors() {}

  static Promise<SourceEditor> open(HTMLElement box, HTMLElement replacing, String text, String language,
      RenderContext context, SourceEditor.Listener listener) {
    return Promise.resolve(new PlainTextEditor(box, replacing, text, "Source", listener));
  }
}
