package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.NodeList;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.render.Equations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the notebook's equations (1), (2), … in document order across cells and outputs, and resolves
 * {@code \eqref}/{@code \ref} to the labels anywhere in it. Every element carrying {@link #ATTRIBUTE} takes part,
 * in the order it stands in the shadow root: math spans with numbers, labels or references, and markdown not yet
 * rendered, which holds the place of the numbers its math will take. Renumbered whenever such an element comes or
 * goes, so cells rendered late, edited, moved or deleted keep every number right; a span already drawn is drawn
 * again only when its numbers change.
 */
final class EquationNumbering {
  /** How many numbers the element takes. */
  static final String ATTRIBUTE = "data-equations";

  private final ShadowRoot root;
  private boolean dirty = true;
  private boolean scheduled;

  EquationNumbering(ShadowRoot root) {
    this.root = root;
  }

  /** Something taking part in the numbering was added or removed: renumber soon. */
  void changed() {
    dirty = true;
    if (scheduled) {
      return;
    }
    scheduled = true;
    DomGlobal.setTimeout(ignored -> {
      scheduled = false;
      numberNow();
    }, 0);
  }

  /** Renumbers now if anything changed since the last time. */
  void numberNow() {
    if (!dirty || root == null) {
      return;
    }
    dirty = false;
    NodeList<Element> parts = root.querySelectorAll("[" + ATTRIBUTE + "]");
    List<Element> spans = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    int next = 1;
    for (int i = 0; i < parts.length; i++) {
      Element part = parts.getAt(i);
      Equations equations = MathTypesetter.equationsOf(part);
      if (equations == null) {
        next += count(part.getAttribute(ATTRIBUTE));
        continue;
      }
      equations.addLabels(next, labels);
      spans.add(part);
      firsts.add(next);
      next += equations.count();
    }
    for (int i = 0; i < spans.size(); i++) {
      Element span = spans.get(i);
      String tex = MathTypesetter.equationsOf(span).numbered(firsts.get(i), labels);
      if (!tex.equals(span.getAttribute("data-katex"))) {
        span.setAttribute("data-katex", tex);
        MathTypesetter.redraw(span);
      }
    }
  }

  private static int count(String digits) {
    int value = 0;
    for (int i = 0; digits != null && i < digits.length() && i < 6; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
