package io.jupyterkit.pyodide.worker;

import elemental2.core.ArrayBuffer;
import elemental2.core.Global;
import elemental2.core.Int32Array;
import elemental2.core.JsArray;
import elemental2.core.Uint8Array;
import elemental2.dom.DedicatedWorkerGlobalScope;
import elemental2.dom.DomGlobal;
import elemental2.dom.MessageEvent;
import elemental2.dom.Response;
import elemental2.dom.TextDecoder;
import elemental2.dom.WorkerGlobalScope;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.Atomics;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.pyodide.LoadPackageOptions;
import io.jupyterkit.externs.pyodide.LoadPyodideOptions;
import io.jupyterkit.externs.pyodide.PyProxy;
import io.jupyterkit.externs.pyodide.PyodideInterface;
import io.jupyterkit.externs.pyodide.PyodideLoader;
import io.jupyterkit.externs.pyodide.UnpackArchiveOptions;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonException;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonParser;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.json.JsonWriter;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsMethod;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Entry point of the worker bundle. One worker boots one Pyodide candidate; the page starts a new worker for the
 * next candidate, so a script that hangs or half-loads never poisons a later attempt.
 */
@JsType(namespace = "jupyterkit", name = "PyodideWorker")
public final class PyodideWorker {
  /** Where the kernel's Python is unpacked inside Pyodide's file system. */
  private static final String KERNEL_DIR = "/jupyterkit";

  private static PyodideInterface pyodide;
  private static PyProxy kernel;
  private static PyProxy kernelExecute;
  /** The page's interrupt signal (slot 0), shared memory; null when the page is not cross-origin isolated. */
  private static Int32Array interruptBuffer;
  /** Comm messages the page sent while a cell ran (shared memory); null without isolation. */
  private static ArrayBuffer inboxBuffer;
  /** The page's answers to input(): state and length words, then UTF-8 bytes; null without isolation. */
  private static ArrayBuffer stdinBuffer;
  /** The request being executed, which input requests answer to. */
  private static JupyterMessage currentRequest;

  private PyodideWorker() {}

  /** Called once when the worker script runs. */
  @JsMethod
  public static void start() {
    DedicatedWorkerGlobalScope self = WorkerGlobals.self();
    self.setOnmessage(event -> onMessage(((MessageEvent<?>) event).data));
  }

  private static void onMessage(Object data) {
    // What the page left in the inbox during the last cell is older than anything posted since.
    drainInbox();
    JupyterMessage message = JupyterMessage.fromJson(JsJson.fromJs(data));
    if (message == null) {
      return;
    }
    switch (message.msgType()) {
      case MessageTypes.BOOT_REQUEST:
        ArrayBuffer interrupt = buffer(data, 0);
        interruptBuffer = interrupt == null ? null : new Int32Array(interrupt);
        stdinBuffer = buffer(data, 1);
        inboxBuffer = buffer(data, 2);
        boot(message);
        break;
      case MessageTypes.EXECUTE_REQUEST:
        execute(data, message);
        break;
      case MessageTypes.COMM_OPEN:
      case MessageTypes.COMM_MSG:
      case MessageTypes.COMM_CLOSE:
        handleComm(data);
        break;
      default:
        break;
    }
  }

  /**
   * Gives a comm message from the page to the kernel: its JSON without the binary buffers, and the buffers
   * (ArrayBuffers) beside it. The kernel answers with status busy and idle; a warning means it was ignored.
   */
  private static void handleComm(Object data) {
    if (kernel == null) {
      DomGlobal.console.warn("jupyter-kit: a comm message arrived before the kernel started");
      return;
    }
    JsPropertyMap<Object> message = Js.asPropertyMap(data);
    Object buffers = message.get("buffers");
    message.delete("buffers");
    handleComm(Global.JSON.stringify(message), buffers);
  }

  private static void handleComm(String messageJson, Object buffers) {
    try {
      Object warning = callKernel("handle_comm", messageJson, buffers);
      if (warning != null) {
        DomGlobal.console.warn("jupyter-kit kernel: " + warning);
      }
    } catch (Throwable e) {
      DomGlobal.console.warn("jupyter-kit kernel: a comm message failed: " + describe(e));
    }
  }

