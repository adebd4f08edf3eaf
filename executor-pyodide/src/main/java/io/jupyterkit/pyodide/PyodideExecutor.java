package io.jupyterkit.pyodide;

import elemental2.core.ArrayBuffer;
import elemental2.core.JsArray;
import elemental2.dom.DomGlobal;
import elemental2.dom.RequestInit;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import io.jupyterkit.element.Assets;
import io.jupyterkit.externs.jupyter.CommProvider;
import io.jupyterkit.externs.jupyter.JupyterComm;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.interop.WebDigest;
import io.jupyterkit.json.JsonArray;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.kernel.ExecutionQueue;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.kernel.KernelState;
import io.jupyterkit.kernel.KernelStateListener;
import io.jupyterkit.kernel.MessageHandler;
import io.jupyterkit.kernel.ShellRequests;
import io.jupyterkit.nbformat.Languages;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import io.jupyterkit.protocol.PyodideBootFiles;
import io.jupyterkit.protocol.ShellReplies;
import io.jupyterkit.render.Strings;
import java.util.ArrayList;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Runs cells in Pyodide inside a dedicated worker. Requests wait in a FIFO queue and go to the worker one at a
 * time. Booting tries each candidate in a fresh worker, abandoning one that makes no progress for {@code timeoutMs};
 * a failed boot is reported to the waiting cells and forgotten, so the next run tries again.
 */
public final class PyodideExecutor implements Executor, CommProvider {
  private final PyodideExecutorOptions options;
  private final PyodideComms comms = new PyodideComms(this::postComm);
  private final String workerUrl;
  /** Why the page's Content-Security-Policy refused the worker, once it has. */
  private String workerRefusal;
  private boolean listeningForWorkerPolicy;
  private final ExecutionQueue queue = new ExecutionQueue();
  /** Completion and inspection requests the worker has not finished answering. */
  private final ShellRequests shellRequests = new ShellRequests();
  private final KernelStates states = new KernelStates(
      error -> DomGlobal.console.error("jupyter-kit: a kernel state listener threw", error));
  private boolean prefetched;
  private WorkerLink worker;
  /**
   * Whether the worker runs in a sandbox frame: from the start when the options say so, else once a notebook of
   * another origin runs.
   */
  private boolean sandboxed;
  private boolean ready;
  /** How many elements use this executor; the last one to let go ends the interpreter. */
  private int users;
  private List<PyodideCandidate> candidates;
  private int candidateIndex;
  private final List<String> failures = new ArrayList<>();
  private String bootRequestId;
  private double bootTimer = -1;
  private double interruptWatchdog = -1;
  /** What went wrong starting the interpreter that the next cell should show (package failures). */
  private String startupNotice = "";

  /** How long a cooperative interrupt may take before the interpreter is replaced instead. */
  static final int INTERRUPT_GRACE_MS = 3000;
  /** What Pyodide 314 and later say when loaded by importScripts. */
  private static final String CLASSIC_WORKER_REFUSED = "Classic web workers are not supported";

  public PyodideExecutor(PyodideExecutorOptions options, String defaultWorkerUrl) {
    this.options = options;
    this.workerUrl = absolute(options.workerUrl() != null ? options.workerUrl() : defaultWorkerUrl);
    this.sandboxed = Boolean.TRUE.equals(options.sandbox());
  }

  @Override
  public String language() {
    return Languages.PYTHON;
  }

  @Override
  public CommProvider commProvider() {
    return this;
  }

  @Override
  public JupyterComm createComm(String targetName, String commId) {
    return comms.createComm(targetName, commId);
  }

  @Override
  public Disposer onCommOpen(String targetName, CommOpenHandler handler) {
    return comms.onCommOpen(targetName, handler);
  }

  @Override
  public JsArray<JupyterComm> listComms(String targetName) {
    return comms.listComms(targetName);
  }

