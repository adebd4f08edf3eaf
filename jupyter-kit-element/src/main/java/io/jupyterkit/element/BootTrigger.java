package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.Element;
import elemental2.dom.Event;
import elemental2.dom.EventListener;
import elemental2.dom.IdleCallbackOptions;
import io.jupyterkit.externs.browser.IntersectionObserver;
import io.jupyterkit.kernel.Executor;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Carries out the element's {@link BootPolicy} while element and executor are on the page: watches for the element
 * nearing the viewport and for the browser going idle, then starts the kernel or prefetches its files. A change of
 * the {@code boot} attribute starts over with the new policy; what was done stays done.
 */
final class BootTrigger {
  /** How long an idle callback may wait on a page that is never idle. */
  private static final int IDLE_TIMEOUT_MS = 10000;

  private final Element host;
  private BootPolicy policy = BootPolicy.of(null);
  private Executor executor;
  /** Bumped whenever waiting starts over, so that callbacks of an earlier wait do nothing. */
  private int generation;
  private IntersectionObserver observer;

  BootTrigger(Element host) {
    this.host = host;
  }

  /** The {@code boot} attribute changed. */
  void setMode(String attribute) {
    policy = BootPolicy.of(attribute);
    if (executor != null) {
      attach(executor);
    }
  }

  /** The element uses {@code executor} on the page now. */
  void attach(Executor target) {
    detach();
    executor = target;
    int current = generation;
    whenVisible(current, () -> whenIdle(current, () -> act(current)));
  }

  /** The element left the page or its executor changed: nothing pending happens. */
  void detach() {
    generation++;
    executor = null;
    if (observer != null) {
      observer.disconnect();
      observer = null;
    }
  }

  private void act(int current) {
    if (current != generation || executor == null) {
      return;
    }
    if (policy.action() == BootPolicy.Action.START) {
      executor.start();
    } else {
      executor.prefetch();
    }
  }

  private void whenVisible(int current, Runnable then) {
    if (!policy.waitsForVisible()) {
      then.run();
      return;
    }
    JsPropertyMap<Object> options = JsPropertyMap.of();
    // Near is within a screen's height: booting is under way by the time the reader gets there.
    options.set("rootMargin", "100% 0px 100% 0px");
    observer = new IntersectionObserver((entries, source) -> {
      for (int i = 0; i < entries.length; i++) {
        if (entries.getAt(i).isIntersecting() && current == generation) {
          source.disconnect();
          observer = null;
          then.run();
          return;
        }
      }
    }, options);
    observer.observe(host);
  }

  /** After the page's load event, at the browser's next idle moment (a task soon, where idle callbacks are missing). */
  private void whenIdle(int current, Runnable then) {
    if (!policy.waitsForIdle()) {
      then.run();
      return;
    }
    if (!"complete".equals(DomGlobal.document.readyState)) {
      EventListener[] onLoad = new EventListener[1];
      onLoad[0] = (Event event) -> {
        DomGlobal.window.removeEventListener("load", onLoad[0]);
        if (current == generation) {
          whenIdle(current, then);
        }
      };
      DomGlobal.window.addEventListener("load", onLoad[0]);
      return;
    }
    if ("function".equals(Js.typeof(Js.asPropertyMap(DomGlobal.window).get("requestIdleCallback")))) {
      IdleCallbackOptions options = IdleCallbackOptions.create();
      options.setTimeout(IDLE_TIMEOUT_MS);
      DomGlobal.requestIdleCallback(deadline -> {
        if (current == generation) {
          then.run();
        }
      }, options);
    } else {
      DomGlobal.setTimeout(ignored -> {
        if (current == generation) {
          then.run();
        }
      }, 0);
    }
  }
}
