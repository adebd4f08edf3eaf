package io.jupyterkit.element;

import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLTextAreaElement;
import jsinterop.base.Js;

/**
 * A text area in place of the source, for when the code editor cannot be loaded: editing still works, without
 * highlighting. It grows with its text; the notebook's keys reach it as they bubble.
 */
final class PlainTextEditor implements SourceEditor {
  private final HTMLTextAreaElement area;

  PlainTextEditor(HTMLElement box, HTMLElement replacing, String text, String label, Listener listener) {
    area = Js.uncheckedCast(Dom.element("textarea", "editor plain-editor"));
    area.value = text;
    area.spellcheck = false;
    area.setAttribute("aria-label", label);
    area.addEventListener("input", event -> {
      fit();
      listener.changed(area.value);
    });
    if (replacing != null && replacing.parentNode == box) {
      box.replaceChild(area, replacing);
    } else {
      box.appendChild(area);
    }
    fit();
  }

  private void fit() {
    int lines = 1;
    String text = area.value;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      lines++;
    }
    area.rows = lines;
  }

  @Override
  public void focus() {
    area.focus();
  }

  @Override
  public void cursorTo(boolean end) {
    int at = end ? area.value.length() : 0;
    area.setSelectionRange(at, at);
  }

  @Override
  public String value() {
    return area.value;
  }

  @Override
  public void setValue(String text) {
    area.value = text;
    fit();
  }

  @Override
  public void destroy() {
    area.remove();
  }
}