  /**
   * Hands the comm messages the page left in shared memory while a cell ran (see the page's CommInbox) to the
   * kernel, oldest first. Called while a cell sleeps or waits for input(), after each cell, and before each posted
   * message.
   */
  private static void drainInbox() {
    if (inboxBuffer == null || kernel == null) {
      return;
    }
    Int32Array control = new Int32Array(inboxBuffer, 0, 2);
    if (Atomics.load(control, 1) == 0) {
      return;
    }
    while (Atomics.compareExchange(control, 0, 0, 1) != 0) {
      // The page holds the lock only while it copies one message in.
    }
    int used = Atomics.load(control, 1);
    Uint8Array records = Js.uncheckedCast(new Uint8Array(inboxBuffer, 8, used).slice());
    Atomics.store(control, 1, 0);
    Atomics.store(control, 0, 0);
    for (int offset = 0; offset < used; ) {
      int length = Js.coerceToInt(new Int32Array(records.buffer, offset, 1).getAt(0));
      handleComm(new TextDecoder().decode(records.subarray(offset + 4, offset + 4 + length)), new JsArray<>());
      offset += 4 + ((length + 3) & ~3);
    }
  }

  /** Binary part {@code index} of a message (shared memory, from the page), or null when there is none. */
  private static ArrayBuffer buffer(Object message, int index) {
    Object buffers = Js.asPropertyMap(message).get("buffers");
    if (buffers == null || !JsArray.isArray(buffers)) {
      return null;
    }
    JsArray<Object> list = Js.uncheckedCast(buffers);
    return index < list.length ? Js.<ArrayBuffer>uncheckedCast(list.getAt(index)) : null;
  }

  private static void boot(JupyterMessage request) {
    JsonObject content = request.content();
    String src = content.getString("src", "");
    String indexUrl = content.getString("indexURL", "");
    String kernelUrl = content.getString("kernelURL", "");
    String lockFileUrl = content.getString("lockFileURL", "");
    Promise<PyodideLoader> loader;
    if (content.getBoolean("module", false)) {
      loader = ModuleLoader.importModule(src).then(namespace -> {
        PyodideLoader exported = loaderIn(namespace);
        return exported != null ? Promise.resolve(exported)
            : Promise.reject(new IllegalStateException("the module loaded but does not export loadPyodide"));
      }, error -> Promise.reject(new IllegalStateException("could not load the module (" + describe(error) + ")")));
    } else {
      try {
        WorkerGlobals.importScripts(src);
      } catch (Throwable e) {
        // Also what a worker the page terminated mid-download sees: nothing more may be fetched.
        replyBoot(request, "could not load the script (" + describe(e) + ")", null);
        return;
      }
      PyodideLoader global = loaderIn(Js.global());
      if (global == null) {
        replyBoot(request, "the script loaded but did not define loadPyodide", null);
        return;
      }
      loader = Promise.resolve(global);
    }
    // The kernel archive and the package index download while Pyodide boots.
    Promise<ArrayBuffer> archive = fetchOk(kernelUrl, "the kernel archive").then(Response::arrayBuffer);
    String lockUrl = lockFileUrl.isEmpty() ? indexUrl + "pyodide-lock.json" : lockFileUrl;
    Promise<String> lock = fetchOk(lockUrl, "the lock file").then(Response::text).catch_(error -> {
      DomGlobal.console.warn("jupyter-kit: packages cannot be installed by name: " + describe(error));
      return Promise.resolve("{}");
    });
    LoadPyodideOptions options = LoadPyodideOptions.create();
    options.setIndexURL(indexUrl);
    if (!lockFileUrl.isEmpty()) {
      options.setLockFileURL(lockFileUrl);
    }
    loader
        .then(load -> load.load(options).then(Promise::resolve, error -> Promise.<PyodideInterface>reject(
            new IllegalStateException("Pyodide did not start (" + describe(error) + ")"))))
        .then(loaded -> {
          pyodide = loaded;
          return archive;
        })
        .then(kernelArchive -> {
          try {
            startKernel(kernelArchive, content);
          } catch (Throwable e) {
            throw new IllegalStateException("the Python kernel did not start: " + describe(e));
          }
          return lock;
        })
        .then(lockText -> {
          callKernel("use_lock_file", lockText);
          JsonArray packages = content.getArray("packages");
          if (packages == null || packages.size() == 0) {
            return Promise.resolve("{}");
          }
          // An awaitable Python coroutine; Promise.resolve adopts it as a thenable.
          return Promise.resolve(callKernel("preload", JsonWriter.write(packages)))
              .then(failures -> Promise.resolve(String.valueOf(failures)));
        })
        .then(packageFailures -> {
          replyBoot(request, null, packageFailures);
          return null;
        })
        .catch_(error -> {
          pyodide = null;
          kernel = null;
          replyBoot(request, describe(error), null);
          return null;
        });
  }

