package io.jupyterkit.element;

import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import io.jupyterkit.render.TextWindow;
import jsinterop.base.Js;

/**
 * Text that may be far too long to draw (a stream of ten million characters, a huge source cell): up to
 * {@link #PAGE} characters are drawn at a time, with buttons that reach every other part, so the work and the DOM
 * stay bounded while nothing is out of the reader's reach. A stream follows its end as it grows, like a terminal,
 * until the reader moves to another part.
 */
final class PagedText {
  /** Characters drawn at once. */
  static final int PAGE = 100_000;
  private static final String PAGER = "__jupyterKitPager";

  private final String className;
  private final boolean ansi;
  private final HTMLElement root;
  private HTMLElement bar;
  private HTMLElement status;
  private HTMLElement page;
  private String text;
  /** Where the reader asked the page to start; -1 while following the end. */
  private int start;
  /** The part drawn now. */
  private int pageStart;
  private int pageEnd;

  private PagedText(String text, String className, boolean ansi, boolean followEnd) {
    this.text = text;
    this.className = className;
    this.ansi = ansi;
    this.start = followEnd ? -1 : 0;
    root = Dom.element("div", "paged-text");
    Js.asPropertyMap(root).set(PAGER, this);
    draw();
  }

  /** Terminal text (ANSI colours), showing its end first. */
  static HTMLElement terminal(String text, String className) {
    return text.length() <= PAGE ? OutputRenderer.terminal(className, text)
        : new PagedText(text, className, true, true).root;
  }

  /** Plain text, showing its start first. */
  static HTMLElement of(String text, String className, String label) {
    if (text.length() <= PAGE) {
      return Dom.text("pre", className, text);
    }
    PagedText paged = new PagedText(text, className, false, false);
    if (label != null) {
      paged.root.setAttribute("aria-label", label);
    }
    return paged.root;
  }

  /** The pager drawn in {@code element} (a row's body), or null when it drew the text whole. */
  static PagedText in(HTMLElement element) {
    Object pager = element == null ? null : Js.asPropertyMap(element).get(PAGER);
    return pager == null ? null : Js.uncheckedCast(pager);
  }

  /** The text grew (a stream): redraws the page the reader is on, or the new end while following it. */
  void update(String newText) {
    text = newText;
    draw();
  }

  private void draw() {
    int end;
    int from;
    if (start < 0) {
      end = text.length();
      from = TextWindow.startOfPageTo(text, end, PAGE);
    } else {
      from = Math.min(start, text.length());
      end = TextWindow.endOfPageFrom(text, from, PAGE);
    }
    HTMLElement drawn = ansi ? OutputRenderer.terminal(className, text.substring(from, end))
        : Dom.text("pre", className, text.substring(from, end));
    if (bar == null) {
      buildBar();
      root.appendChild(bar);
    }
    status.textContent = "Showing characters " + TextWindow.grouped(from + 1) + "–" + TextWindow.grouped(end)
        + " of " + TextWindow.grouped(text.length()) + " (the notebook keeps all of them).";
    enable("first", from > 0);
    enable("earlier", from > 0);
    enable("later", end < text.length());
    enable("last", end < text.length());
    if (page == null) {
      root.appendChild(drawn);
    } else {
      root.replaceChild(drawn, page);
    }
    page = drawn;
    pageStart = from;
    pageEnd = end;
  }

  private void buildBar() {
    bar = Dom.element("div", "notice pager");
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Parts of a long text");
    status = Dom.element("span", "pager-status");
    bar.appendChild(status);
    bar.appendChild(button("first", "First part", () -> start = 0));
    bar.appendChild(button("earlier", "Earlier", () -> start = TextWindow.startOfPageTo(text, pageStart, PAGE)));
    bar.appendChild(button("later", "Later", () -> start = pageEnd));
    bar.appendChild(button("last", "Last part", () -> start = -1));
  }

  private HTMLButtonElement button(String name, String label, Runnable move) {
    HTMLButtonElement button = Js.uncheckedCast(Dom.text("button", "pager-" + name, label));
    button.type = "button";
    button.onclick = event -> {
      move.run();
      if (start >= 0 && TextWindow.endOfPageFrom(text, start, PAGE) >= text.length() && ansi) {
        start = -1;
      }
      draw();
      return null;
    };
    return button;
  }

  private void enable(String name, boolean enabled) {
    HTMLButtonElement button = Js.uncheckedCast(bar.querySelector(".pager-" + name));
    button.disabled = !enabled;
  }
}
