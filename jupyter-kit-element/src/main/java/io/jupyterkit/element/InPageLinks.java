package io.jupyterkit.element;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.EventTarget;
import elemental2.dom.HTMLAnchorElement;
import elemental2.dom.NodeList;
import elemental2.dom.DocumentFragment;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Output;
import io.jupyterkit.render.Anchors;
import java.util.function.Supplier;
import jsinterop.base.Js;

/**
 * Links inside the notebook: markdown headings get JupyterLab's ids and a {@code ¶} link that shows on hover, and a
 * {@code #…} link (in markdown or in an HTML output) scrolls to its target in the notebook. The notebook lives in a
 * shadow root, which the page's own fragment navigation does not reach, so the element follows such links itself;
 * every other link behaves as before.
 */
final class InPageLinks {
  /** Frames to wait for a target whose cell is drawn only once it nears the screen. */
  private static final int FRAMES_TO_WAIT = 300;

  private InPageLinks() {}

  /** Gives each heading in {@code container} (rendered markdown) its id and a {@code ¶} link to it. */
  static void addHeadingAnchors(Element container) {
    NodeList<Element> headings = container.querySelectorAll("h1,h2,h3,h4,h5,h6");
    for (int i = 0; i < headings.length; i++) {
      Element heading = headings.getAt(i);
      String id = Anchors.headingId(String.valueOf(heading.textContent));
      heading.id = id;
      HTMLAnchorElement anchor = Js.uncheckedCast(DomGlobal.document.createElement("a"));
      anchor.className = "heading-anchor";
      anchor.href = "#" + id;
      // The ¶ is drawn by the style sheet, so the heading's text stays its own (copying, reading it aloud).
      anchor.setAttribute("aria-label", "\u00b6");
      heading.appendChild(anchor);
    }
  }

  /** Follows {@code #…} links clicked anywhere in {@code root}; {@code view} gives the notebook view, if any. */
  static void install(ShadowRoot root, Supplier<NotebookView> view) {
    root.addEventListener("click", event -> {
      if (event.defaultPrevented) {
        return;
      }
      String id = Anchors.fragment(clickedHref(event.composedPath()));
      if (id == null) {
        return;
      }
      event.preventDefault();
      go(root, view.get(), id);
    });
  }

  private static String clickedHref(JsArray<EventTarget> path) {
    for (int i = 0; i < path.length; i++) {
      Object target = path.getAt(i);
      if (target instanceof Element && "A".equalsIgnoreCase(((Element) target).tagName)) {
        Element anchor = (Element) target;
        return anchor.getAttribute("href");
      }
    }
    return null;
  }

  private static void go(ShadowRoot root, NotebookView view, String id) {
    Element target = find(root, id);
    if (target != null) {
      target.scrollIntoView();
      return;
    }
    CellView cell = view == null ? null : cellThatMayHold(view, id);
    if (cell != null) {
      // Its DOM or its markdown is drawn once it nears the screen: bring it there, then go to the element.
      view.reveal(cell);
      waitFor(root, id, FRAMES_TO_WAIT);
      return;
    }
    Element onPage = DomGlobal.document.getElementById(id);
    if (onPage != null) {
      onPage.scrollIntoView();
    }
  }

  private static void waitFor(ShadowRoot root, String id, int frames) {
    DomGlobal.requestAnimationFrame(time -> {
      Element target = find(root, id);
      if (target != null) {
        target.scrollIntoView();
      } else if (frames > 0) {
        waitFor(root, id, frames - 1);
      }
    });
  }

  /** The element of that id or name in the notebook, in its markdown or inside its HTML outputs. */
  static Element find(ShadowRoot root, String id) {
    Element found = findIn(root, id);
    String decoded = decoded(id);
    if (found == null && decoded != null && !decoded.equals(id)) {
      found = findIn(root, decoded);
    }
    return found;
  }

  private static Element findIn(DocumentFragment scope, String id) {
    NodeList<Element> named = scope.querySelectorAll("[id],[name]");
    for (int i = 0; i < named.length; i++) {
      Element element = named.getAt(i);
      if (id.equals(element.getAttribute("id")) || id.equals(element.getAttribute("name"))) {
        return element;
      }
    }
    NodeList<Element> isolated = scope.querySelectorAll(".output.html");
    for (int i = 0; i < isolated.length; i++) {
      Object shadow = Js.asPropertyMap(isolated.getAt(i)).get("shadowRoot");
      Element inside = shadow == null ? null : findIn(Js.<DocumentFragment>uncheckedCast(shadow), id);
      if (inside != null) {
        return inside;
      }
    }
    return null;
  }

  private static String decoded(String id) {
    try {
      return elemental2.core.Global.decodeURIComponent(id);
    } catch (Throwable malformed) {
      return null;
    }
  }

  private static CellView cellThatMayHold(NotebookView view, String id) {
    for (CellView cell : view.cells()) {
      if (cell.cell().type() == CellType.MARKDOWN && Anchors.markdownMayHold(cell.cell().source(), id)) {
        return cell;
      }
      if (cell.cell().type() == CellType.CODE) {
        for (Output output : cell.cell().outputs()) {
          String html = output.type() == io.jupyterkit.nbformat.OutputType.STREAM ? null : output.dataText("text/html");
          if (html != null && Anchors.namesInHtml(html, id)) {
            return cell;
          }
        }
      }
    }
    return null;
  }
}
