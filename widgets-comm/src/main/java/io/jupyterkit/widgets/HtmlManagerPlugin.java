package io.jupyterkit.widgets;

import elemental2.core.Function;
import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import io.jupyterkit.externs.jupyter.JupyterComm;
import io.jupyterkit.externs.jupyter.WidgetPlugin;
import io.jupyterkit.externs.jupyterwidgets.HtmlManager;
import io.jupyterkit.externs.jupyterwidgets.WidgetModel;
import io.jupyterkit.externs.jupyterwidgets.WidgetView;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsIgnore;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The widget plugin over {@code @jupyter-widgets/html-manager}: one per notebook, each with a manager of its own over
 * the page's one copy of the widget front end. Comms, renders and saved state queue on the loaded manager in the
 * order they come, so a view asked for right after its comm opened finds its model. Every model the manager holds,
 * from saved state or from the kernel, is watched: a change to one (a reader moving a slider, with or without a
 * kernel), a new model or a closed one refreshes the current state before the task that made the change ends, so
 * the element can save it synchronously and finds it current.
 */
@JsType(namespace = "jupyterkit", name = "HtmlManagerPlugin")
final class HtmlManagerPlugin implements WidgetPlugin {
  private final WidgetStateSanitizer sanitizer;
  private Promise<HtmlManager> queue;
  /** Ids of the models the kernel closed. */
  private final JsPropertyMap<Boolean> closedModels = JsPropertyMap.of();
  /** Ids of the models the manager holds or held. */
  private final JsPropertyMap<Boolean> registered = JsPropertyMap.of();
  /** Ids of saved models the manager could not make (their widget library is not here) and holds stand-ins for. */
  private final JsPropertyMap<Boolean> standIns = JsPropertyMap.of();
  /** Each saved model as loaded, by id. */
  private final JsPropertyMap<Object> savedModels = JsPropertyMap.of();
  private Object state;
  private boolean refreshQueued;
  private int refreshesAsked;
  private int refreshesApplied;

  @JsIgnore
  HtmlManagerPlugin(Sanitizer sanitizer, Typesetter typesetter, String bundleUrl) {
    this.sanitizer = new WidgetStateSanitizer(sanitizer);
    this.queue = HtmlManagerLoader.newManager(bundleUrl).then(manager -> {
      typesetWith(manager, typesetter);
      watchModels(manager);
      return Promise.resolve(manager);
    });
  }

  /**
   * The controls' views typeset through their manager's rendermime {@code latexTypesetter} when it has one (as in
   * JupyterLab), else through a global MathJax 2; html-manager gives neither, so this manager gets one.
   */
  private static void typesetWith(HtmlManager manager, Typesetter typesetter) {
    JsPropertyMap<Object> latexTypesetter = JsPropertyMap.of();
    latexTypesetter.set("typeset", typesetter);
    JsPropertyMap<Object> rendermime = JsPropertyMap.of();
    rendermime.set("latexTypesetter", latexTypesetter);
    Js.asPropertyMap(manager).set("_rendermime", rendermime);
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
    SanitizingComm safe = new SanitizingComm(comm, sanitizer, modelName, () -> closedModels.set(modelId, true));
    then(manager -> {
      manager.handle_comm_open(safe, message).then(model -> {
        safe.modelRegistered();
        return null;
      }).catch_(error -> {
        DomGlobal.console.warn("jupyter-kit: a widget model could not be created: " + error);
        return null;
      });
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
    Object models = document == null ? null : Js.asPropertyMap(document).get("state");
    if (models != null && "object".equals(Js.typeof(models))) {
      JsPropertyMap<Object> byId = Js.asPropertyMap(models);
      byId.forEach(id -> savedModels.set(id, byId.get(id)));
    }
    return new Promise<>((resolve, reject) -> then(manager -> {
      manager.set_state(document).then(made -> {
        resolve.onInvoke(made);
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

  /**
   * Watches every model {@code manager} makes, from comms and from saved state alike: each goes through its
   * {@code register_model}, which this manager's own member now wraps.
   */
  private void watchModels(HtmlManager manager) {
    JsPropertyMap<Object> members = Js.asPropertyMap(manager);
    Function register = Js.<Function>uncheckedCast(members.get("register_model")).bind(manager);
    RegisterModelFn watching = (modelId, modelPromise) -> {
      register.call(null, modelId, modelPromise);
      registered.set(modelId, true);
      Js.<Promise<WidgetModel>>uncheckedCast(modelPromise).then(model -> {
        if (isStandIn(modelId, model)) {
          standIns.set(modelId, true);
        }
        // "destroy": the model closed, and the manager has let it go.
        model.on("change destroy", this::stateChanged);
        stateChanged();
        return null;
      }).catch_(error -> null);
    };
    members.set("register_model", watching);
  }

  /** Whether {@code model} is html-manager's error widget standing in for a model it could not make. */
  private static boolean isStandIn(String modelId, WidgetModel model) {
    return !modelId.equals(model.getModelId()) || ("ErrorWidgetView".equals(model.get("_view_name"))
        && "@jupyter-widgets/base".equals(model.get("_view_module")));
  }

  /**
   * Refreshes the state once the changes of the current task are made (a drag step sets several attributes, a
   * comm message may change several models), so whatever runs next, a save included, finds it current.
   */
  private void stateChanged() {
    if (refreshQueued) {
      return;
    }
    refreshQueued = true;
    Promise.resolve((Object) null).then(ignored -> {
      refreshQueued = false;
      int request = ++refreshesAsked;
      queue.then(manager -> manager.get_state(stateOptions())).then(current -> {
        // get_state waits for models still being made, so an earlier request may answer after a later one.
        if (request > refreshesApplied) {
          refreshesApplied = request;
          state = withSavedStandIns(current);
        }
        return null;
      }).catch_(error -> {
        // A model that failed to load fails every get_state; the last state stays, and html-manager has said why.
        return null;
      });
      return null;
    });
  }

  /**
   * {@code current} with the saved state of the models the manager could not make in place of its stand-ins (some
   * of which carry no model id), so a notebook saved here keeps widgets whose library this page lacks.
   */
  private Object withSavedStandIns(Object current) {
    Object models = current == null ? null : Js.asPropertyMap(current).get("state");
    if (models == null) {
      return current;
    }
    JsPropertyMap<Object> byId = Js.asPropertyMap(models);
    JsArray<String> strays = new JsArray<>();
    byId.forEach(id -> {
      if (!registered.has(id)) {
        strays.push(id);
      }
    });
    for (int i = 0; i < strays.length; i++) {
      byId.delete(strays.getAt(i));
    }
    standIns.forEach(id -> {
      if (savedModels.has(id)) {
        byId.set(id, savedModels.get(id));
      }
    });
    return current;
  }

  private static Object stateOptions() {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    options.set("drop_defaults", true);
    return options;
  }

  /** html-manager's {@code register_model(modelId, modelPromise)}. */
  @JsFunction
  interface RegisterModelFn {
    void register(String modelId, Object modelPromise);
  }
}
