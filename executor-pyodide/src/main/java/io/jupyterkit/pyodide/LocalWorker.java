package io.jupyterkit.pyodide;

import elemental2.dom.MessageEvent;
import elemental2.dom.Worker;
import elemental2.dom.WorkerOptions;
import io.jupyterkit.interop.WorkerMemory;
import jsinterop.base.JsPropertyMap;

/** A worker of the page's own: Python then runs with the page's origin. */
final class LocalWorker implements WorkerLink {
  private final Worker worker;
  private WorkerMemory memory;

  LocalWorker(String workerUrl, boolean module, Listener listener) {
    WorkerOptions options = WorkerOptions.create();
    options.setType(module ? "module" : "classic");
    worker = new Worker(workerUrl, options);
    worker.onmessage = event -> listener.message(this, ((MessageEvent<?>) event).data);
    worker.onerror = event -> listener.failed(this, event.message == null ? "" : event.message);
  }

  @Override
  public void boot(Object bootRequest) {
    memory = WorkerMemory.share(bootRequest);
    worker.postMessage(bootRequest);
  }

  @Override
  public void post(Object message) {
    worker.postMessage(message);
  }

  @Override
  public boolean sharedMemory() {
    return memory != null;
  }

  @Override
  public void raiseInterrupt() {
    if (memory != null) {
      memory.raiseInterrupt();
    }
  }

  @Override
  public void cellStarting() {
    if (memory != null) {
      memory.cellStarting();
    }
  }

  @Override
  public void answerInput(String value) {
    if (memory != null) {
      memory.answerInput(value);
    }
  }

  @Override
  public void postComm(JsPropertyMap<Object> message, boolean cellRunning) {
    if (memory == null || !memory.offerComm(message, cellRunning)) {
      worker.postMessage(message);
    }
  }

  @Override
  public void terminate() {
    worker.terminate();
  }
}
