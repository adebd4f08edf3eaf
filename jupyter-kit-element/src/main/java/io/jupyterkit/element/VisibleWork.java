package io.jupyterkit.element;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import io.jupyterkit.externs.browser.IntersectionObserver;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Work that only matters once something is near the screen (syntax highlighting, math typesetting), run when it
 * gets there. A 2,000-cell notebook then renders in proportion to what is read, not to what it contains.
 */
final class VisibleWork {
  /** Property under which each observed element keeps its pending work. */
  private static final String PENDING = "__jupyterKitPendingWork";

  private static final double SLICE_MS = 12;

  private final IntersectionObserver observer;
  /** Work whose element came near the screen, in the order it came. */
  private final List<Runnable> due = new ArrayList<>();
  private boolean draining;

  VisibleWork() {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    // A screen's worth ahead and behind, so scrolling rarely shows unfinished work.
    options.set("rootMargin", "100% 0px 100% 0px");
    observer = new IntersectionObserver(this::onChange, options);
  }

  /** Runs {@code work} when {@code target} comes within a screen of the viewport. */
  void whenVisible(Element target, Runnable work) {
    JsPropertyMap<Object> holder = Js.asPropertyMap(target);
    List<Runnable> pending = Js.uncheckedCast(holder.get(PENDING));
    if (pending == null) {
      pending = new ArrayList<>();
      holder.set(PENDING, pending);
      observer.observe(target);
    }
    pending.add(work);
  }

  private void onChange(JsArray<IntersectionObserver.Entry> entries, IntersectionObserver source) {
    for (int i = 0; i < entries.length; i++) {
      IntersectionObserver.Entry entry = entries.getAt(i);
      if (!entry.isIntersecting()) {
        continue;
      }
      Element target = entry.getTarget();
      observer.unobserve(target);
      JsPropertyMap<Object> holder = Js.asPropertyMap(target);
      List<Runnable> pending = Js.uncheckedCast(holder.get(PENDING));
      holder.delete(PENDING);
      if (pending != null) {
        due.addAll(pending);
      }
    }
    drain();
  }

  /**
   * Runs the work that came near the screen, in slices: scrolling fast past many outputs must not run all of
   * their rendering in one task.
   */
  private void drain() {
    double start = DomGlobal.performance.now();
    while (!due.isEmpty() && DomGlobal.performance.now() - start < SLICE_MS) {
      due.remove(0).run();
    }
    if (!due.isEmpty() && !draining) {
      draining = true;
      DomGlobal.setTimeout(ignored -> {
        draining = false;
        drain();
      }, 0);
    }
  }
}