  /**
   * Sends a comm message. While a cell runs, messages without binary buffers go to the shared inbox, which the
   * worker reads while the cell sleeps; once one does not fit, the rest of the cell's messages are posted, in order.
   */
  private void postComm(JsPropertyMap<Object> message) {
    if (worker == null || !ready) {
      DomGlobal.console.warn("jupyter-kit: a comm message was not sent: Python is not running");
      return;
    }
    worker.postComm(message, queue.running() != null);
  }

  @Override
  public KernelState state() {
    return states.current();
  }

  @Override
  public Runnable onStateChange(KernelStateListener listener) {
    return states.listen(listener);
  }

  /**
   * Downloads the first candidate's boot files into the browser's cache, at low priority and once, without starting
   * a worker or Python; nothing when the reader asked to save data. Failures are silent: booting reports them.
   */
  @Override
  public void prefetch() {
    // A sandbox frame has an HTTP cache of its own, which the page's downloads would not fill.
    if (prefetched || worker != null || sandboxed) {
      return;
    }
    prefetched = true;
    Object connection = Js.asPropertyMap(DomGlobal.navigator).get("connection");
    if (connection != null && Js.isTruthy(Js.asPropertyMap(connection).get("saveData"))) {
      return;
    }
    PyodideCandidate first = options.candidates().get(0);
    String index = absolute(first.indexUrl());
    fetchQuietly(absolute(first.src()), true).then(loaderText -> {
      if (loaderText != null) {
        fetchQuietly(index + PyodideBootFiles.asmScript(loaderText), false);
      }
      return null;
    });
    fetchQuietly(index + PyodideBootFiles.WASM, false);
    fetchQuietly(index + PyodideBootFiles.STDLIB, false);
    fetchQuietly(PyodideBootFiles.lockFile(index, options.lockFileUrl() == null ? null : absolute(options.lockFileUrl())),
        false);
    fetchQuietly(kernelUrl(), false);
    fetchQuietly(workerUrl, false);
  }

  /** Fetches {@code url} at low priority to its end; resolves to its text (or "" when not wanted), null on failure. */
  private static Promise<String> fetchQuietly(String url, boolean wantText) {
    RequestInit init = Js.uncheckedCast(JsPropertyMap.of("priority", "low"));
    return DomGlobal.fetch(url, init).then(response -> {
      if (!response.ok) {
        return Promise.resolve((String) null);
      }
      // A Blob may stay on disk: the big files never pass through the page's memory as arrays.
      return wantText ? response.text() : response.blob().then(blob -> Promise.resolve(""));
    }).catch_(error -> Promise.resolve((String) null));
  }

  @Override
  public void start() {
    if (worker == null) {
      candidates = options.candidates();
      candidateIndex = 0;
      failures.clear();
      bootCandidate();
    }
  }

  @Override
  public void retain() {
    users++;
  }

  @Override
  public void release() {
    users--;
    if (users <= 0) {
      users = 0;
      dispose();
    }
  }

  @Override
  public void execute(JupyterMessage request, MessageHandler handler) {
    if (!sandboxed && options.sandbox() == null && fromAnotherOrigin(request)) {
      sandboxed = true;
      if (worker != null) {
        stopWorker();
        queue.failRunning("KernelRestarted", "Python restarted in a sandbox for a notebook of another origin;"
            + " variables were lost.");
      }
    }
    queue.add(request, handler);
    if (ready) {
      sendNext();
    } else {
      start();
    }
  }

  /** Whether the element that sent {@code request} shows a notebook it loaded from another origin than the page's. */
  private static boolean fromAnotherOrigin(JupyterMessage request) {
    String notebook = request.metadata().getString(JupyterMessage.NOTEBOOK_URL, null);
    return notebook != null
        && !new URL(notebook, DomGlobal.document.baseURI).origin.equals(DomGlobal.location.origin);
  }

  @Override
  public boolean cancel(String requestMsgId) {
    return queue.cancel(requestMsgId);
  }

