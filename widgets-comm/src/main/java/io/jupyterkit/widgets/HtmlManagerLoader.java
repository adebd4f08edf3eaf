package io.jupyterkit.widgets;

import elemental2.core.Function;
import elemental2.core.JsArray;
import elemental2.core.Reflect;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLScriptElement;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import io.jupyterkit.externs.jupyterwidgets.HtmlManager;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsConstructorFn;
import jsinterop.base.JsPropertyMap;

/**
 * Loads the widget manager's code once per page, however many notebooks show widgets: require.js, then
 * html-manager's AMD build (both in {@code vendor/widgets/} beside the bundle). The browser evaluates the bundle
 * module once per page, so its static state is the page's. Each notebook still gets a manager of its own, so its
 * saved widget state holds only its own models; no manager has a module loader, so no widget code is ever fetched
 * from elsewhere.
 */
final class HtmlManagerLoader {
  /** html-manager's AMD module, loading or loaded, shared by every notebook on the page. */
  private static Promise<Object> htmlManagerModule;

  private HtmlManagerLoader() {}

  /** A new widget manager, once the page's copy of the widget front end has loaded. */
  static Promise<HtmlManager> newManager(String bundleUrl) {
    if (htmlManagerModule == null) {
      htmlManagerModule = load(new URL("vendor/widgets/", bundleUrl).href);
    }
    return htmlManagerModule.then(module -> Promise.resolve(create(module)));
  }

  private static Promise<Object> load(String vendorUrl) {
    WidgetStyles.declareIconFonts(vendorUrl);
    WidgetStyles.listenForStyles(vendorUrl);
    Promise<Object> requireJs = Js.global().has("requirejs") ? Promise.resolve((Object) null)
        : script(vendorUrl + "require.js");
    return requireJs
        .then(ignored -> script(vendorUrl + "libembed-amd.js"))
        .then(ignored -> new Promise<Object>((resolve, reject) -> {
          Require require = Js.uncheckedCast(Js.global().get("requirejs"));
          require.require(JsArray.of("@jupyter-widgets/html-manager"), module -> {
            // require.js ran the widget modules, which added their CSS, in this very task.
            WidgetStyles.takePendingStyles();
            resolve.onInvoke(module);
          }, error -> reject.onInvoke("the widget manager did not load: " + error));
        }));
  }

  private static HtmlManager create(Object module) {
    JsPropertyMap<Object> options = JsPropertyMap.of();
    ModuleLoaderFn refuse = (name, version) -> Promise.reject(
        "the widget module " + name + "@" + version + " is not available offline; only the standard"
            + " ipywidgets controls are");
    options.set("loader", refuse);
    JsConstructorFn<HtmlManager> constructor = Js.uncheckedCast(Js.asPropertyMap(module).get("HTMLManager"));
    HtmlManager manager = Reflect.construct(constructor, JsArray.of(options));
    // html-manager adds the controls' CSS (and the theme variables unless the page has them) synchronously inside
    // loadClass, the first time a model of that widget version is made. The manager's own loadClass is shadowed
    // on this instance by one that moves that CSS into the shared sheet.
    JsPropertyMap<Object> members = Js.asPropertyMap(manager);
    Function loadClass = Js.<Function>uncheckedCast(members.get("loadClass")).bind(manager);
    ClassLoaderFn takingStyles = (className, moduleName, moduleVersion) ->
        WidgetStyles.takeStylesAddedBy(() -> loadClass.call(null, className, moduleName, moduleVersion));
    members.set("loadClass", takingStyles);
    return manager;
  }

  /** Runs the script at {@code url} and takes its element out of document.head again. */
  private static Promise<Object> script(String url) {
    return new Promise<>((resolve, reject) -> {
      HTMLScriptElement script = Js.uncheckedCast(DomGlobal.document.createElement("script"));
      script.src = url;
      script.onload = event -> {
        script.remove();
        resolve.onInvoke((Object) null);
      };
      script.onerror = event -> {
        script.remove();
        reject.onInvoke("could not load " + url);
        return null;
      };
      DomGlobal.document.head.appendChild(script);
    });
  }

  /** requirejs as a function of module names and callbacks. */
  @JsFunction
  interface Require {
    void require(JsArray<String> modules, Loaded loaded, Failed failed);
  }

  @JsFunction
  interface Loaded {
    void onLoad(Object module);
  }

  @JsFunction
  interface Failed {
    void onError(Object error);
  }

  @JsFunction
  interface ModuleLoaderFn {
    Promise<Object> load(String name, String version);
  }

  /** html-manager's {@code loadClass(className, moduleName, moduleVersion)}: a promise of the class. */
  @JsFunction
  interface ClassLoaderFn {
    Object load(String className, String moduleName, String moduleVersion);
  }
}
