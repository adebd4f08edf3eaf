package io.jupyterkit.element;

import elemental2.dom.CustomEvent;
import elemental2.dom.CustomEventInit;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLButtonElement;
import elemental2.dom.HTMLElement;
import elemental2.dom.ShadowRoot;
import elemental2.dom.ShadowRootInit;
import io.jupyterkit.externs.extras.ExtrasModule;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.kernel.Executor;
import io.jupyterkit.kernel.JsExecutor;
import io.jupyterkit.kernel.KernelStarts;
import io.jupyterkit.kernel.KernelState;
import elemental2.dom.Blob;
import elemental2.dom.BlobPropertyBag;
import elemental2.dom.HTMLAnchorElement;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsObject;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import io.jupyterkit.nbformat.Cell;
import io.jupyterkit.nbformat.CellType;
import io.jupyterkit.nbformat.Languages;
import io.jupyterkit.nbformat.Notebook;
import io.jupyterkit.nbformat.NotebookReader;
import io.jupyterkit.nbformat.NotebookWriter;
import io.jupyterkit.nbformat.WidgetState;
import io.jupyterkit.notebook.CellState;
import io.jupyterkit.notebook.NotebookModel;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * {@code <jupyter-notebook>}: shows a notebook from {@code src} or {@code ipynb} and runs its cells with the
 * {@code executor} the page gives it. Defining the class registers nothing; {@link JupyterKitElements#define} does.
 */
@JsType(namespace = "jupyterkit", name = "JupyterNotebookElement")
public class JupyterNotebookElement extends HTMLElement {
  private final ShadowRoot shadow;
  private final HTMLElement body;
  private final HTMLElement announcer;
  private final RenderContext context;
  private Object ipynb;
  private Object htmlFilter;
  private Executor executor;
  /** What the page assigned as {@code executor}: {@link #executor} itself, or the object it adapts. */
  private Object executorValue;
  /** Whether this element counts among the executor's users (it is on the page with one). */
  private boolean usingExecutor;
  private NotebookModel model;
  private NotebookView view;
  private NotebookCommands commands;
  private final Controls controls = new Controls();
  private final NotebookToolbar toolbar;
  /** Stops listening to the executor's kernel state. */
  private Runnable stateSubscription;
  private KernelStarts kernelStarts = new KernelStarts();
  /** The executor's latest kernel_info_reply content, for a notebook shown after the kernel started. */
  private JsonObject kernelInfo;
  private int loadGeneration;
  /** Counts the notebooks shown: an upgrade finished for an earlier one is dropped. */
  private int showGeneration;
  private final BootTrigger boot = new BootTrigger(this);
  private final TrustPrompt trustPrompt = new TrustPrompt(this::trustAnswered);
  /** Whether the reader agreed to run the code of the notebook shown (or the page marked it {@code trusted}). */
  private boolean runApproved;
  /** The runs asked for while the trust prompt waits for its answer, in order. */
  private final Set<CellState> awaitingTrust = new LinkedHashSet<>();
  private final NotebookChanges changes = new NotebookChanges(new ChangesHost());

  public JupyterNotebookElement() {
    super();
    ShadowRootInit init = ShadowRootInit.create();
    init.setMode("open");
    shadow = attachShadow(init);
    ElementStyles.adoptForNotebook(shadow);
    toolbar = new NotebookToolbar(controls);
    shadow.appendChild(toolbar.element());
    shadow.appendChild(trustPrompt.element());
    body = Dom.element("div", "body");
    body.setAttribute("part", "notebook");
    shadow.appendChild(body);
    announcer = Dom.element("div", "visually-hidden");
    announcer.setAttribute("aria-live", "polite");
    announcer.setAttribute("role", "status");
    shadow.appendChild(announcer);
    context = new RenderContext(shadow);
    InPageLinks.install(shadow, () -> view);
    showOnceStyled();
  }

  /**
   * Keeps the toolbar and notebook out of sight until the style sheets apply, so that a reader never sees them
   * unstyled (they are built meanwhile: a page's script may use them at once); if a sheet cannot be loaded, shows
   * them anyway (plain HTML reads) under a notice that says so.
   */
  private void showOnceStyled() {
    HTMLElement[] held = {toolbar.element(), body};
    for (HTMLElement element : held) {
      element.style.setProperty("visibility", "hidden");
    }
    ElementStyles.whenSettled(failure -> {
      for (HTMLElement element : held) {
        element.style.removeProperty("visibility");
      }
      if (failure != null) {
        HTMLElement notice = Dom.text("div", "notice styles-missing", failure);
        notice.setAttribute("role", "alert");
        shadow.insertBefore(notice, shadow.firstChild);
      }
    });
  }

  /** What the toolbar's buttons and the notebook's commands ask of the element. */
  private final class Controls implements NotebookToolbar.Host, NotebookCommands.Host {
    @Override
    public void run(CellState cell) {
      JupyterNotebookElement.this.run(cell);
    }

    @Override
    public void cancel(CellState cell) {
      cancelQueued(cell);
    }

    @Override
    public void runAll() {
      JupyterNotebookElement.this.runAll();
    }

    @Override
    public void interrupt() {
      JupyterNotebookElement.this.interrupt();
    }

    @Override
    public void restart() {
      JupyterNotebookElement.this.restart();
    }

    @Override
    public void restartAndRunAll() {
      JupyterNotebookElement.this.restart();
      JupyterNotebookElement.this.runAll();
    }

    @Override
    public void clearOutputs() {
      JupyterNotebookElement.this.clearOutputs();
    }

    @Override
    public void download() {
      JupyterNotebookElement.this.download(null);
    }

    @Override
    public void retry() {
      if (executor != null) {
        executor.start();
      }
    }

    @Override
    public boolean editable() {
      return !hasAttribute(NotebookAttributes.READONLY);
    }

    @Override
    public Executor executor() {
      return executor != null && executor.language().equals(context.language) ? executor : null;
    }
  }

  /** Attributes whose changes the element hears. */
  @JsProperty(name = "observedAttributes")
  public static String[] getObservedAttributeNames() {
    return NotebookAttributes.observed();
  }

  /**
   * The properties a page may set before the element is defined (a framework rendering first, a deferred script):
   * such a value sits on the element itself, hiding the class's property, until it is handed over.
   */
  private static final String[] SETTABLE_PROPERTIES = {"ipynb", "executor", "htmlFilter", "rerunOnSwitch", "src",
    "language", "filename", "mathAlign", "notebookClassName", "bgTransparent", "seqAsExecutionCount", "readOnly",
    "noToolbar", "theme", "allowRemoteResources", "boot", "storage", "storageKey", "trusted"};

  public void connectedCallback() {
    JsPropertyMap<Object> self = Js.asPropertyMap(this);
    for (String name : SETTABLE_PROPERTIES) {
      if (Js.<JsObject>uncheckedCast(this).hasOwnProperty(name)) {
        Object value = self.get(name);
        self.delete(name);
        self.set(name, value);
      }
    }
    useExecutor(true);
  }

  /**
   * Removed from the page (not just moved within it): this element's queued cells leave the executor's queue and
   * it lets go of the executor, which ends its interpreter once no element uses it.
   */
  public void disconnectedCallback() {
    DomGlobal.setTimeout(ignored -> {
      if (!isConnected) {
        useExecutor(false);
      }
    }, 0);
  }

  private void useExecutor(boolean use) {
    if (executor == null || use == usingExecutor) {
      return;
    }
    usingExecutor = use;
    if (use) {
      executor.retain();
      boot.attach(executor);
      return;
    }
    boot.detach();
    cancelAllQueued();
    executor.release();
  }

  @Override
  public Object attributeChangedCallback(String name, String oldValue, String newValue, String namespace) {
    if (newValue == null ? oldValue == null : newValue.equals(oldValue)) {
      return null;
    }
    switch (name) {
      case NotebookAttributes.SRC:
        if (newValue != null) {
          load(newValue);
        }
        break;
      case NotebookAttributes.LANGUAGE:
        if (view != null) {
          context.language = Languages.of(model.notebook(), newValue);
          view.rehighlight();
        }
        break;
      case NotebookAttributes.FILENAME:
        if (view != null) {
          showFilename();
        }
        break;
      case NotebookAttributes.CLASS_NAME:
        body.className = "body" + (newValue == null ? "" : " " + newValue);
        break;
      case NotebookAttributes.SEQ_AS_EXECUTION_COUNT:
        context.seqAsExecutionCount = newValue != null;
        if (view != null) {
          view.refreshPrompts();
        }
        break;
      case NotebookAttributes.READONLY:
        if (newValue != null && view != null) {
          view.closeEditors();
        }
        changes.storageChanged();
        break;
      case NotebookAttributes.BOOT:
        boot.setMode(newValue);
        break;
      case NotebookAttributes.ALLOW_REMOTE_RESOURCES:
        // Applies to what renders next; already-rendered outputs keep the policy they were filtered with.
        context.allowRemoteResources = newValue != null;
        break;
      case NotebookAttributes.STORAGE:
        changes.storageChanged();
        break;
      default:
        break;
    }
    return null;
  }

  /** The notebook given as an object or JSON text; setting it replaces what is shown. */
  @JsProperty(name = "ipynb")
  public Object getIpynb() {
    return ipynb;
  }

  @JsProperty(name = "ipynb")
  public void setIpynb(Object value) {
    ipynb = value;
    loadGeneration++;
    changes.open(value, null, "the ipynb property");
  }

  /**
   * What runs the code cells: {@code createPyodideExecutor(options)}, or any object that follows the executor
   * contract (README, "Writing your own executor").
   */
  @JsProperty(name = "executor")
  public Object getExecutor() {
    return executorValue;
  }

  /**
   * Whether assigning another {@code executor} runs again, in order and on the new one, the code cells that ran
   * since the notebook was shown, so that the new kernel has their state (attribute {@code rerun-on-switch}).
   */
  @JsProperty(name = "rerunOnSwitch")
  public boolean getRerunOnSwitch() {
    return hasAttribute(NotebookAttributes.RERUN_ON_SWITCH);
  }

  @JsProperty(name = "rerunOnSwitch")
  public void setRerunOnSwitch(boolean value) {
    toggleAttribute(NotebookAttributes.RERUN_ON_SWITCH, value);
  }

  // The other attributes' properties: each reads and writes its attribute, which stays the one state.

  @JsProperty(name = "src")
  public String getSrc() {
    return getAttribute(NotebookAttributes.SRC);
  }

  @JsProperty(name = "src")
  public void setSrc(String value) {
    setOrRemove(NotebookAttributes.SRC, value);
  }

  @JsProperty(name = "language")
  public String getLanguage() {
    return getAttribute(NotebookAttributes.LANGUAGE);
  }

  @JsProperty(name = "language")
  public void setLanguage(String value) {
    setOrRemove(NotebookAttributes.LANGUAGE, value);
  }

  @JsProperty(name = "filename")
  public String getFilename() {
    return getAttribute(NotebookAttributes.FILENAME);
  }

  @JsProperty(name = "filename")
  public void setFilename(String value) {
    setOrRemove(NotebookAttributes.FILENAME, value);
  }

  @JsProperty(name = "mathAlign")
  public String getMathAlign() {
    return getAttribute(NotebookAttributes.MATH_ALIGN);
  }

  @JsProperty(name = "mathAlign")
  public void setMathAlign(String value) {
    setOrRemove(NotebookAttributes.MATH_ALIGN, value);
  }

  /** The {@code class-name} attribute ({@code className} is the element's own {@code class}). */
  @JsProperty(name = "notebookClassName")
  public String getNotebookClassName() {
    return getAttribute(NotebookAttributes.CLASS_NAME);
  }

  @JsProperty(name = "notebookClassName")
  public void setNotebookClassName(String value) {
    setOrRemove(NotebookAttributes.CLASS_NAME, value);
  }

  @JsProperty(name = "bgTransparent")
  public boolean getBgTransparent() {
    return hasAttribute(NotebookAttributes.BG_TRANSPARENT);
  }

  @JsProperty(name = "bgTransparent")
  public void setBgTransparent(boolean value) {
    toggleAttribute(NotebookAttributes.BG_TRANSPARENT, value);
  }

  @JsProperty(name = "seqAsExecutionCount")
  public boolean getSeqAsExecutionCount() {
    return hasAttribute(NotebookAttributes.SEQ_AS_EXECUTION_COUNT);
  }

  @JsProperty(name = "seqAsExecutionCount")
  public void setSeqAsExecutionCount(boolean value) {
    toggleAttribute(NotebookAttributes.SEQ_AS_EXECUTION_COUNT, value);
  }

  /** The {@code readonly} attribute, spelt as the platform's inputs spell it. */
  @JsProperty(name = "readOnly")
  public boolean getReadOnly() {
    return hasAttribute(NotebookAttributes.READONLY);
  }

  @JsProperty(name = "readOnly")
  public void setReadOnly(boolean value) {
    toggleAttribute(NotebookAttributes.READONLY, value);
  }

  @JsProperty(name = "noToolbar")
  public boolean getNoToolbar() {
    return hasAttribute(NotebookAttributes.NO_TOOLBAR);
  }

  @JsProperty(name = "noToolbar")
  public void setNoToolbar(boolean value) {
    toggleAttribute(NotebookAttributes.NO_TOOLBAR, value);
  }

  @JsProperty(name = "theme")
  public String getTheme() {
    return getAttribute(NotebookAttributes.THEME);
  }

  @JsProperty(name = "theme")
  public void setTheme(String value) {
    setOrRemove(NotebookAttributes.THEME, value);
  }

  @JsProperty(name = "allowRemoteResources")
  public boolean getAllowRemoteResources() {
    return hasAttribute(NotebookAttributes.ALLOW_REMOTE_RESOURCES);
  }

  @JsProperty(name = "allowRemoteResources")
  public void setAllowRemoteResources(boolean value) {
    toggleAttribute(NotebookAttributes.ALLOW_REMOTE_RESOURCES, value);
  }

  @JsProperty(name = "boot")
  public String getBoot() {
    return getAttribute(NotebookAttributes.BOOT);
  }

  @JsProperty(name = "boot")
  public void setBoot(String value) {
    setOrRemove(NotebookAttributes.BOOT, value);
  }

  @JsProperty(name = "storage")
  public String getStorage() {
    return getAttribute(NotebookAttributes.STORAGE);
  }

  @JsProperty(name = "storage")
  public void setStorage(String value) {
    setOrRemove(NotebookAttributes.STORAGE, value);
  }

  /**
   * Whether the page vouches for the notebook's code (attribute {@code trusted}): its cells run when asked, without
   * the question an untrusted notebook asks before its first run.
   */
  @JsProperty(name = "trusted")
  public boolean getTrusted() {
    return hasAttribute(NotebookAttributes.TRUSTED);
  }

  @JsProperty(name = "trusted")
  public void setTrusted(boolean value) {
    toggleAttribute(NotebookAttributes.TRUSTED, value);
  }

  @JsProperty(name = "storageKey")
  public String getStorageKey() {
    return getAttribute(NotebookAttributes.STORAGE_KEY);
  }

  @JsProperty(name = "storageKey")
  public void setStorageKey(String value) {
    setOrRemove(NotebookAttributes.STORAGE_KEY, value);
  }

  /** A string property's write: {@code null} or {@code undefined} removes the attribute. */
  private void setOrRemove(String attribute, String value) {
    if (value == null) {
      removeAttribute(attribute);
    } else {
      setAttribute(attribute, value);
    }
  }

  /**
   * Shows the kernel's state, and once the kernel is up (after each start) asks its {@code kernel_info}, which the
   * notebook records in its metadata when the kernel runs the notebook's language.
   */
  private void onKernelState(Executor source, KernelState state) {
    toolbar.show(state);
    if (!kernelStarts.started(state)) {
      return;
    }
    KernelShell.kernelInfo(source).then(reply -> {
      if (source == executor && reply != null) {
        kernelInfo = reply;
        recordKernelInfo();
      }
      return null;
    });
  }

  private void recordKernelInfo() {
    if (kernelInfo != null && model != null && executor != null && executor.language().equals(context.language)) {
      model.recordKernelInfo(kernelInfo);
    }
  }

  /**
   * Takes another executor; what the cells show stays. With {@code rerun-on-switch}, the cells that ran on the
   * previous one are queued on this one. An object that is no executor is refused with a console warning, and
   * a cell run then says why.
   */
  @JsProperty(name = "executor")
  public void setExecutor(Object value) {
    if (value == executorValue) {
      return;
    }
    Executor adapted = JsExecutor.of(value);
    if (value != null && adapted == null) {
      DomGlobal.console.warn("jupyter-notebook: the executor assigned has no execute(request, onMessage) function;"
          + " it is not used", value);
    }
    executorValue = value;
    boolean rerun = executor != null && adapted != null && adapted != executor && getRerunOnSwitch();
    switchExecutor(adapted);
    if (rerun && model != null) {
      for (CellState cell : model.readCells()) {
        if (cell.isCode() && cell.runs().hasStarted()) {
          run(cell);
        }
      }
    }
  }

  private void switchExecutor(Executor value) {
    if (value == executor) {
      return;
    }
    useExecutor(false);
    if (stateSubscription != null) {
      stateSubscription.run();
      stateSubscription = null;
    }
    executor = value;
    context.widgets.attach(executor == null ? null : executor.commProvider());
    if (executor != null) {
      Executor subscribed = executor;
      kernelStarts = new KernelStarts();
      kernelInfo = null;
      stateSubscription = executor.onStateChange(state -> onKernelState(subscribed, state));
      onKernelState(executor, executor.state());
    } else {
      toolbar.show(null);
    }
    if (isConnected) {
      useExecutor(true);
    }
  }

  /**
   * The page's HTML filter, {@code (html, kind) => safeHtmlOrNode} with kind {@code html}, {@code svg} or
   * {@code markdown}; null restores the built-in DOMPurify policy. Applies to what renders next.
   */
  @JsProperty(name = "htmlFilter")
  public Object getHtmlFilter() {
    return htmlFilter;
  }

  @JsProperty(name = "htmlFilter")
  public void setHtmlFilter(Object value) {
    htmlFilter = value;
    context.htmlFilter = value != null && "function".equals(Js.typeof(value))
        ? Js.<RenderContext.HtmlFilter>uncheckedCast(value) : null;
  }

  /** Stops the running cell. */
  public void interrupt() {
    if (executor != null) {
      executor.interrupt();
    }
  }

  /** Starts a fresh interpreter; variables are lost, outputs stay. */
  public void restart() {
    if (executor != null) {
      executor.restart();
    }
  }

  /** Saves the notebook as shown now (outputs included) as an .ipynb file. */
  public void download(String filename) {
    if (view == null) {
      return;
    }
    String name = filename != null && !filename.isEmpty() ? filename : defaultFilename();
    BlobPropertyBag options = BlobPropertyBag.create();
    options.setType("application/x-ipynb+json");
    // Stringified at once, so the notebook's own objects need no copy.
    Blob blob = new Blob(NotebookFile.parts(JsJson.toJs(savedNow())), options);
    String url = URL.createObjectURL(blob);
    HTMLAnchorElement link = (HTMLAnchorElement) DomGlobal.document.createElement("a");
    link.href = url;
    link.download = name;
    link.click();
    DomGlobal.setTimeout(ignored -> URL.revokeObjectURL(url), 0);
    changes.downloaded();
  }

  private String defaultFilename() {
    String name = getAttribute("filename");
    if (name == null || name.isEmpty()) {
      String src = getAttribute("src");
      name = src == null ? "" : src.substring(src.lastIndexOf('/') + 1);
    }
    int query = name.indexOf('?');
    name = query >= 0 ? name.substring(0, query) : name;
    if (name.isEmpty()) {
      name = "notebook.ipynb";
    }
    return name.endsWith(".ipynb") ? name : name + ".ipynb";
  }

  /**
   * Runs code cell {@code index} (0-based, counting every cell); does nothing for other cells. A cell that is
   * running or queued already gets another run queued, as in Jupyter.
   */
  public void runCell(int index) {
    CellState cell = model == null ? null : model.cell(index);
    if (cell != null && cell.isCode()) {
      run(cell);
    }
  }

  /** Queues every code cell, in order. */
  public void runAll() {
    if (model != null) {
      model.readAll();
      for (CellState cell : model.readCells()) {
        if (cell.isCode()) {
          run(cell);
        }
      }
    }
  }

  /** Removes the outputs and execution counts of every code cell. */
  public void clearOutputs() {
    if (model != null) {
      model.clearAllOutputs();
    }
  }

  /** The notebook as shown now, outputs included, as an nbformat v4 object: the page's own copy. */
  public Object toJSON() {
    JsonObject saved = savedNow();
    return saved == null ? null : JsJson.toJs(saved.copy());
  }

  /** What {@link #saved} is once the view has finished building, or null when no notebook is shown. */
  private JsonObject savedNow() {
    if (view == null) {
      return null;
    }
    view.finishNow();
    return saved();
  }

  /** The notebook as saved: its cells and outputs, with the widgets' current state in its metadata. */
  private JsonObject saved() {
    JsonObject notebook = NotebookWriter.write(model.notebook());
    JsonValue widgetState = context.widgets.stateToSave(model.notebook());
    if (widgetState != null) {
      JsonObject metadata = notebook.getObject("metadata");
      if (metadata == null) {
        metadata = new JsonObject();
        notebook.put("metadata", metadata);
      }
      JsonObject widgets = metadata.getObject("widgets");
      if (widgets == null) {
        widgets = new JsonObject();
        metadata.put("widgets", widgets);
      }
      widgets.put(WidgetState.STATE_MIME, widgetState);
    }
    return notebook;
  }

  private void run(CellState cell) {
    if (model.clearIfBlank(cell)) {
      return;
    }
    if (executor == null) {
      model.explain(cell, executorValue != null
          ? "Not run: the executor this page gave the element has no execute(request, onMessage) function."
          : "Not run: nothing can run code on this page (the page gives the element no executor,"
          + " e.g. createPyodideExecutor). The outputs shown are the saved ones.");
      return;
    }
    if (!executor.language().equals(context.language)) {
      model.explain(cell, "Not run: this notebook's code is " + context.language + " and its executor runs "
          + executor.language() + ".");
      return;
    }
    if (!runApproved && !getTrusted()) {
      // Nothing of a notebook the page did not vouch for runs before the reader has said it may.
      awaitingTrust.add(cell);
      trustPrompt.show();
      return;
    }
    JupyterMessage request = JupyterMessage.executeRequest(MessageIds.next(), cell.cell().source());
    String src = getAttribute("src");
    if (src != null && !src.isEmpty()) {
      request.metadata().put(JupyterMessage.NOTEBOOK_URL, new URL(src, DomGlobal.document.baseURI).href);
    }
    model.runQueued(cell, request.msgId());
    Executor running = executor;
    NotebookModel shown = model;
    running.execute(request, message -> shown.apply(cell, message, running::inputReply));
  }

  /** The reader's answer to the trust prompt: the runs that waited go, in order, or are left unrun. */
  private void trustAnswered(boolean approved) {
    trustPrompt.hide();
    List<CellState> waiting = new ArrayList<>(awaitingTrust);
    awaitingTrust.clear();
    runApproved = approved;
    for (CellState cell : waiting) {
      if (approved) {
        run(cell);
      } else {
        model.explain(cell, TrustPrompt.DECLINED);
      }
    }
  }

  /** Takes the cell's queued runs out of the executor's queue (each then ends as aborted). */
  private void cancelQueued(CellState cell) {
    if (executor != null) {
      for (String msgId : cell.runs().waitingIds()) {
        executor.cancel(msgId);
      }
    }
  }

  private void cancelAllQueued() {
    if (model != null) {
      for (CellState cell : model.readCells()) {
        cancelQueued(cell);
      }
    }
  }

  /** Announces what runs do and fires the element's events for them. */
  private final NotebookModel.RunListener runEvents = new NotebookModel.RunListener() {
    @Override
    public void kernelStatus(String executionState) {
      JsPropertyMap<Object> detail = JsPropertyMap.of();
      detail.set("status", executionState);
      dispatch(NotebookEvents.STATUS, detail);
    }

    @Override
    public void runStarted(CellState cell) {
      announce("Running cell " + (cell.index() + 1));
      dispatch(NotebookEvents.CELL_EXECUTE_START, cellDetail(cell, null));
    }

    @Override
    public void runFinished(CellState cell, String status) {
      announce("Cell " + (cell.index() + 1) + ("ok".equals(status) ? " finished" : " failed"));
      dispatch(NotebookEvents.CELL_EXECUTE_END, cellDetail(cell, status));
    }

    @Override
    public void runAborted(CellState cell, String reason) {
      announce("Cell " + (cell.index() + 1) + " not run: " + reason);
      dispatch(NotebookEvents.CELL_EXECUTE_END, cellDetail(cell, "aborted"));
    }
  };

  private void load(String src) {
    int generation = ++loadGeneration;
    changes.prepare(src);
    DomGlobal.fetch(src)
        .then(response -> {
          if (!response.ok) {
            // A plain string: a Java exception here would reach the reader as its compiled class name.
            return Promise.<String>reject("the server answered HTTP " + response.status
                + (response.statusText.isEmpty() ? "" : " " + response.statusText));
          }
          return response.text();
        })
        .then(text -> {
          if (generation == loadGeneration) {
            changes.open(text, src, src);
          }
          return null;
        })
        .catch_(error -> {
          if (generation == loadGeneration) {
            fail("Could not load the notebook from " + src + ": " + describe(error));
          }
          return null;
        });
  }

  private void show(Object value, String origin) {
    int shown = ++showGeneration;
    Notebook notebook;
    NotebookModel.CellSource cells;
    try {
      // Parsed here, the notebook is wrapped as it is; a page's object is copied (a cell when it is read).
      boolean text = Js.typeof(value).equals("string");
      Object parsed = text ? parseJson(Js.asString(value)) : value;
      JsArray<Object> lazyCells = lazyCells(parsed);
      if (lazyCells != null) {
        // nbformat 4: read the notebook without its cells, then each cell as it is rendered.
        JsPropertyMap<Object> header = JsPropertyMap.of();
        JsPropertyMap<Object> root = Js.asPropertyMap(parsed);
        root.forEach(key -> {
          if (!key.equals("__proto__")) {
            header.set(key, key.equals("cells") ? new JsArray<>() : root.get(key));
          }
        });
        notebook = NotebookReader.read(text ? JsJson.wrap(header) : JsJson.fromJs(header));
        cells = lazySource(lazyCells, text);
      } else {
        JsonValue json = text ? JsJson.wrap(parsed) : JsJson.fromJs(parsed);
        if (json.asObject() != null && NotebookReader.needsUpgrade(json.asObject())) {
          upgradeAndShow(Js.typeof(value).equals("string") ? Js.asString(value) : Global.JSON.stringify(parsed),
              origin, shown);
          return;
        }
        notebook = NotebookReader.read(json);
        cells = NotebookModel.CellSource.of(new ArrayList<>(notebook.cells()));
      }
    } catch (RuntimeException e) {
      fail("The notebook from " + origin + " could not be read: " + e.getMessage());
      return;
    }
    showRead(notebook, cells);
  }

  /**
   * Shows a notebook of nbformat 1 to 3 once the extras bundle has upgraded it to nbformat 4, unless another
   * notebook is shown meanwhile.
   */
  private void upgradeAndShow(String jsonText, String origin, int shown) {
    Extras.load().then(extras -> {
      if (shown != showGeneration) {
        return null;
      }
      ExtrasModule.NotebookUpgrade upgrade = extras.upgradeNotebook(jsonText);
      if (upgrade.getNotebook() == null) {
        fail("The notebook from " + origin + " could not be read: " + upgrade.getProblem());
        return null;
      }
      Notebook notebook;
      try {
        notebook = NotebookReader.read(JsJson.parse(upgrade.getNotebook()));
      } catch (RuntimeException e) {
        fail("The notebook from " + origin + " could not be read: " + e.getMessage());
        return null;
      }
      showRead(notebook, NotebookModel.CellSource.of(new ArrayList<>(notebook.cells())));
      return null;
    }, error -> {
      if (shown == showGeneration) {
        fail("The notebook from " + origin + " is of an old format (nbformat 1 to 3) and could not be converted:"
            + " the converter (" + Extras.FILE + ") could not be loaded (" + describe(error) + ").");
      }
      return null;
    });
  }

  private void showRead(Notebook notebook, NotebookModel.CellSource cells) {
    if (view != null) {
      // The notebook being replaced must not keep the executor busy.
      cancelAllQueued();
      view.cancel();
    }
    // Another notebook: its code has not been agreed to.
    runApproved = false;
    awaitingTrust.clear();
    trustPrompt.hide();
    context.language = Languages.of(notebook, getAttribute("language"));
    context.widgets.useNotebookMetadata(notebook.metadata());
    NotebookModel shown = new NotebookModel(notebook, cells);
    shown.setRunListener(runEvents);
    model = shown;
    recordKernelInfo();
    commands = new NotebookCommands(shown, controls);
    view = new NotebookView(shown, commands, context, () -> {
      JsPropertyMap<Object> detail = JsPropertyMap.of();
      detail.set("cells", shown.size());
      // Once the notebook is shown: what a page that waits for load sees is styled.
      ElementStyles.whenSettled(ignored -> {
        if (model == shown) {
          dispatch(NotebookEvents.LOAD, detail);
        }
      });
    });
    shown.setListener(changes.follow(shown, view));
    commands.attach(view);
    view.setFooter(addCellButtons(commands));
    Dom.clear(body);
    body.appendChild(view.element());
    showFilename();
    NotebookView shownView = view;
    shownView.holdBackgroundWork();
    shownView.start();
    ElementStyles.whenSettled(ignored -> shownView.releaseBackgroundWork());
  }

  /** Buttons after the last cell that add one, so an empty notebook can be filled with mouse or touch. */
  private static HTMLElement addCellButtons(NotebookCommands commands) {
    HTMLElement bar = Dom.element("div", "add-cells");
    bar.setAttribute("part", "add-cells");
    bar.appendChild(addCellButton("+ Code", "Add a code cell at the end", () -> commands.append(CellType.CODE)));
    bar.appendChild(addCellButton("+ Markdown", "Add a markdown cell at the end",
        () -> commands.append(CellType.MARKDOWN)));
    return bar;
  }

  private static HTMLElement addCellButton(String text, String label, Runnable action) {
    HTMLButtonElement button = Js.uncheckedCast(Dom.text("button", "tool", text));
    button.type = "button";
    button.setAttribute("aria-label", label);
    button.onclick = event -> {
      action.run();
      return null;
    };
    return button;
  }

  private static Object parseJson(String text) {
    try {
      return Global.JSON.parse(text);
    } catch (Throwable e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  /** An nbformat 4 cells array, each cell converted and read only when it is about to render. */
  private static NotebookModel.CellSource lazySource(JsArray<Object> cells, boolean parsed) {
    return new NotebookModel.CellSource() {
      @Override
      public int size() {
        return cells.length;
      }

      @Override
      public Cell read(int index) {
        Object cell = cells.getAt(index);
        return NotebookReader.readCell(parsed ? JsJson.wrap(cell) : JsJson.fromJs(cell));
      }
    };
  }

  /** The cells array of an nbformat 4 notebook object, to read lazily; null for anything else. */
  private static JsArray<Object> lazyCells(Object parsed) {
    if (parsed == null || !"object".equals(Js.typeof(parsed)) || JsArray.isArray(parsed)) {
      return null;
    }
    JsPropertyMap<Object> map = Js.asPropertyMap(parsed);
    Object cells = map.get("cells");
    Object major = map.get("nbformat");
    // Without a number it may be nbformat 1, which the reader tells apart from a damaged v4 by its cells.
    boolean legacy = !"number".equals(Js.typeof(major)) || Js.asDouble(major) < 4;
    return !legacy && cells != null && JsArray.isArray(cells) ? Js.<JsArray<Object>>uncheckedCast(cells) : null;
  }

  private void showFilename() {
    view.setCaption(getAttribute("filename"));
  }

  private void announce(String message) {
    announcer.textContent = message;
  }

  /** Shows {@code message} in place of the notebook and fires {@code error}; never throws into the page. */
  private void fail(String message) {
    if (view != null) {
      view.cancel();
    }
    view = null;
    model = null;
    Dom.clear(body);
    HTMLElement notice = Dom.text("div", "notice failure", message);
    notice.setAttribute("role", "alert");
    body.appendChild(notice);
    JsPropertyMap<Object> detail = JsPropertyMap.of();
    detail.set("message", message);
    dispatch(NotebookEvents.ERROR, detail);
  }

  private static JsPropertyMap<Object> cellDetail(CellState cell, String status) {
    JsPropertyMap<Object> detail = JsPropertyMap.of();
    detail.set("index", cell.index());
    if (status != null) {
      detail.set("status", status);
    }
    return detail;
  }

  private void dispatch(String type, Object detail) {
    CustomEventInit<Object> init = CustomEventInit.create();
    init.setBubbles(true);
    init.setComposed(true);
    init.setDetail(detail);
    dispatchEvent(new CustomEvent<>(type, init));
  }

  /** The words of a failure, never a compiled class name. */
  private static String describe(Object error) {
    if (error instanceof Throwable) {
      return String.valueOf(((Throwable) error).getMessage());
    }
    JsPropertyMap<Object> map = Js.asPropertyMap(error);
    Object message = error == null ? null : map.get("message");
    return message == null ? String.valueOf(error) : String.valueOf(message);
  }

  // Drafts, the dirty state, and editing from the page's script.

  /** Whether the notebook has changes that {@code download()} has not saved; a restored draft has. */
  @JsProperty(name = "dirty")
  public boolean isDirty() {
    return model != null && changes.dirty();
  }

  /** Erases the draft this notebook keeps in the browser; resolves once it is gone. */
  public Promise<Object> clearStorage() {
    return changes.clearStorage();
  }

  /**
   * Inserts a {@code type} cell ({@code code}, {@code markdown} or {@code raw}) holding {@code source} at
   * {@code index} (0 to the cell count; beyond it appends); returns its index, or -1 when nothing was inserted.
   */
  public int insertCell(double index, String type, String source) {
    CellType cellType = CellType.fromJsonName(type);
    if (view == null || cellType == null) {
      return -1;
    }
    int at = position(index, model.size());
    view.cell(at - 1);
    return model.insert(at, new Cell(cellType, source, null)).index();
  }

  /** Deletes cell {@code index} (its queued runs are cancelled); returns whether there was one. */
  public boolean deleteCell(double index) {
    CellView cell = view == null ? null : view.cell(position(index, -1));
    if (cell == null) {
      return false;
    }
    for (CellState removed : model.delete(cell.state().index(), cell.state().index())) {
      cancelQueued(removed);
    }
    return true;
  }

  /** Moves cell {@code index} to position {@code toIndex}; returns whether it moved. */
  public boolean moveCell(double index, double toIndex) {
    int from = position(index, -1);
    int to = position(toIndex, -1);
    if (view == null || view.cell(Math.max(from, to)) == null || from < 0 || to < 0) {
      return false;
    }
    return model.move(from, from, to - from);
  }

  /** Makes cell {@code index} a {@code type} cell (a code cell loses its outputs); returns whether it is one now. */
  public boolean setCellType(double index, String type) {
    CellType cellType = CellType.fromJsonName(type);
    CellView cell = view == null || cellType == null ? null : view.cell(position(index, -1));
    if (cell == null || cell.state().type() == CellType.INVALID) {
      return false;
    }
    if (cell.state().type() != cellType) {
      cancelQueued(cell.state());
      model.changeType(cell.state().index(), cellType);
    }
    return true;
  }

  /** Replaces the source of cell {@code index}; returns whether there is such a cell. */
  public boolean setCellSource(double index, String source) {
    CellView cell = view == null ? null : view.cell(position(index, -1));
    if (cell == null) {
      return false;
    }
    model.setSource(cell.state(), source == null ? "" : source);
    return true;
  }

  /** Every cell as the page may read it: {@code type}, {@code source}, {@code id}; a new array on each read. */
  @JsProperty(name = "cells")
  public JsArray<Object> getCells() {
    JsArray<Object> cells = new JsArray<>();
    if (view == null) {
      return cells;
    }
    view.finishNow();
    for (CellState cell : model.readCells()) {
      JsPropertyMap<Object> info = JsPropertyMap.of();
      info.set("type", cell.type().jsonName());
      info.set("source", cell.cell().source());
      info.set("id", cell.cell().id());
      cells.push(info);
    }
    return cells;
  }

  /** A whole number from the page's {@code index}, or {@code fallback} when it is none. */
  private static int position(double index, int fallback) {
    return "number".equals(Js.typeof(index)) && index == index ? (int) Math.floor(index) : fallback;
  }

  /** What the drafts and the change event need of the element. */
  private final class ChangesHost implements NotebookChanges.Host {
    @Override
    public void show(Object notebook, String origin) {
      JupyterNotebookElement.this.show(notebook, origin);
    }

    @Override
    public Object snapshot() {
      return toJSON();
    }

    @Override
    public HTMLElement barParent() {
      return body;
    }

    @Override
    public String attribute(String name) {
      return getAttribute(name);
    }

    @Override
    public void dispatch(String type, Object detail) {
      JupyterNotebookElement.this.dispatch(type, detail);
    }
  }
}