  /** The {@code loadPyodide} function a script defined or a module exports, or null. */
  private static PyodideLoader loaderIn(Object scope) {
    Object load = Js.asPropertyMap(scope).get("loadPyodide");
    return "function".equals(Js.typeof(load)) ? Js.uncheckedCast(load) : null;
  }

  private static Promise<Response> fetchOk(String url, String what) {
    return WorkerGlobals.self().fetch(url).then(response -> {
      if (!response.ok) {
        throw new IllegalStateException(what + " " + url + " answered HTTP " + response.status);
      }
      return Promise.resolve(response);
    });
  }

  private static void startKernel(ArrayBuffer archive, JsonObject bootContent) {
    pyodide.unpackArchive(archive, "zip", UnpackArchiveOptions.create(KERNEL_DIR));
    pyodide.runPython("import sys\nif '" + KERNEL_DIR + "' not in sys.path: sys.path.insert(0, '" + KERNEL_DIR + "')");
    PyProxy module = pyodide.pyimport("jupyterkit_kernel");
    // Python attributes are JavaScript properties of a proxy; get() is item access, which modules lack.
    PyProxy kernelClass = Js.uncheckedCast(Js.asPropertyMap(module).get("Kernel"));
    Emitter emitter = PyodideWorker::post;
    Object wait = null;
    if (interruptBuffer != null) {
      pyodide.setInterruptBuffer(interruptBuffer);
      Waiter waiter = PyodideWorker::waitForInterrupt;
      wait = waiter;
    }
    Object readInput = null;
    if (stdinBuffer != null) {
      InputReader reader = PyodideWorker::readInput;
      readInput = reader;
    }
    PackageLoader loadPackage = PyodideWorker::loadPackages;
    JsonObject kernelOptions = new JsonObject()
        .put("autoload_imports", bootContent.getBoolean("autoload_imports", true))
        .put("figure_formats", bootContent.has("figure_formats") ? bootContent.get("figure_formats")
            : JsonArray.ofStrings(Collections.singletonList("svg")));
    // Kept for the worker's life: one kernel per worker, and attribute proxies die with their owner.
    kernel = Js.uncheckedCast(
        kernelClass.call(null, emitter, wait, readInput, loadPackage, JsonWriter.write(kernelOptions)));
    kernelExecute = Js.uncheckedCast(Js.asPropertyMap(kernel).get("execute"));
  }

  /** Calls a method of the Python kernel that is called rarely, releasing the method's proxy afterwards. */
  private static Object callKernel(String method, Object... args) {
    PyProxy bound = Js.uncheckedCast(Js.asPropertyMap(kernel).get(method));
    try {
      return bound.call(null, args);
    } finally {
      bound.destroy();
    }
  }

