package io.jupyterkit.extras;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.NodeList;
import elemental2.dom.ShadowRoot;
import io.jupyterkit.render.EquationMarks;
import io.jupyterkit.render.Equations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Numbers the notebook's equations (1), (2), … in document order across cells and outputs, and resolves
 * {@code \eqref}/{@code \ref} to the labels anywhere in it. Every element the main bundle marked with
 * {@link EquationMarks#ATTRIBUTE} takes part, in the order it stands in the shadow root: math spans that may have
 * numbers, labels or references, and markdown not yet rendered, which holds the place of the numbers its math will
 * take. One per shadow root, kept on it. Renumbered whenever such an element comes or
 * goes, so cells rendered late, edited, moved or deleted keep every number right; a span already drawn is drawn
 * again only when its numbers change.
 */
final class EquationNumbering {
  /** Property of the shadow root that keeps its numbering. */
  private static final String NUMBERING = "__jupyterKitNumbering";
  /** Property under which a math span keeps its parsed numbering. */
  private static final String EQUATIONS = "__jupyterKitEquations";

  private final ShadowRoot root;
  private boolean dirty = true;
  private boolean scheduled;

  private EquationNumbering(ShadowRoot root) {
    this.root = root;
  }

  /** The numbering of the notebook in {@code root}; for null, one that numbers nothing. */
  static EquationNumbering of(ShadowRoot root) {
    if (root == null) {
      return new EquationNumbering(null);
    }
    JsPropertyMap<Object> properties = Js.asPropertyMap(root);
    EquationNumbering numbering = Js.uncheckedCast(properties.get(NUMBERING));
    if (numbering == null) {
      numbering = new EquationNumbering(root);
      properties.set(NUMBERING, numbering);
    }
    return numbering;
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
    NodeList<Element> parts = root.querySelectorAll("[" + EquationMarks.ATTRIBUTE + "]");
    List<Element> spans = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    int next = 1;
    for (int i = 0; i < parts.length; i++) {
      Element part = parts.getAt(i);
      if (!part.hasAttribute("data-tex")) {
        next += reservedCount(part);
        continue;
      }
      Equations equations = equationsOf(part);
      if (!equations.isNumbered()) {
        continue;
      }
      equations.addLabels(next, labels);
      spans.add(part);
      firsts.add(next);
      next += equations.count();
    }
    for (int i = 0; i < spans.size(); i++) {
      Element span = spans.get(i);
      String tex = equationsOf(span).numbered(firsts.get(i), labels);
      if (!tex.equals(span.getAttribute("data-katex"))) {
        span.setAttribute("data-katex", tex);
        MathDrawing.redraw(span);
      }
    }
  }

  /** The numbering of a math span's TeX, read once. */
  private static Equations equationsOf(Element span) {
    JsPropertyMap<Object> properties = Js.asPropertyMap(span);
    Equations equations = Js.uncheckedCast(properties.get(EQUATIONS));
    if (equations == null) {
      equations = Equations.of(span.getAttribute("data-tex"));
      properties.set(EQUATIONS, equations);
    }
    return equations;
  }

  /**
   * How many numbers markdown not yet rendered takes: those of the display math it holds (see
   * {@link EquationMarks#DISPLAY_MATH}), counted once, the count then kept in its place.
   */
  private static int reservedCount(Element markdown) {
    JsPropertyMap<Object> properties = Js.asPropertyMap(markdown);
    Object held = properties.get(EquationMarks.DISPLAY_MATH);
    if ("number".equals(Js.typeof(held))) {
      return Js.asInt(held);
    }
    int count = 0;
    if (JsArray.isArray(held)) {
      JsArray<String> displayMath = Js.uncheckedCast(held);
      for (int i = 0; i < displayMath.length; i++) {
        count += Equations.of(displayMath.getAt(i)).count();
      }
    }
    properties.set(EquationMarks.DISPLAY_MATH, count);
    return count;
  }
}