  /**
   * Sends a shell request (completion, inspection) straight to the worker, past the cells waiting in the queue.
   * The worker answers when it is free: at once when idle, after the running cell when that cell computes, and
   * while it awaits (top-level await) when it does. Without a running kernel the error reply comes at once and
   * nothing is started; a request left unanswered when Python stops gets an error reply then.
   */
  @Override
  public void request(JupyterMessage request, MessageHandler handler) {
    if (worker == null || !ready) {
      handler.onMessage(JupyterMessage.errorReply(request, "KernelNotRunning", "Python is not running yet."));
      return;
    }
    shellRequests.add(request, handler);
    post(request);
  }

  @Override
  public void inputReply(String value) {
    if (worker == null || !worker.sharedMemory() || queue.running() == null) {
      return;
    }
    worker.answerInput(value);
  }

  /**
   * With cross-origin isolation, raises KeyboardInterrupt in the running cell through the shared buffer (waking a
   * sleeping cell too); if the cell has not ended within a grace period, or without isolation, the interpreter is
   * replaced and the cell says that its state was lost.
   */
  @Override
  public void interrupt() {
    ExecutionQueue.Entry interrupted = queue.running();
    if (interrupted == null) {
      return;
    }
    if (!worker.sharedMemory()) {
      replaceInterpreter(interrupted, "KeyboardInterrupt", "The cell was stopped by restarting Python, because this"
          + " page is not cross-origin isolated (serve it with Cross-Origin-Opener-Policy: same-origin and"
          + " Cross-Origin-Embedder-Policy: require-corp, or load coi-serviceworker.js from the site's root where the"
          + " host cannot send headers, to interrupt without losing state). Variables were lost.");
      return;
    }
    worker.raiseInterrupt();
    clearInterruptWatchdog();
    interruptWatchdog = DomGlobal.setTimeout(ignored -> {
      interruptWatchdog = -1;
      if (queue.running() == interrupted) {
        replaceInterpreter(interrupted, "KeyboardInterrupt", "The cell did not stop when interrupted, so Python was"
            + " restarted. Variables were lost.");
      }
    }, INTERRUPT_GRACE_MS);
  }

  private void replaceInterpreter(ExecutionQueue.Entry interrupted, String ename, String evalue) {
    stopWorker();
    if (queue.running() == interrupted) {
      queue.failRunning(ename, evalue);
    }
    start();
  }

  private void clearInterruptWatchdog() {
    if (interruptWatchdog >= 0) {
      DomGlobal.clearTimeout(interruptWatchdog);
      interruptWatchdog = -1;
    }
  }

  static final String EXIT_NOTICE = "Python was asked to exit, so it restarts, as Jupyter restarts a kernel that "
      + "exits: every variable is gone. (exit(keep_kernel=True) keeps it running.)\n";

  @Override
  public void restart() {
    stopWorker();
    queue.failRunning("KernelRestarted", "The Python interpreter was restarted; its state was lost.");
    queue.abortWaiting("Python was restarted");
    start();
  }

  @Override
  public void dispose() {
    stopWorker();
    queue.failRunning("KernelDisposed", "The executor was disposed.");
    queue.abortWaiting("the executor was disposed");
    states.stopped();
  }

  private void status(String status, String detail) {
    StatusListener listener = options.onStatus();
    if (listener != null) {
      try {
        listener.onStatus(status, detail);
      } catch (Throwable e) {
        DomGlobal.console.error("createPyodideExecutor: onStatus threw", e);
      }
    }
  }