  /**
   * Installs packages with Pyodide's loader and resolves to the JSON of {@code {name: reason}} for each one that
   * is not installed afterwards; the loader reports failures through its error callback rather than rejecting.
   */
  private static Promise<String> loadPackages(String namesJson) {
    JsonValue parsed = parseOrNull(namesJson);
    List<String> names = parsed == null || parsed.asArray() == null ? new ArrayList<>() : parsed.asArray().strings();
    List<String> errors = new ArrayList<>();
    LoadPackageOptions options = LoadPackageOptions.create();
    options.setMessageCallback(text -> {});
    options.setErrorCallback(errors::add);
    JsArray<String> list = new JsArray<>();
    for (String name : names) {
      list.push(name);
    }
    return pyodide.loadPackage(list, options).then(
        loaded -> Promise.resolve(failuresOf(names, errors, null)),
        error -> Promise.resolve(failuresOf(names, errors, describe(error))));
  }

  private static String failuresOf(List<String> names, List<String> errors, String rejection) {
    JsonObject failures = new JsonObject();
    JsPropertyMap<Object> loaded = pyodide.getLoadedPackages();
    for (String name : names) {
      if (!loaded.has(name) && !loaded.has(name.toLowerCase())) {
        String reason = rejection != null ? rejection : errors.isEmpty() ? "it was not installed" : String.join(" ", errors);
        failures.put(name, reason);
      }
    }
    return JsonWriter.write(failures);
  }

  /**
   * Runs one request. The kernel answers through the emitter; a cell with top-level await comes back as an
   * awaitable, which resolving as a promise schedules on Pyodide's event loop.
   */
  private static void execute(Object request, JupyterMessage message) {
    currentRequest = message;
    if (kernelExecute == null) {
      fail(message, "KernelNotReady", "The Python kernel is not running.");
      return;
    }
    Object pending;
    try {
      pending = kernelExecute.call(null, Global.JSON.stringify(request));
    } catch (Throwable e) {
      failOrDie(message, describe(e));
      return;
    }
    if (pending == null) {
      drainInbox();
      return;
    }
    Promise.resolve(pending).then(done -> {
      drainInbox();
      return null;
    }, error -> {
      failOrDie(message, describe(error));
      return null;
    });
  }

  /**
   * The kernel threw instead of answering. If the interpreter itself is gone (a wasm trap such as an
   * out-of-bounds read makes Pyodide fail fatally), the page is told the kernel is dead, as Jupyter's status
   * {@code dead}, and replaces this worker; otherwise the cell gets the error.
   */
  private static void failOrDie(JupyterMessage request, String reason) {
    if (interpreterAlive()) {
      fail(request, "KernelError", reason);
      return;
    }
    kernelExecute = null;
    JsonObject content = new JsonObject().put("execution_state", "dead").put("reason", reason);
    postMessage(new JupyterMessage(MessageIds.next(), MessageTypes.STATUS, request.msgId(), content, null));
  }

  private static boolean interpreterAlive() {
    try {
      pyodide.runPython("None");
      return true;
    } catch (Throwable e) {
      return false;
    }
  }

  /** Answers a request the kernel could not take with an error and a reply, so the page never waits forever. */
  private static void fail(JupyterMessage request, String ename, String evalue) {
    for (JupyterMessage message : JupyterMessage.failure(request.msgId(), ename, evalue)) {
      postMessage(message);
    }
  }

  private static void postMessage(JupyterMessage message) {
    WorkerGlobals.self().postMessage(JsJson.toJs(message.toJson()));
  }

  /** Posts a kernel message; its binary buffers (a Python list of bytes) travel as ArrayBuffers, not copied. */
  private static void post(String messageJson, Object buffers) {
    Object message = Global.JSON.parse(messageJson);
    // A Python list arrives as a proxy (pyodide.isPyProxy is gone from recent releases: look for toJs instead).
    if (buffers == null || !"function".equals(Js.typeof(Js.asPropertyMap(buffers).get("toJs")))) {
      WorkerGlobals.self().postMessage(message);
      return;
    }
    JsArray<Object> arrays = Js.uncheckedCast(((PyProxy) buffers).toJs(JsPropertyMap.of()));
    JsArray<Object> transfer = new JsArray<>();
    for (int i = 0; i < arrays.length; i++) {
      Uint8Array bytes = Js.uncheckedCast(arrays.getAt(i));
      ArrayBuffer buffer = bytes.byteOffset == 0 && bytes.byteLength == bytes.buffer.byteLength
          ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      transfer.push(buffer);
    }
    Js.asPropertyMap(message).set("buffers", transfer);
    WorkerGlobalScope.PostMessageTransferOrOptionsUnionType transferList = Js.uncheckedCast(transfer);
    WorkerGlobals.self().postMessage(message, transferList);
  }

