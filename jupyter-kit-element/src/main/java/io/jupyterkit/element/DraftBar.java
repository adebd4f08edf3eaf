package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.jupyterkit.drafts.DraftSession;
import java.util.List;
import jsinterop.base.Js;

/**
 * The bar above a notebook that says its draft was restored and offers what can be done about it
 * ({@link DraftSession} decides what): {@code part="draft-bar"}, a polite status region whose buttons are in the
 * tab order. Its rules are in jupyter-kit.css.
 */
final class DraftBar {
  interface Handler {
    void act(DraftSession.Action action);
  }

  private final HTMLElement element = Dom.element("div", "draft-bar");
  private final HTMLElement message = Dom.element("span", "draft-message");
  private final HTMLElement buttons = Dom.element("span", null);
  private final Handler handler;

  DraftBar(Handler handler) {
    this.handler = handler;
    element.setAttribute("part", "draft-bar");
    element.setAttribute("role", "status");
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