  private void bootCandidate() {
    PyodideCandidate candidate = candidates.get(candidateIndex);
    status("loading", candidate.src());
    states.loading(candidate.src());
    WorkerLink.Listener listener = new WorkerLink.Listener() {
      @Override
      public void message(WorkerLink from, Object data) {
        onWorkerData(from, data);
      }

      @Override
      public void failed(WorkerLink from, String reason) {
        onWorkerFailed(from, reason);
      }
    };
    if (sandboxed) {
      worker = new SandboxedWorker(sandboxUrl(), workerUrl, candidate.isModule(), interpreterFiles(),
          options.network(), listener);
    } else {
      if (!listeningForWorkerPolicy) {
        listeningForWorkerPolicy = true;
        WorkerPolicy.listen(workerUrl, this::onWorkerRefused);
      }
      worker = new LocalWorker(workerUrl, candidate.isModule(), listener);
    }
    bootRequestId = MessageIds.next();
    JsonObject content = new JsonObject()
        .put("src", absolute(candidate.src()))
        .put("indexURL", absolute(candidate.indexUrl()))
        .put("kernelURL", kernelUrl())
        .put("module", candidate.isModule())
        .put("packages", JsonArray.ofStrings(options.packages()))
        .put("autoload_imports", options.autoloadImports())
        .put("figure_formats", JsonArray.ofStrings(options.figureFormats()))
        .put("timeout_ms", options.timeoutMs());
    if (options.lockFileUrl() != null) {
      content.put("lockFileURL", absolute(options.lockFileUrl()));
    }
    // A page that is not a secure context has no digest to verify with, and its bundle came unprotected itself.
    if (Assets.integrity() != null && WebDigest.available()) {
      content.put("integrity", Assets.integrity());
    }
    if (options.statedVersion() != null) {
      content.put("version", options.statedVersion());
    }
    worker.boot(JsJson.toJs(new JupyterMessage(bootRequestId, MessageTypes.BOOT_REQUEST, null, content, null)
        .toJson()));
    watchBoot(sandboxed ? sandboxUrl() : workerUrl);
  }

  /** What the worker posted: a message, or messages the kernel sent together (before and after a cell's code). */
  private void onWorkerData(WorkerLink from, Object data) {
    if (!JsArray.isArray(data)) {
      if (from == worker) {
        onWorkerMessage(data);
      }
      return;
    }
    // In order; a restart on the way ends the old worker's batch.
    JsArray<Object> batch = Js.uncheckedCast(data);
    for (int i = 0; i < batch.length && from == worker; i++) {
      onWorkerMessage(batch.getAt(i));
    }
  }

  private void onWorkerFailed(WorkerLink from, String reason) {
    if (from != worker) {
      return;
    }
    if (!reason.isEmpty()) {
      onWorkerCrash("the worker script " + workerUrl + " failed: " + reason);
      return;
    }
    // A Content-Security-Policy that refuses the worker says so in an event of its own, which may come next.
    DomGlobal.setTimeout(ignored -> {
      if (from == worker) {
        onWorkerCrash(workerRefusal != null ? workerRefusal : "the worker script " + workerUrl
            + " could not be loaded (is it served there" + (sandboxed ? ", to any origin" : "")
            + "? set workerUrl if not)");
      }
    }, 0);
  }

  /** The sandbox document, beside the worker script. */
  private String sandboxUrl() {
    return new URL(SandboxedWorker.DOCUMENT, workerUrl).href;
  }

  /** The interpreter's own files, which the sandbox's network policy lets it load. */
  private List<String> interpreterFiles() {
    List<String> files = new ArrayList<>();
    files.add(workerUrl);
    files.add(kernelUrl());
    for (PyodideCandidate candidate : candidates) {
      files.add(absolute(candidate.src()));
      String index = absolute(candidate.indexUrl());
      files.add(index);
      files.add(PyodideBootFiles.lockFile(index,
          options.lockFileUrl() == null ? null : absolute(options.lockFileUrl())));
    }
    for (String requirement : options.packages()) {
      // A wheel's address, rather than a package's name.
      if (requirement.contains("/")) {
        files.add(absolute(requirement));
      }
    }
    return files;
  }

  /**
   * Gives up on the candidate if the worker says nothing for {@code timeoutMs}: while its script loads, and while
   * it is blocked importing a script it could not fetch ahead (it watches every other wait itself).
   */
  private void watchBoot(String waitingFor) {
    clearBootTimer();
    if (options.timeoutMs() > 0) {
      bootTimer = DomGlobal.setTimeout(
          ignored -> candidateFailed(BootFailures.noProgress(options.timeoutMs(), waitingFor)), options.timeoutMs());
    }
  }

