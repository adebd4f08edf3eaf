package io.jupyterkit.widgets;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import io.jupyterkit.externs.jupyter.JupyterComm;
import io.jupyterkit.externs.jupyter.WidgetPlugin;
import io.jupyterkit.externs.jupyterwidgets.HtmlManager;
import io.jupyterkit.externs.jupyterwidgets.WidgetView;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The widget plugin over {@code @jupyter-widgets/html-manager}: one per notebook, each with a manager of its own over
 * the page's one copy of the widget front end. Comms, renders and saved state queue on the loaded manager in the
 * order they come, so a view asked for right after its comm opened finds its model. The current state is
 * refreshed shortly after each change, so the element can save it synchronously.
 */
@JsType(namespace = "jupyterkit", name = "HtmlManagerPlugin")
final class HtmlManagerPlugin implements WidgetPlugin {
  private static final int STATE_REFRESH_MS = 50;

  private final WidgetStateSanitizer sanitizer;
  private Promise<HtmlManager> queue;
  /** Ids of the models the kernel closed. */
  private final JsPropertyMap<Boolean> closedModels = JsPropertyMap.of();
  private Object state;
  private double refreshTimer = -1;

  @JsIgnore
  HtmlManagerPlugin(Sanitizer sanitizer, String bundleUrl) {
    this.sanitizer = new WidgetStateSanitizer(sanitizer);
    this.queue = HtmlManagerLoader.newManager(bundleUrl);
  }

  @Override
  public void openComm(JupyterComm comm, Object message) {
    Object content = Js.asPropertyMap(message).get("content");
    Object data = content == null ? null : Js.asPropertyMap(content).get("data");
    Object state = data == null ? null : Js.asPropertyMap(data).get("state");
    Object name = state == null ? null : Js.asPropertyMap(state).get("_model_name");
    String modelName = "string".equals(Js.typeof(name)) ? Js.asString(name) : "";
    sanitizer.modelState(modelName, state);
    String modelId = comm.getCommId();
    SanitizingComm safe = new SanitizingComm(comm, sanitizer, modelName, this::stateChanged, () -> {
      closedModels.set(modelId, true);
      stateChanged();
    });
    then(manager -> {
      manager.handle_comm_open(safe, message).then(model -> {
        safe.modelRegistered();
        return null;
      }).catch_(error -> {
        DomGlobal.console.warn("jupyter-kit: a widget model could not be created: " + error);
        return null;
      });
      stateChanged();
    });
  }

  @Override
  public Promise<Object> render(String modelId, HTMLElement container) {
    return new Promise<>((resolve, reject) -> then(manager -> {
      if (closedModels.has(modelId)) {
        // Closed from Python: as in JupyterLab, its views show nothing.
        resolve.onInvoke((Object) null);
        return;
      }
      if (!manager.has_model(modelId)) {
        reject.onInvoke("the widget's model is not here: run the cell that makes it, or save the notebook with"
            + " its widget state");
        return;
      }
      WidgetStyles.adoptInto(container);
      manager.get_model(modelId)
          .then(model -> manager.create_view(model, JsPropertyMap.of()))
          .then(view -> manager.display_view(view, container).then(shown -> {
            if (closedModels.has(modelId)) {
              // The model closed while its view was being made: too late for the model to remove that view.
              Js.<WidgetView>uncheckedCast(view).remove();
              container.textContent = "";
            }
            resolve.onInvoke(shown);
            return null;
          }))
          .catch_(error -> {
            reject.onInvoke("the widget could not be shown: " + error);
            return null;
          });
    }).catch_(error -> {
      reject.onInvoke(error);
      return null;
    }));
  }

  @Override
  public Promise<Object> setState(Object document) {
    sanitizer.savedState(document);
    state = document;
    return new Promise<>((resolve, reject) -> then(manager -> {
      manager.set_state(document).then(models -> {
        resolve.onInvoke(models);
        return null;
      }).catch_(error -> {
        reject.onInvoke("the saved widget state could not be loaded: " + error);
        return null;
      });
    }).catch_(error -> {
      reject.onInvoke(error);
      return null;
    }));
  }

  @Override
  public Object state() {
    return state;
  }

  /** Something to do with the manager. */
  private interface Step {
    void run(HtmlManager manager);
  }

  /** Runs {@code step} once the manager is loaded and every earlier step has run; rejects if it never loads. */
  private Promise<HtmlManager> then(Step step) {
    queue = queue.then(manager -> {
      step.run(manager);
      return Promise.resolve(manager);
    });
    return queue;
  }

  private void stateChanged() {
    if (refreshTimer >= 0) {
      return;
    }
    refreshTimer = DomGlobal.setTimeout(ignored -> {
      refreshTimer = -1;
      queue.then(manager -> manager.get_state(stateOptions())).then(current -> {
        state = current;
        return null;
      });
    }, STATE_REFRESH_MS);
  }

  private static Object stateOptions() {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    options.set("drop_defaults", true);
    return options;
  }
}
