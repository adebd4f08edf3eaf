package io.jupyterkit.element;

import elemental2.dom.HTMLElement;
import elemental2.dom.HTMLImageElement;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.nbformat.OutputType;
import elemental2.dom.DomGlobal;
import io.jupyterkit.render.Ansi;
import io.jupyterkit.render.AnsiSpan;
import io.jupyterkit.render.MimeRanking;
import jsinterop.base.Js;

/** Turns one output into DOM. Text goes in through textContent only, so notebook text is never markup. */
final class OutputRenderer {
  private OutputRenderer() {}

  private static final MimeRanking.MimeSupport SUPPORTED = mimeType ->
      mimeType.equals("text/plain") || mimeType.equals("image/png") || mimeType.equals("image/jpeg")
          || mimeType.equals("image/gif");

  static HTMLElement render(Output output) {
    HTMLElement row = Dom.element("div", "output-row");
    String prompt = output.type() == OutputType.EXECUTE_RESULT ? prompt("Out", output.executionCount()) : "";
    row.appendChild(Dom.text("div", "prompt output-prompt", prompt));
    row.appendChild(body(output));
    return row;
  }

  static String prompt(String label, Integer count) {
    return label + " [" + (count == null ? " " : String.valueOf(count)) + "]:";
  }

  private static HTMLElement body(Output output) {
    switch (output.type()) {
      case STREAM:
        return terminal("output stream " + ("stderr".equals(output.name()) ? "stderr" : "stdout"), output.text());
      case ERROR:
        return terminal("output error", errorText(output));
      default:
        return richOutput(output);
    }
  }

  /** A pre block of terminal text, ANSI styles as spans; text always enters through text nodes. */
  static HTMLElement terminal(String className, String text) {
    HTMLElement pre = Dom.element("pre", className);
    for (AnsiSpan span : Ansi.parse(text)) {
      if (span.isPlain()) {
        pre.appendChild(DomGlobal.document.createTextNode(span.text()));
        continue;
      }
      HTMLElement styled = Dom.text("span", span.classes().isEmpty() ? null : span.classes(), span.text());
      if (span.color() != null) {
        styled.style.color = span.color();
      }
      if (span.background() != null) {
        styled.style.backgroundColor = span.background();
      }
      pre.appendChild(styled);
    }
    return pre;
  }

  static String errorText(Output output) {
    if (output.traceback().isEmpty()) {
      return output.ename() + ": " + output.evalue();
    }
    StringBuilder text = new StringBuilder();
    for (String line : output.traceback()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(line);
    }
    return text.toString();
  }

  private static HTMLElement richOutput(Output output) {
    String mimeType = MimeRanking.choose(output.data(), SUPPORTED);
    if (mimeType == null) {
      return Dom.element("div", "output empty");
    }
    if (mimeType.startsWith("image/")) {
      HTMLImageElement image = Js.uncheckedCast(Dom.element("img", "output image"));
      String base64 = output.dataText(mimeType);
      image.src = "data:" + mimeType + ";base64," + (base64 == null ? "" : base64.trim());
      image.alt = "Image output";
      return image;
    }
    String text = output.dataText(mimeType);
    return terminal("output text", text == null ? "" : text);
  }
}