  /** The worker's {@code boot_progress}: how far it is, and whether it now blocks where it cannot speak. */
  private void onBootProgress(JsonObject content) {
    if (content.getBoolean("watch", false)) {
      watchBoot(content.getString("waiting", ""));
    } else {
      clearBootTimer();
    }
    JsonValue progress = content.get("progress");
    if (progress != null && progress.isNumber()) {
      states.progress(progress.asNumber());
    }
  }

  /**
   * Digests the bytes a booting sandboxed worker sent, whose opaque origin has no Web Crypto, so that it can verify
   * its files; anything but one ArrayBuffer is not answered.
   */
  private void answerDigest(String requestId, Object buffers) {
    Object bytes = JsArray.isArray(buffers) ? Js.<JsArray<Object>>uncheckedCast(buffers).getAt(0) : null;
    if (!(bytes instanceof ArrayBuffer) || !WebDigest.available()) {
      return;
    }
    WorkerLink asked = worker;
    WebDigest.of((ArrayBuffer) bytes).then(digest -> {
      if (asked == worker) {
        asked.post(JsJson.toJs(new JupyterMessage(MessageIds.next(), MessageTypes.DIGEST_REPLY, requestId,
            new JsonObject().put("digest", digest), null).toJson()));
      }
      return null;
    });
  }

  private String kernelUrl() {
    return absolute(new URL(PyodideBootFiles.KERNEL_ARCHIVE, workerUrl).href);
  }

  private void onWorkerMessage(Object data) {
    if (data != null && "object".equals(Js.typeof(data)) && comms.receive(Js.asPropertyMap(data))) {
      return;
    }
    // Posted by our worker (sandboxed, by whatever runs in it): plain data, wrapped as it is; not a message, dropped.
    JupyterMessage message = JupyterMessage.fromJson(JsJson.wrap(data));
    if (message == null) {
      return;
    }
    if (MessageTypes.BOOT_REPLY.equals(message.msgType())) {
      if (bootRequestId != null && bootRequestId.equals(message.parentMsgId())) {
        onBootReply(message.content());
      }
      return;
    }
    if (MessageTypes.DIGEST_REQUEST.equals(message.msgType())) {
      if (bootRequestId != null && bootRequestId.equals(message.parentMsgId())) {
        answerDigest(message.msgId(), Js.asPropertyMap(data).get("buffers"));
      }
      return;
    }
    if (MessageTypes.BOOT_PROGRESS.equals(message.msgType())) {
      if (bootRequestId != null && bootRequestId.equals(message.parentMsgId())) {
        onBootProgress(message.content());
      }
      return;
    }
    if (MessageTypes.INSTALL_STATUS.equals(message.msgType())) {
      onInstallStatus(message.content());
    }
    if (MessageTypes.STATUS.equals(message.msgType())
        && "dead".equals(message.content().getString("execution_state", ""))) {
      onWorkerCrash(message.content().getString("reason", "the interpreter failed"));
      return;
    }
    if (shellRequests.deliver(message)) {
      return;
    }
    boolean exiting = ShellReplies.asksToExit(message);
    if (exiting) {
      // As Jupyter's server restarts a kernel whose process ended after exit(); the cell says so first.
      queue.deliver(JupyterMessage.stream(message.parentMsgId(), "stderr", EXIT_NOTICE));
    }
    if (queue.deliver(message) && MessageTypes.EXECUTE_REPLY.equals(message.msgType())) {
      clearInterruptWatchdog();
      if (exiting) {
        restart();
      } else {
        sendNext();
      }
    }
  }

  /** Package installation, at start or for a cell: names while installing, then what failed, if anything. */
  private void onInstallStatus(JsonObject content) {
    JsonArray names = content.getArray("packages");
    if ("installing".equals(content.getString("state", ""))) {
      String packages = names == null ? "" : Strings.join(", ", names.strings());
      status("installing", packages);
      states.installing(packages);
      return;
    }
    states.installed();
    String failures = PackageFailures.describe(content.getObject("failures"));
    if (!failures.isEmpty()) {
      status("error", failures);
    }
    if (queue.running() != null) {
      status("running", queue.running().msgId());
    }
  }

