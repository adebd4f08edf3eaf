package io.jupyterkit.pyodide.worker;

import elemental2.core.ArrayBuffer;
import elemental2.core.Function;
import elemental2.core.Global;
import elemental2.core.Int32Array;
import elemental2.core.JsArray;
import elemental2.core.JsError;
import elemental2.core.Uint8Array;
import elemental2.dom.DedicatedWorkerGlobalScope;
import elemental2.dom.DomGlobal;
import elemental2.dom.MessageEvent;
import elemental2.dom.PerformanceEntry;
import elemental2.dom.Response;
import elemental2.dom.TextDecoder;
import elemental2.dom.URL;
import elemental2.dom.WorkerPerformance;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.ModuleLoader;
import io.jupyterkit.externs.pyodide.LoadPackageOptions;
import io.jupyterkit.externs.pyodide.LoadPyodideOptions;
import io.jupyterkit.externs.pyodide.PyProxy;
import io.jupyterkit.externs.pyodide.PyodideInterface;
import io.jupyterkit.externs.pyodide.PyodideLoader;
import io.jupyterkit.externs.pyodide.UnpackArchiveOptions;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.interop.TypedArrayMemory;
import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.json.JsonWriter;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import io.jupyterkit.protocol.PyodideBootFiles;
import io.jupyterkit.sharedmemory.BootBuffers;
import io.jupyterkit.sharedmemory.CommInbox;
import io.jupyterkit.sharedmemory.InterruptBuffer;
import io.jupyterkit.sharedmemory.StdinBuffer;
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
  /**
   * Shared with the page when it is cross-origin isolated (the four are null without isolation): the interrupt
   * signal, as layout and as the Int32Array Pyodide watches, the answers to input() and the comm messages the page
   * sent while a cell ran.
   */
  private static InterruptBuffer interruptBuffer;
  private static Int32Array pyodideInterruptBuffer;
  private static StdinBuffer<?> stdinBuffer;
  private static CommInbox<?> inbox;
  /** The boot request last answered, which is answered once. */
  private static String answeredBoot;
  /** The request being executed, which input requests answer to. */
  private static JupyterMessage currentRequest;
  /** Every failed fetch of this worker (Pyodide's files, packages, micropip's, the kernel's), for the messages. */
  private static final DownloadLog DOWNLOADS = new DownloadLog() {
    @Override
    String absolute(String url) {
      return absoluteUrl(url);
    }
  };
  /** Settles once every download that failed so far is in {@link #DOWNLOADS} (some are asked about again). */
  private static Promise<Object> downloadsNoted = Promise.resolve((Object) null);

  private PyodideWorker() {}

  /** Called once when the worker script runs. */
  @JsMethod
  public static void start() {
    if (Js.global().has("document")) {
      // Loaded by the sandbox frame's document: it hosts a worker rather than being one.
      SandboxFrame.start();
      return;
    }
    DedicatedWorkerGlobalScope self = WorkerGlobals.self();
    watchDownloads();
    self.setOnmessage(event -> onMessage(((MessageEvent<?>) event).data));
  }

  /**
   * Wraps the worker's {@code fetch} so that every download that fails is noted with its URL and HTTP status:
   * Pyodide and micropip fetch through it, and their own errors say only "request failed" or "Failed to fetch".
   * Answers and rejections pass through unchanged. A request with a checksum (Pyodide's packages) fails without a
   * status whenever the answer does not match, a 404 page included, so its URL is asked for once more (HEAD).
   */
  private static void watchDownloads() {
    JsPropertyMap<Object> scope = Js.asPropertyMap(WorkerGlobals.self());
    Object original = scope.get("fetch");
    if (!"function".equals(Js.typeof(original))) {
      return;
    }
    Function fetch = ((Function) original).bind(WorkerGlobals.self());
    BootWatch.useFetch(fetch);
    Fetch watched = (input, init) -> {
      Promise<Response> answer = Js.uncheckedCast(fetch.call(null, input, init));
      String url = requestUrl(input);
      BootWatch.meter(url, answer);
      Promise<Response> handedOn = VerifiedAssets.expects(url)
          ? answer.then(response -> Promise.resolve(VerifiedAssets.verifying(url, response))) : answer;
      boolean checked = init != null && Js.asPropertyMap(init).get("integrity") != null;
      answer.then(response -> {
        if (!response.ok) {
          DOWNLOADS.record(url, FailureWords.httpStatus(response.status, response.statusText));
        }
        return null;
      }, error -> {
        if (!checked) {
          DOWNLOADS.record(url, FailureWords.NO_ANSWER);
          return null;
        }
        Promise<Response> again = Js.uncheckedCast(fetch.call(null, url, JsPropertyMap.of("method", "HEAD")));
        Promise<Object> noted = again.then(response -> {
          DOWNLOADS.record(url, response.ok ? FailureWords.CHECKSUM_MISMATCH
              : FailureWords.httpStatus(response.status, response.statusText));
          return null;
        }, failed -> {
          DOWNLOADS.record(url, FailureWords.NO_ANSWER);
          return null;
        });
        downloadsNoted = downloadsNoted.then(ignored -> noted);
        return null;
      });
      return handedOn;
    };
    scope.set("fetch", watched);
  }

  /** The absolute URL a fetch asks for: its argument is a string, a URL or a Request. */
  private static String requestUrl(Object input) {
    Object url = "object".equals(Js.typeof(input)) ? Js.asPropertyMap(input).get("url") : null;
    return absoluteUrl(url != null && "string".equals(Js.typeof(url)) ? (String) url : String.valueOf(input));
  }

  private static String absoluteUrl(String url) {
    try {
      return new URL(url, WorkerGlobals.self().getLocation().getHref()).href;
    } catch (Throwable e) {
      return url;
    }
  }

  private static void onMessage(Object data) {
    // What the page left in the inbox during the last cell is older than anything posted since.
    drainInbox();
    // Posted by our page: nothing but JSON (and buffers), wrapped as it is.
    JupyterMessage message = JupyterMessage.fromJson(JsJson.wrap(data));
    if (message == null) {
      return;
    }
    switch (message.msgType()) {
      case MessageTypes.BOOT_REQUEST:
        Outbox.takePort(data);
        takeSharedMemory(data);
        boot(message);
        break;
      case MessageTypes.EXECUTE_REQUEST:
        execute(data, message);
        break;
      case MessageTypes.DIGEST_REPLY:
        VerifiedAssets.answered(message);
        break;
      case MessageTypes.COMM_OPEN:
      case MessageTypes.COMM_MSG:
      case MessageTypes.COMM_CLOSE:
        handleComm(data);
        break;
      default:
        // complete_request, inspect_request, and any other shell request (answered with an error reply).
        if (message.msgType().endsWith("_request")) {
          shellRequest(data, message);
        }
        break;
    }
  }

  /**
   * Gives a shell request other than execute_request to the kernel, which answers with status busy, the reply and
   * status idle. Without a kernel, or if the kernel throws, the worker answers the same way with an error reply,
   * so the page never waits for a reply that will not come.
   */
  private static void shellRequest(Object data, JupyterMessage request) {
    if (kernel == null) {
      answerShellRequest(request, "KernelNotRunning", "Python is not running yet.");
      return;
    }
    try {
      callKernel("shell_request", Global.JSON.stringify(data));
    } catch (Throwable e) {
      DomGlobal.console.error("jupyter-kit: the Python kernel failed", e);
      answerShellRequest(request, "KernelError", explain(e));
    }
  }

  private static void answerShellRequest(JupyterMessage request, String ename, String evalue) {
    postMessage(JupyterMessage.errorReply(request, ename, evalue));
    postMessage(JupyterMessage.status(request.msgId(), "idle"));
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
    if (inbox == null || kernel == null) {
      return;
    }
    List<String> messages = inbox.drain();
    for (int i = 0; i < messages.size(); i++) {
      handleComm(messages.get(i), new JsArray<>());
    }
  }

  /** The shared memory a boot request brings (see {@link BootBuffers}); none when the page is not isolated. */
  private static void takeSharedMemory(Object bootRequest) {
    ArrayBuffer interrupt = buffer(bootRequest, BootBuffers.INTERRUPT);
    ArrayBuffer stdin = buffer(bootRequest, BootBuffers.STDIN);
    ArrayBuffer comms = buffer(bootRequest, BootBuffers.COMM_INBOX);
    interruptBuffer = interrupt == null ? null : TypedArrayMemory.interruptBuffer(interrupt);
    pyodideInterruptBuffer = interrupt == null ? null : new Int32Array(interrupt);
    stdinBuffer = stdin == null ? null : TypedArrayMemory.stdinBuffer(stdin);
    inbox = comms == null ? null : TypedArrayMemory.commInbox(comms);
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
    String webAssemblyRefused = WebAssemblyPolicy.refusal();
    if (webAssemblyRefused != null) {
      replyBoot(request, webAssemblyRefused, null);
      return;
    }
    JsonObject content = request.content();
    Integer timeoutMs = content.getInt("timeout_ms");
    BootWatch.begin(request, timeoutMs == null ? 0 : timeoutMs);
    VerifiedAssets.reset(request.msgId(), why -> replyBoot(request, why, null));
    String src = content.getString("src", "");
    String kernelUrl = content.getString("kernelURL", "");
    String recordDigest = content.getString("integrity", "");
    // The page's bundle carries the record's digest; without one (a bundle of the page's own), nothing is verified.
    Promise<AssetRecord> record = recordDigest.isEmpty() ? Promise.resolve((AssetRecord) null)
        : VerifiedAssets.load(new URL("integrity.json", kernelUrl).href, recordDigest);
    // Fetched ahead, the loader's bytes are counted and verified, its text names the interpreter script, and it
    // imports from the browser's cache.
    Promise<ArrayBuffer> loader = BootWatch.fetchAhead(src);
    record.then(assets -> loader.then(loaderBytes -> assets == null ? Promise.resolve((String) null)
            : loaderRefusal(assets, loaderBytes, content))
        .then(refused -> {
          if (refused != null) {
            replyBoot(request, refused, null);
          } else {
            loader.then(loaderBytes -> {
              boot(request, loaderBytes == null ? null : new TextDecoder().decode(new Uint8Array(loaderBytes)));
              return null;
            });
          }
          return null;
        }), error -> {
          replyBoot(request, describe(error), null);
          return null;
        });
  }

  /**
   * Why the loader that {@code bootContent} names, fetched ahead as {@code loaderBytes} (null when it could not be),
   * must not be imported, or null; it decides what the rest of the boot verifies. A loader that could not be read
   * or is not a script is named in the words its import would have failed with: it is never imported unread.
   */
  private static Promise<String> loaderRefusal(AssetRecord assets, ArrayBuffer loaderBytes, JsonObject bootContent) {
    String src = bootContent.getString("src", "");
    boolean module = bootContent.getBoolean("module", false);
    if (loaderBytes == null) {
      String status = BootWatch.statusAhead(src);
      Promise<String> why = status != null ? Promise.resolve(status)
          : whyNotLoaded(src, new JsError("it could not be read to verify it"));
      return why.then(words -> Promise.resolve(couldNotLoad(module, words)));
    }
    String notAScript = FailureWords.notAScript(BootWatch.typeAhead(src));
    if (notAScript != null) {
      return Promise.resolve(couldNotLoad(module, notAScript));
    }
    return VerifiedAssets.expect(assets, loaderBytes, src, bootContent.getString("version", null),
        bootContent.getString("indexURL", ""), bootContent.getString("kernelURL", ""),
        bootContent.getString("lockFileURL", "").isEmpty());
  }

  private static String couldNotLoad(boolean module, String why) {
    return "could not load the " + (module ? "module" : "script") + " (" + why + ")";
  }

  private static void boot(JupyterMessage request, String loaderText) {
    JsonObject content = request.content();
    String src = content.getString("src", "");
    String indexUrl = content.getString("indexURL", "");
    String kernelUrl = content.getString("kernelURL", "");
    String lockFileUrl = content.getString("lockFileURL", "");
    Promise<PyodideLoader> loader;
    if (content.getBoolean("module", false)) {
      loader = BootWatch.awaiting(src, ModuleLoader.importModule(src)).then(namespace -> {
        PyodideLoader exported = loaderIn(namespace);
        return exported != null ? Promise.resolve(exported)
            : Promise.reject(failure("the module loaded but does not export loadPyodide"));
      }, error -> whyNotLoaded(src, error).then(why -> Promise.reject(failure(couldNotLoad(true, why)))));
    } else {
      try {
        WorkerGlobals.importScripts(src);
      } catch (Throwable e) {
        // The kernel files and the lock file are not fetched.
        whyNotLoaded(src, e).then(why -> {
          replyBoot(request, couldNotLoad(false, why), null);
          return null;
        });
        return;
      }
      PyodideLoader global = loaderIn(Js.global());
      if (global == null) {
        replyBoot(request, "the script loaded but did not define loadPyodide", null);
        return;
      }
      loader = Promise.resolve(global);
    }
    String lockUrl = PyodideBootFiles.lockFile(indexUrl, lockFileUrl);
    String asmScript = PyodideBootFiles.asmScript(loaderText);
    BootWatch.expect(indexUrl, asmScript, kernelUrl, lockUrl);
    Promise<ArrayBuffer> interpreterFetched = BootWatch.fetchAhead(indexUrl + asmScript)
        .then(bytes -> VerifiedAssets.check(indexUrl + asmScript, bytes));
    // The kernel archive and the package index download while Pyodide boots.
    Promise<ArrayBuffer> archive = download(kernelUrl, "the kernel files").then(Response::arrayBuffer);
    Promise<String> lock = download(lockUrl, "the package list").then(Response::text).catch_(error -> {
      DomGlobal.console.warn("jupyter-kit: packages cannot be installed by name. " + describe(error));
      return Promise.resolve("{}");
    });
    LoadPyodideOptions options = LoadPyodideOptions.create();
    options.setIndexURL(indexUrl);
    if (!lockFileUrl.isEmpty()) {
      options.setLockFileURL(lockFileUrl);
    }
    loader
        .then(load -> interpreterFetched.then(fetched -> load.load(options)).then(Promise::resolve,
            error -> downloadsNoted.then(ignored -> Promise.<PyodideInterface>reject(
                failure("Pyodide did not start (" + explain(error) + ")")))))
        .then(loaded -> {
          pyodide = loaded;
          BootWatch.reach(BootProgress.PYODIDE_STARTED);
          return archive;
        })
        .then(kernelArchive -> {
          try {
            startKernel(kernelArchive, content);
          } catch (Throwable e) {
            DomGlobal.console.error("jupyter-kit: the Python kernel did not start", e);
            return Promise.reject(failure("The Python kernel did not start (" + explain(e) + ")"));
          }
          BootWatch.reach(BootProgress.KERNEL_STARTED);
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

  /** Fetches {@code url}; a failure is a sentence naming {@code what}, the URL and the HTTP status or reason. */
  private static Promise<Response> download(String url, String what) {
    return fetch(url).then(response -> response.ok ? Promise.resolve(response)
            : Promise.reject(failure(FailureWords.couldNotDownload(what, url,
                FailureWords.httpStatus(response.status, response.statusText)))),
        error -> Promise.reject(failure(FailureWords.couldNotDownload(what, url, FailureWords.NO_ANSWER))));
  }

  private static Promise<Response> fetch(String url) {
    return WorkerGlobals.self().fetch(url);
  }

  /**
   * Why a script or module did not load, in words: the browser says only that it failed. The worker's resource
   * timing tells the HTTP status without asking again; the script is fetched once more only to see why one that
   * arrived was refused, or when another origin's status is not shown. A same-origin script without any answer is
   * not asked for again: that is also what a worker the page terminated mid-download sees.
   */
  private static Promise<String> whyNotLoaded(String src, Object error) {
    String message = describe(error);
    // Caught in Java, a JavaScript error's text starts with its name.
    if (message.startsWith("SyntaxError") || "SyntaxError".equals(Js.asPropertyMap(error).get("name"))) {
      return Promise.resolve("it is not JavaScript: " + FailureWords.shorten(message));
    }
    String url = absoluteUrl(src);
    int status = timedStatus(url);
    if (status >= 400) {
      return Promise.resolve(FailureWords.httpStatus(status, null));
    }
    if (status == 0 && sameOrigin(url)) {
      return Promise.resolve(FailureWords.NO_ANSWER);
    }
    return fetch(url).then(response -> {
      if (!response.ok) {
        return Promise.resolve(FailureWords.httpStatus(response.status, response.statusText));
      }
      String notAScript = FailureWords.notAScript(response.headers.get("Content-Type"));
      return Promise.resolve(notAScript != null ? notAScript : FailureWords.shorten(message));
    }, failed -> Promise.resolve(FailureWords.NO_ANSWER));
  }

  /**
   * The HTTP status the worker's last load of {@code url} got, from resource timing: 0 when it got no answer, -1
   * when the browser does not report statuses there (then only asking again tells).
   */
  private static int timedStatus(String url) {
    Object timing = Js.asPropertyMap(Js.global()).get("PerformanceResourceTiming");
    Object prototype = timing == null ? null : Js.asPropertyMap(timing).get("prototype");
    if (prototype == null || !Js.asPropertyMap(prototype).has("responseStatus")) {
      return -1;
    }
    WorkerPerformance performance = WorkerGlobals.self().getPerformance();
    JsArray<PerformanceEntry> entries = performance == null ? null : performance.getEntriesByName(url);
    if (entries == null || entries.length == 0) {
      return 0;
    }
    Object status = Js.asPropertyMap(entries.getAt(entries.length - 1)).get("responseStatus");
    return "number".equals(Js.typeof(status)) ? Js.coerceToInt(status) : 0;
  }

  private static boolean sameOrigin(String url) {
    try {
      return new URL(url).origin.equals(new URL(WorkerGlobals.self().getLocation().getHref()).origin);
    } catch (Throwable e) {
      return false;
    }
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
      pyodide.setInterruptBuffer(pyodideInterruptBuffer);
      Waiter waiter = PyodideWorker::waitForInterrupt;
      wait = waiter;
    }
    Object readInput = null;
    if (stdinBuffer != null) {
      InputReader reader = PyodideWorker::readInput;
      readInput = reader;
    }
    PackageLoader loadPackage = PyodideWorker::loadPackages;
    DownloadFailures failedDownloads = () -> JsonWriter.write(DOWNLOADS.take());
    JsonObject kernelOptions = new JsonObject()
        .put("autoload_imports", bootContent.getBoolean("autoload_imports", true))
        .put("figure_formats", bootContent.has("figure_formats") ? bootContent.get("figure_formats")
            : JsonArray.ofStrings(Collections.singletonList("svg")));
    // Kept for the worker's life: one kernel per worker, and attribute proxies die with their owner.
    kernel = Js.uncheckedCast(
        kernelClass.call(null, emitter, wait, readInput, loadPackage, JsonWriter.write(kernelOptions),
            failedDownloads));
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
   * is not installed afterwards; the loader reports failures through its error callback rather than rejecting,
   * a heading line per failed package and then its error.
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
        loaded -> downloadsNoted.then(ignored -> Promise.resolve(failuresOf(names, errors, null))),
        error -> downloadsNoted.then(ignored -> Promise.resolve(failuresOf(names, errors, describe(error)))));
  }

  private static String failuresOf(List<String> names, List<String> errors, String rejection) {
    List<String> loaded = new ArrayList<>();
    JsPropertyMap<Object> installed = pyodide.getLoadedPackages();
    installed.forEach(loaded::add);
    return JsonWriter.write(FailureWords.packageFailures(names, loaded, errors, rejection, DOWNLOADS));
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
      DomGlobal.console.error("jupyter-kit: the Python kernel failed", e);
      failOrDie(message, explain(e));
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
      DomGlobal.console.error("jupyter-kit: the Python kernel failed", error);
      failOrDie(message, explain(error));
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
    Outbox.post(JsJson.toJs(message.toJson()));
  }

  /**
   * Posts a kernel message, or the array of messages the kernel sent together (then without buffers); binary
   * buffers (a Python list of bytes) travel as ArrayBuffers, not copied.
   */
  private static void post(String messageJson, Object buffers) {
    Object message = Global.JSON.parse(messageJson);
    // A Python list arrives as a proxy (pyodide.isPyProxy is gone from recent releases: look for toJs instead).
    if (buffers == null || !"function".equals(Js.typeof(Js.asPropertyMap(buffers).get("toJs")))) {
      Outbox.post(message);
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
    Outbox.post(message, transfer);
  }

  private static void replyBoot(JupyterMessage request, String failure, String packageFailures) {
    if (request.msgId().equals(answeredBoot)) {
      // Already answered: a refused file ended it, and Pyodide's own error about that file came after.
      return;
    }
    answeredBoot = request.msgId();
    BootWatch.end();
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
      return text == null ? null : JsJson.parse(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A rejection carrying a sentence for a person: a plain JavaScript Error, no Java class name in its text. */
  private static JsError failure(String sentence) {
    return new JsError(sentence);
  }

  /**
   * The text of an error for a person: a Java exception's message (never its class name, which Closure
   * renames), a JavaScript error's message, or the value itself.
   */
  private static String describe(Object error) {
    if (error == null) {
      return "unknown error";
    }
    // A Java exception thrown into a promise arrives as its JavaScript Error, whose text starts with the
    // (renamed) class name; J2CL keeps the exception beside it.
    Object thrown = "object".equals(Js.typeof(error)) ? Js.asPropertyMap(error).get("__java$exception") : null;
    Object java = thrown != null ? thrown : error;
    if (java instanceof Throwable) {
      String message = ((Throwable) java).getMessage();
      return message != null ? message : "an internal error of the worker (see the browser console)";
    }
    Object message = "object".equals(Js.typeof(error)) ? Js.asPropertyMap(error).get("message") : null;
    return message != null ? String.valueOf(message) : String.valueOf(error);
  }

  /** {@link #describe}, cut to its meaningful part, with the URL and status of a download Pyodide names. */
  private static String explain(Object error) {
    return FailureWords.explainLoadError(describe(error), null, DOWNLOADS);
  }

  /**
   * Sleeps up to {@code seconds} unless interrupted: the page's interrupt wakes it at once. Returns true when
   * interrupted, having taken the signal so Python does not raise a second KeyboardInterrupt later.
   */
  private static boolean waitForInterrupt(double seconds) {
    if (interruptBuffer.sleep(seconds * 1000)) {
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
    stdinBuffer.expectAnswer();
    JsonObject content = new JsonObject().put("prompt", prompt).put("password", password);
    postMessage(new JupyterMessage(MessageIds.next(), MessageTypes.INPUT_REQUEST,
        currentRequest == null ? null : currentRequest.msgId(), content, null));
    while (!stdinBuffer.answered()) {
      stdinBuffer.awaitAnswer(100);
      if (interruptBuffer != null && interruptBuffer.take()) {
        return null;
      }
      // Widgets stay live while the cell waits for its answer.
      drainInbox();
    }
    return stdinBuffer.read();
  }

  /** The worker's {@code fetch}: a resource (string, URL or Request) and options in, a promise of a response out. */
  @JsFunction
  interface Fetch {
    Promise<Response> fetch(Object input, Object init);
  }

  /** What the kernel calls after a failed install: the JSON {@code {url: problem}} of downloads that failed since. */
  @JsFunction
  interface DownloadFailures {
    String take();
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

  /**
   * The callback the Python kernel calls with each message's JSON text (or a JSON array of messages sent together),
   * and its binary buffers if any.
   */
  @JsFunction
  interface Emitter {
    void emit(String messageJson, Object buffers);
  }
}
