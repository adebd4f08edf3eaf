package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.jupyterkit.drafts.DraftSession;
import java.util.List;
import jsinterop.base.Js;

/**
 * The bar above a notebook that says its draft was restored and offers what can be done about it
 * ({@link DraftSession} decides what): {@code part="draft-bar"}, a polite status region whose buttons are in the
 * tab order. It carries its own style sheet, so the element's needs no rules for it.
 */
final class DraftBar {
  interface Handler {
    void act(DraftSession.Action action);
  }

  private static final String CSS = ".draft-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.4em;"
      + "margin:.5em .5em 0;padding:.4em .7em;border:1px solid var(--jk-border);border-left:4px solid var(--jk-accent);"
      + "background:var(--jk-notice-bg);color:var(--jk-notice-fg)}.draft-bar[hidden]{display:none}"
      + ".draft-message{flex:1 1 16em}.draft-bar>span+span{display:contents}.draft-bar button{font:inherit;min-height:24px;min-width:24px;"
      + "border:1px solid var(--jk-border);border-radius:3px;background:var(--jk-bg);color:var(--jk-fg)}"
      + ".draft-bar button:focus-visible{outline:2px solid var(--jk-accent)}";

  private final HTMLElement element = Dom.element("div", "draft-bar");
  private final HTMLElement message = Dom.element("span", "draft-message");
  private final HTMLElement buttons = Dom.element("span", null);
  private final Handler handler;

  DraftBar(Handler handler) {
    this.handler = handler;
    element.setAttribute("part", "draft-bar");
    element.setAttribute("role", "status");
    element.appendChild(Dom.text("style", null, CSS));
    element.appendChild(message);
    element.appendChild(buttons);
    element.hidden = true;
  }

  HTMLElement element() {
    return element;
  }

  /** Shows what {@code session} says, or hides the bar; {@code focus} moves focus to its first button. */
  void render(DraftSession session, boolean focus) {
    String text = session == null ? null : session.message();
    element.hidden = text == null;
    message.textContent = text == null ? "" : text;
    Dom.clear(buttons);
    if (text == null) {
      return;
    }
    List<DraftSession.Action> actions = session.actions();
    for (DraftSession.Action action : actions) {
      HTMLButtonElement button = Js.uncheckedCast(Dom.element("button", null));
      button.type = "button";
      button.setAttribute("data-action", action.id());
      if (action == DraftSession.Action.DISMISS) {
        button.textContent = "\u00d7";
        button.setAttribute("aria-label", "Dismiss this message");
        button.title = "Dismiss this message";
      } else {
        button.textContent = action.label();
      }
      if (action == DraftSession.Action.DISCARD) {
        button.title = "Erase your edits and show the original";
      }
      button.addEventListener("click", event -> handler.act(action));
      buttons.appendChild(button);
    }
    if (focus && buttons.firstElementChild != null) {
      ((HTMLElement) Js.uncheckedCast(buttons.firstElementChild)).focus();
    }
  }
}
