package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLElement;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.externs.jupyter.WidgetPlugin;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.nbformat.Notebook;
import io.jupyterkit.nbformat.WidgetState;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The element's side of widgets. The widgets bundle ({@code jupyter-kit-widgets.mjs} and the 3.6 MB widget
 * manager it loads) is fetched only when a notebook needs it: saved widget state, a {@code jupyter.widget} comm
 * from the kernel, or a widget view whose model one of those provides. Other widget views show their text and say
 * how to bring them to life.
 */
final class WidgetHost {
  static final String WIDGET_TARGET = "jupyter.widget";

  private final RenderContext context;
  private Promise<WidgetPlugin> plugin;
  /** Ids of the models saved state or the kernel's comms provide. */
  private final JsPropertyMap<Boolean> knownModels = JsPropertyMap.of();
  /** The saved state as read, kept when the plugin never loads. */
  private JsonValue savedState;
  private CommProvider.Disposer commRegistration;
  private WidgetPlugin loaded;

  WidgetHost(RenderContext context) {
    this.context = context;
  }

  /** Takes the kernel's widget comms from now on (and no longer the previous executor's). */
  void attach(CommProvider comms) {
    if (commRegistration != null) {
      commRegistration.dispose();
      commRegistration = null;
    }
    if (comms == null) {
      return;
    }
    try {
      // The provider may be a page's: whatever it does wrong, the notebook goes on without widget comms.
      commRegistration = comms.onCommOpen(WIDGET_TARGET, (comm, message) -> {
        knownModels.set(comm.getCommId(), true);
        plugin().then(widgets -> {
          widgets.openComm(comm, message);
          return null;
        }).catch_(error -> {
          DomGlobal.console.warn("jupyter-kit: widgets cannot be shown: " + error);
          return null;
        });
      });
    } catch (Throwable e) {
      DomGlobal.console.warn("jupyter-kit: the executor's comms.onCommOpen threw; widgets will not work", e);
    }
    if (!"function".equals(Js.typeof(commRegistration))) {
      commRegistration = null;
    }
  }

  /** The notebook's metadata: saved widget state there is loaded before any view renders. */
  void useNotebookMetadata(JsonObject metadata) {
    JsonObject widgets = metadata == null ? null : metadata.getObject("widgets");
    savedState = widgets == null ? null : widgets.get(WidgetState.STATE_MIME);
    JsonObject models = savedState == null || savedState.asObject() == null ? null
        : savedState.asObject().getObject("state");
    if (models == null || models.size() == 0) {
      return;
    }
    for (String id : models.keys()) {
      knownModels.set(id, true);
    }
    // The widget manager's own copy: what it changes is not the notebook's.
    Object state = JsJson.toJs(savedState.copy());
    plugin().then(ready -> ready.setState(state)).catch_(error -> {
      DomGlobal.console.warn("jupyter-kit: " + error);
      return null;
    });
  }

  /**
   * The widget state to save with {@code notebook}: the live one once the plugin has any, else what was loaded;
   * only the models its outputs show, and what those refer to.
   */
  JsonValue stateToSave(Notebook notebook) {
    Object live = loaded == null ? null : loaded.state();
    JsonValue state = live != null ? JsJson.fromJs(live) : savedState;
    return state == null || state.asObject() == null ? state
        : WidgetState.reachable(state.asObject(), WidgetState.shownModels(notebook));
  }

  /** Shows the view of {@code modelId} in {@code container}, whose fallback text stays if it cannot. */
  void render(String modelId, HTMLElement container, HTMLElement fallback) {
    if (!knownModels.has(modelId)) {
      container.appendChild(Dom.text("div", "note", "A widget: run the cell to use it here."));
      return;
    }
    HTMLElement view = Dom.element("div", "widget-view");
    container.appendChild(view);
    plugin().then(widgets -> widgets.render(modelId, view)).then(shown -> {
      fallback.remove();
      return null;
    }).catch_(error -> {
      container.appendChild(Dom.text("div", "note", "This widget cannot be shown: " + error));
      return null;
    });
  }

  private Promise<WidgetPlugin> plugin() {
    if (plugin == null) {
      WidgetPlugin.Sanitizer sanitizer = html -> {
        HTMLElement holder = Dom.element("div", null);
        if (context.canFilter(null)) {
          holder.appendChild(context.filter(html, HtmlSanitizer.Kind.HTML, null));
        } else {
          // The sanitiser could not be loaded: the widget's HTML is shown as text.
          holder.textContent = html;
        }
        return holder.innerHTML;
      };
      // The widget front end sanitises synchronously, so what the sanitiser needs for any HTML (an SVG's scoping
      // too) is loaded, or has failed, before it starts.
      Promise<Object> sanitiserSettled = HtmlSanitizer.loadForAnyHtml().then(ready -> null, error -> null);
      plugin = sanitiserSettled.then(settled -> ModuleLoader.importModule(Assets.resolve("jupyter-kit-widgets.mjs")))
          .then(module -> {
            WidgetPlugin.Factory factory = Js.uncheckedCast(Js.asPropertyMap(module).get("createWidgetPlugin"));
            loaded = factory.create(sanitizer, element -> MathTypesetter.typesetWidget(element, context));
            return Promise.resolve(loaded);
          });
    }
    return plugin;
  }
}
