package io.jupyterkit.element;

import elemental2.dom.HTMLElement;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.notebook.Command;
import java.util.function.Supplier;

/**
 * A cell's {@link CodeEditor} in place of its shown source: the notebook's run keys and Escape go to the notebook,
 * Tab and Shift-Tab ask the kernel for completions and inspections, ArrowUp on the first line and ArrowDown on the
 * last one move to the neighbouring cell as in JupyterLab.
 */
final class CodeMirrorEditor implements SourceEditor {
  private final HTMLElement box;
  private final CodeEditor editor;

  CodeMirrorEditor(HTMLElement parent, HTMLElement replacing, String text, String language, RenderContext context,
      Listener listener, Supplier<Executor> executor) {
    box = Dom.element("div", "source code-editor editor");
    if (replacing != null && replacing.parentNode == parent) {
      parent.replaceChild(box, replacing);
    } else {
      parent.insertBefore(box, parent.firstChild);
    }
    CodeEditor.Options options = new CodeEditor.Options()
        .onChange(listener::changed)
        .lineWrapping(true)
        .tooltipParent(context.popups())
        .key("Shift-Enter", () -> listener.command(Command.RUN_AND_ADVANCE))
        .key("Mod-Enter", () -> listener.command(Command.RUN))
        .key("Alt-Enter", () -> listener.command(Command.RUN_AND_INSERT))
        .key("Escape", () -> listener.command(Command.COMMAND_MODE))
        .key("ArrowUp", () -> atFirstLine() && listener.command(Command.EDIT_PREVIOUS))
        .key("ArrowDown", () -> atLastLine() && listener.command(Command.EDIT_NEXT))
        .complete((code, cursorPos) -> KernelShell.complete(executor.get(), code, cursorPos))
        .inspect((code, cursorPos) -> KernelShell.inspect(executor.get(), code, cursorPos));
    editor = CodeEditor.create(box, context.root(), text, language, options);
  }

  @Override
  public void focus() {
    editor.focus();
  }

  private boolean atFirstLine() {
    return editor.cursorOnFirstLine();
  }

  private boolean atLastLine() {
    return editor.cursorOnLastLine();
  }

  @Override
  public void cursorTo(boolean end) {
    if (end) {
      editor.setCursorAtEnd();
    } else {
      editor.setCursorAtStart();
    }
  }

  @Override
  public String value() {
    return editor.value();
  }

  @Override
  public void setValue(String text) {
    if (!text.equals(editor.value())) {
      editor.setValue(text);
    }
  }

  @Override
  public void destroy() {
    editor.destroy();
    box.remove();
  }
}