  private static void replyBoot(JupyterMessage request, String failure, String packageFailures) {
    JsonObject content = new JsonObject().put("status", failure == null ? "ok" : "error");
    if (failure != null) {
      content.put("evalue", failure);
    } else {
      content.put("pyodide_version", pyodide.getVersion());
      JsonValue failures = parseOrNull(packageFailures);
      if (failures != null && failures.asObject() != null && failures.asObject().size() > 0) {
        content.put("package_failures", failures);
      }
    }
    postMessage(new JupyterMessage(MessageIds.next(), MessageTypes.BOOT_REPLY, request.msgId(), content, null));
  }

  private static JsonValue parseOrNull(String text) {
    try {
      return text == null ? null : JsonParser.parse(text);
    } catch (JsonException e) {
      return null;
    }
  }

  private static String describe(Object error) {
    if (error instanceof Throwable) {
      return String.valueOf(((Throwable) error).getMessage());
    }
    Object message = error == null ? null : Js.asPropertyMap(error).get("message");
    return message == null ? String.valueOf(error) : String.valueOf(message);
  }

  /**
   * Sleeps up to {@code seconds} unless interrupted: the page's interrupt wakes it at once. Returns true when
   * interrupted, having taken the signal so Python does not raise a second KeyboardInterrupt later.
   */
  private static boolean waitForInterrupt(double seconds) {
    Atomics.wait(interruptBuffer, 0, 0, seconds * 1000);
    if (Atomics.load(interruptBuffer, 0) != 0) {
      Atomics.store(interruptBuffer, 0, 0);
      return true;
    }
    // Woken early by a comm message, or a slice of the sleep is over: the sleeping cell's widgets get their say.
    drainInbox();
    return false;
  }

  /**
   * Asks the page for a line of input and blocks until it answers: an {@code input_request} goes out, the answer
   * comes back through shared memory. Returns null when the page interrupts instead.
   */
  private static String readInput(String prompt, boolean password) {
    Int32Array control = new Int32Array(stdinBuffer, 0, 2);
    Atomics.store(control, 0, 0);
    JsonObject content = new JsonObject().put("prompt", prompt).put("password", password);
    postMessage(new JupyterMessage(MessageIds.next(), MessageTypes.INPUT_REQUEST,
        currentRequest == null ? null : currentRequest.msgId(), content, null));
    while (Atomics.load(control, 0) == 0) {
      Atomics.wait(control, 0, 0, 100);
      if (interruptBuffer != null && Atomics.load(interruptBuffer, 0) != 0) {
        Atomics.store(interruptBuffer, 0, 0);
        return null;
      }
      // Widgets stay live while the cell waits for its answer.
      drainInbox();
    }
    int length = Atomics.load(control, 1);
    // TextDecoder refuses shared memory: slice() copies the bytes out first.
    return new TextDecoder().decode(new Uint8Array(stdinBuffer, 8, length).slice());
  }

  /** What the kernel calls to install packages: JSON names in, a promise of JSON failures out. */
  @JsFunction
  interface PackageLoader {
    Promise<String> load(String namesJson);
  }

  /** What the kernel's patched input() calls. */
  @JsFunction
  interface InputReader {
    String read(String prompt, boolean password);
  }

  /** What the kernel's patched time.sleep calls. */
  @JsFunction
  interface Waiter {
    boolean waitUpTo(double seconds);
  }

  /** The callback the Python kernel calls with each message's JSON text, and its binary buffers if any. */
  @JsFunction
  interface Emitter {
    void emit(String messageJson, Object buffers);
  }
}
