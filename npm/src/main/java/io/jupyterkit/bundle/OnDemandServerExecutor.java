package io.jupyterkit.bundle;

import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;
import io.jupyterkit.element.Assets;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.externs.jupyter.JupyterComm;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.kernel.JsExecutor;
import io.jupyterkit.kernel.KernelState;
import io.jupyterkit.kernel.KernelStateListener;
import io.jupyterkit.kernel.ObservableKernelState;
import io.jupyterkit.kernel.MessageHandler;
import io.jupyterkit.nbformat.Languages;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.pyodide.StatusListener;
import java.util.ArrayList;
import java.util.List;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;

/**
 * What {@code createJupyterServerExecutor} returns from the main bundle: an executor that imports the server
 * bundle ({@code jupyter-kit-server.mjs}, beside the main one) the first time it is used, and from then on hands
 * everything to the executor that bundle makes. If the bundle cannot be loaded, the cell that wanted it says so.
 */
final class OnDemandServerExecutor implements Executor, CommProvider {
  static final String FILE = "jupyter-kit-server.mjs";

  private final Object options;
  private Executor target;
  private Promise<Executor> loading;
  private final ObservableKernelState state = new ObservableKernelState(
      error -> DomGlobal.console.error("jupyter-kit: a kernel state listener threw", error));
  /** Comm handlers registered before the bundle loaded. */
  private final List<Registration> registrations = new ArrayList<>();
  private int users;

  OnDemandServerExecutor(Object options) {
    this.options = options;
  }

  private Promise<Executor> load() {
    if (loading == null) {
      setState(new KernelState(KernelState.Phase.LOADING, -1, FILE, "Loading the Jupyter server executor…"));
      loading = ModuleLoader.importModule(Assets.resolve(FILE)).then(module -> {
        Object create = Js.asPropertyMap(module).get("createJupyterServerExecutor");
        Executor loaded = "function".equals(Js.typeof(create))
            ? JsExecutor.of(Js.<Create>uncheckedCast(create).create(options)) : null;
        if (loaded == null) {
          return Promise.reject(FILE + " is not the server bundle of this version");
        }
        target = loaded;
        for (Registration registration : registrations) {
          registration.disposer = loaded.commProvider().onCommOpen(registration.targetName, registration.handler);
        }
        registrations.clear();
        loaded.onStateChange(this::setState);
        setState(loaded.state());
        return Promise.resolve(loaded);
      });
      loading.catch_(error -> {
        String words = "The Jupyter server executor could not be loaded from " + Assets.resolve(FILE) + ": " + error;
        loading = null;
        setState(KernelState.failed(words));
        Object onStatus = options == null ? null : Js.asPropertyMap(options).get("onStatus");
        if ("function".equals(Js.typeof(onStatus))) {
          Js.<StatusListener>uncheckedCast(onStatus).onStatus("error", words);
        }
        return null;
      });
    }
    return loading;
  }

  private void setState(KernelState next) {
    state.set(next);
  }

  @Override
  public String language() {
    if (target != null) {
      return target.language();
    }
    Object language = options == null ? null : Js.asPropertyMap(options).get("language");
    return "string".equals(Js.typeof(language)) ? Languages.normalise(Js.asString(language)) : Languages.PYTHON;
  }

  @Override
  public void start() {
    load().then(loaded -> {
      loaded.start();
      return null;
    });
  }

  @Override
  public void prefetch() {
    load();
  }

  @Override
  public void retain() {
    users++;
  }

  @Override
  public void release() {
    if (--users <= 0) {
      users = 0;
      dispose();
    }
  }

  @Override
  public void execute(JupyterMessage request, MessageHandler handler) {
    load().then(loaded -> {
      loaded.execute(request, handler);
      return null;
    }, error -> {
      for (JupyterMessage message : JupyterMessage.failure(request.msgId(), "ExecutorNotLoaded", state.current().detail())) {
        handler.onMessage(message);
      }
      handler.onMessage(JupyterMessage.status(request.msgId(), "idle"));
      return null;
    });
  }

  @Override
  public boolean cancel(String requestMsgId) {
    return target != null && target.cancel(requestMsgId);
  }

  @Override
  public void request(JupyterMessage request, MessageHandler handler) {
    if (target == null) {
      handler.onMessage(JupyterMessage.errorReply(request, "KernelNotRunning", "The kernel is not connected yet."));
    } else {
      target.request(request, handler);
    }
  }

  @Override
  public KernelState state() {
    return state.current();
  }

  @Override
  public Runnable onStateChange(KernelStateListener listener) {
    return state.listen(listener);
  }

  @Override
  public void inputReply(String value) {
    if (target != null) {
      target.inputReply(value);
    }
  }

  @Override
  public void interrupt() {
    if (target != null) {
      target.interrupt();
    }
  }

  @Override
  public void restart() {
    if (target != null) {
      target.restart();
    }
  }

  @Override
  public void dispose() {
    if (target != null) {
      target.dispose();
    }
  }

  @Override
  public CommProvider commProvider() {
    return this;
  }

  @Override
  public JupyterComm createComm(String targetName, String commId) {
    if (target == null) {
      throw new IllegalStateException("the Jupyter server executor has not loaded yet: run a cell first");
    }
    return target.commProvider().createComm(targetName, commId);
  }

  @Override
  public Disposer onCommOpen(String targetName, CommOpenHandler handler) {
    if (target != null) {
      return target.commProvider().onCommOpen(targetName, handler);
    }
    Registration registration = new Registration(targetName, handler);
    registrations.add(registration);
    return () -> {
      registrations.remove(registration);
      if (registration.disposer != null) {
        registration.disposer.dispose();
      }
    };
  }

  private static final class Registration {
    final String targetName;
    final CommOpenHandler handler;
    /** Undoes the registration with the loaded executor's comms, once made. */
    Disposer disposer;

    Registration(String targetName, CommOpenHandler handler) {
      this.targetName = targetName;
      this.handler = handler;
    }
  }

  @Override
  public JsArray<JupyterComm> listComms(String targetName) {
    return target == null ? new JsArray<>() : target.commProvider().listComms(targetName);
  }

  @JsFunction
  interface Create {
    Object create(Object options);
  }
}