  private void onBootReply(JsonObject content) {
    if ("ok".equals(content.getString("status", ""))) {
      clearBootTimer();
      bootRequestId = null;
      ready = true;
      // Failures of the packages option were reported as they happened; the next cell shows them too.
      startupNotice = PackageFailures.describe(content.getObject("package_failures"));
      status("ready", content.getString("pyodide_version", ""));
      states.booted();
      sendNext();
    } else {
      // A stall is reported as what the worker waited for; the words are the page's, as for its own watch.
      String stalled = content.getString("stalled", null);
      candidateFailed(stalled != null ? BootFailures.noProgress(options.timeoutMs(), stalled)
          : content.getString("evalue", "unknown failure"));
    }
  }

  /** The page's policy refused the worker: a boot waiting for it fails, naming the policy. */
  private void onWorkerRefused(String words) {
    workerRefusal = words;
    if (worker != null && !ready) {
      onWorkerCrash(words);
    }
  }

  /**
   * The worker died (its script failed, or the interpreter failed fatally and said so with status "dead"): the
   * running cell says so, and a new interpreter starts at once for the next cells.
   */
  private void onWorkerCrash(String reason) {
    if (!ready) {
      candidateFailed(reason);
      return;
    }
    stopWorker();
    String message = "Python stopped working (" + reason + ") and is being restarted; variables were lost.";
    status("error", message);
    states.failed("Python stopped working and is being restarted");
    queue.failRunning("KernelDied", message);
    start();
  }

  private void candidateFailed(String reason) {
    PyodideCandidate candidate = candidates.get(candidateIndex);
    if (!candidate.isModule() && reason.contains(CLASSIC_WORKER_REFUSED)) {
      // Pyodide 314 and later: the same release again, as an ES module in a module worker.
      stopWorker();
      candidates.set(candidateIndex, candidate.asModule());
      bootCandidate();
      return;
    }
    failures.add(candidate.src() + ": " + reason);
    stopWorker();
    candidateIndex++;
    if (candidateIndex < candidates.size()) {
      bootCandidate();
      return;
    }
    StringBuilder message = new StringBuilder("Python could not be started from any source:");
    for (String failure : failures) {
      message.append("\n  ").append(failure);
    }
    status("error", message.toString());
    states.failed(BootFailures.summary(failures.size(), reason));
    queue.failWaiting("PyodideLoadError", message.toString());
  }

  private void sendNext() {
    if (!ready || queue.running() != null) {
      return;
    }
    ExecutionQueue.Entry next = queue.start();
    if (next == null) {
      status("idle", "");
      states.running(false);
      return;
    }
    status("running", next.msgId());
    states.running(true);
    if (!startupNotice.isEmpty()) {
      queue.deliver(JupyterMessage.stream(next.msgId(), "stderr",
          "The packages option could not be fully honoured:\n" + startupNotice + "\n"));
      startupNotice = "";
    }
    // An interrupt that arrived after the previous cell ended must not stop this one.
    worker.cellStarting();
    post(next.request());
  }

  private void stopWorker() {
    shellRequests.failAll("KernelStopped", "Python stopped before it answered.");
    comms.closeAll();
    clearBootTimer();
    clearInterruptWatchdog();
    if (worker != null) {
      worker.terminate();
      worker = null;
    }
    ready = false;
    bootRequestId = null;
  }

  private void clearBootTimer() {
    if (bootTimer >= 0) {
      DomGlobal.clearTimeout(bootTimer);
      bootTimer = -1;
    }
  }

  private void post(JupyterMessage message) {
    worker.post(JsJson.toJs(message.toJson()));
  }

  private static String absolute(String url) {
    return new URL(url, DomGlobal.document.baseURI).href;
  }
}
