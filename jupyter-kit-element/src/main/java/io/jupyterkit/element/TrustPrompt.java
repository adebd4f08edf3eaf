package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import jsinterop.base.Js;

/**
 * The question a notebook the page did not mark {@code trusted} asks before its code first runs: what running it
 * means, and whether to. Until the reader answers, the runs asked for wait; a refusal leaves them unrun.
 */
final class TrustPrompt {
  static final String QUESTION = "Run this notebook's code? It runs in your browser with this page's access: it can"
      + " read and send what this site holds for you, and use the network. Run it only if you trust where the"
      + " notebook comes from.";
  static final String DECLINED = "Not run: you chose not to run this notebook's code.";

  interface Answer {
    void answered(boolean run);
  }

  private final HTMLElement element = Dom.element("div", "trust-prompt");
  private final HTMLButtonElement runButton = button("Run the code");

  TrustPrompt(Answer answer) {
    element.setAttribute("part", "trust-prompt");
    element.setAttribute("role", "alertdialog");
    element.setAttribute("aria-label", "Run this notebook's code?");
    element.appendChild(Dom.text("span", "trust-message", QUESTION));
    HTMLButtonElement dontRun = button("Don't run");
    runButton.addEventListener("click", event -> answer.answered(true));
    dontRun.addEventListener("click", event -> answer.answered(false));
    element.appendChild(runButton);
    element.appendChild(dontRun);
    element.hidden = true;
  }

  private static HTMLButtonElement button(String label) {
    HTMLButtonElement button = Js.uncheckedCast(Dom.element("button", null));
    button.type = "button";
    button.textContent = label;
    return button;
  }

  HTMLElement element() {
    return element;
  }

  boolean isShown() {
    return !element.hidden;
  }

  /** Shows the question and gives the Run button the focus, so that a keyboard reader answers it next. */
  void show() {
    if (element.hidden) {
      element.hidden = false;
      runButton.focus();
    }
  }

  void hide() {
    element.hidden = true;
  }
}
