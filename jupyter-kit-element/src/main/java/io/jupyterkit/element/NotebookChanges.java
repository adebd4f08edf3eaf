package io.jupyterkit.element;

import elemental2.core.Global;
import elemental2.core.JsArray;
import elemental2.core.JsDate;
import elemental2.dom.DomGlobal;
import elemental2.dom.EventListener;
import elemental2.dom.HTMLElement;
import elemental2.dom.IdleCallbackOptions;
import elemental2.dom.URL;
import elemental2.promise.Promise;
import io.jupyterkit.drafts.DraftSession;
import io.jupyterkit.drafts.Fingerprint;
import io.jupyterkit.notebook.CellState;
import io.jupyterkit.notebook.ChainedListener;
import io.jupyterkit.notebook.NotebookModel;
import java.util.List;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * What follows every change of the notebook an element shows: the coalesced {@code change} event, the
 * {@code dirty} flag, and the draft kept in IndexedDB ({@link DraftStore}) with the bar above the notebook
 * ({@link DraftBar}; what it says and offers is {@link DraftSession}'s). One per element, across the notebooks it
 * shows. Saving waits until {@value #SAVE_DELAY_MS} ms after the last change and then for an idle moment, so typing
 * is never held up; the page being hidden or left saves at once.
 */
final class NotebookChanges {
  /** What the element does for it. */
  interface Host {
    /** Shows {@code notebook} (object or JSON text) in place of what is shown; on failure shows why instead. */
    void show(Object notebook, String origin);

    /** The notebook as {@code toJSON()} returns it, or null when none is shown. */
    Object snapshot();

    /** Where the bar goes, as first child. */
    HTMLElement barParent();

    String attribute(String name);

    void dispatch(String type, Object detail);
  }

  private static final int SAVE_DELAY_MS = 500;
  private static final int MAX_SAVE_DELAY_MS = 10000;
  private static final int IDLE_TIMEOUT_MS = 2000;
  /** The longest slice of fingerprinting, so that a keypress waits at most this long. */
  private static final double SLICE_MS = 8;
  /** Version of the stored record's shape. */
  private static final int RECORD_FORMAT = 1;

  /** How long an idle callback may still run. */
  private interface Budget {
    double remaining();
  }

  private interface IdleTask {
    void run(Budget budget);
  }

  private final Host host;
  private final DraftBar bar = new DraftBar(this::act);
  private NotebookModel model;
  /** Counts the notebooks opened: answers meant for an earlier one are dropped. */
  private int generation;
  private Object original;
  private String origin;
  private DraftSession session;
  /** The edits, while the original is shown after Revert to original. */
  private Object keptDraft;
  /** A restored draft counts as unsaved until {@code download()}. */
  private boolean restoredDirty;
  private boolean changeEventQueued;
  private boolean savePending;
  private boolean saveAwaitsFingerprint;
  private int saveEpoch;
  private double saveTimer = -1;
  /** What the last save cost on the main thread: a notebook that is slow to save is saved less often. */
  private double lastSaveMs;
  private Fingerprint fingerprint;
  private boolean fingerprinting;
  private String prefetchedKey;
  private Promise<Object> prefetched;
  private boolean listeningForHide;
  private final EventListener onPageHide = event -> save(true);
  private final EventListener onVisibilityChange = event -> {
    if ("hidden".equals(DomGlobal.document.visibilityState)) {
      save(true);
    }
  };

  NotebookChanges(Host host) {
    this.host = host;
  }

  /** Erases every draft the library stored, for every notebook. */
  static Promise<Object> clearStoredDrafts() {
    return DraftStore.clearAll();
  }

  // Opening notebooks.

  /** A notebook from {@code src} is about to be fetched: its draft is looked up meanwhile. */
  void prepare(String src) {
    save(true);
    String key = storageKey(src);
    prefetchedKey = key;
    prefetched = key == null ? null : DraftStore.read(key);
  }

  /**
   * Shows the notebook {@code original} (JSON text or object) that came from {@code src} (null when the page set
   * it), or the draft kept of it, with the bar saying so.
   */
  void open(Object original, String src, String origin) {
    save(true);
    int opened = ++generation;
    this.original = original;
    this.origin = origin;
    session = null;
    keptDraft = null;
    restoredDirty = false;
    fingerprint = null;
    fingerprinting = false;
    saveAwaitsFingerprint = false;
    String key = storageKey(src);
    Promise<Object> lookup = key != null && key.equals(prefetchedKey) ? prefetched : null;
    prefetchedKey = null;
    prefetched = null;
    if (key == null) {
      host.show(original, origin);
      return;
    }
    if (lookup == null) {
      lookup = DraftStore.read(key);
    }
    lookup.then(found -> {
      if (opened == generation) {
        showFound(key, found);
      }
      return null;
    }, failure -> {
      if (opened == generation) {
        DomGlobal.console.warn("jupyter-kit: drafts are not available, the notebook is shown as published: "
            + failure);
        session = DraftSession.ofOriginal(key);
        host.show(original, origin);
      }
      return null;
    });
  }

  private void showFound(String key, Object record) {
    Object notebook = draftNotebook(record);
    if (notebook != null) {
      JsPropertyMap<Object> fields = Js.asPropertyMap(record);
      Object recordedOriginal = fields.get("original");
      session = DraftSession.ofRestored(key,
          "string".equals(Js.typeof(recordedOriginal)) ? Js.asString(recordedOriginal) : null,
          savedAtText(fields.get("savedAt")));
      model = null;
      host.show(notebook, origin);
      if (model != null) {
        restoredDirty = true;
        startFingerprint();
        renderBar(false);
        return;
      }
    }
    if (record != null) {
      DomGlobal.console.warn("jupyter-kit: the draft kept of this notebook could not be read; showing the original.");
    }
    session = DraftSession.ofOriginal(key);
    host.show(original, origin);
  }

  /** The notebook a stored record holds, or null when it is no draft this library made or cannot be read. */
  private static Object draftNotebook(Object record) {
    if (record == null || !"object".equals(Js.typeof(record))) {
      return null;
    }
    JsPropertyMap<Object> fields = Js.asPropertyMap(record);
    Object format = fields.get("format");
    Object notebook = fields.get("notebook");
    boolean ours = "number".equals(Js.typeof(format)) && Js.asDouble(format) == RECORD_FORMAT;
    return ours && notebook != null && "object".equals(Js.typeof(notebook))
        && JsArray.isArray(Js.asPropertyMap(notebook).get("cells")) ? notebook : null;
  }

  private static String savedAtText(Object savedAt) {
    if (!"number".equals(Js.typeof(savedAt))) {
      return null;
    }
    return new JsDate(savedAt).toLocaleString();
  }

  /**
   * The model {@code shown} now shows a notebook: the listener it should have, {@code view} first. Called by the
   * element for every notebook it shows.
   */
  NotebookModel.Listener follow(NotebookModel shown, NotebookModel.Listener view) {
    model = shown;
    return ChainedListener.of(view, new NotebookModel.Listener() {
      @Override
      public void cellsInserted(int index, List<CellState> inserted) {}

      @Override
      public void cellsRemoved(int index, List<CellState> removed) {}

      @Override
      public void changed() {
        if (shown == model) {
          NotebookChanges.this.changed();
        }
      }
    });
  }

  private void changed() {
    queueChangeEvent();
    if (session == null || !storageOn()) {
      return;
    }
    if (session.changed()) {
      renderBar(false);
    }
    startFingerprint();
    scheduleSave();
  }

  // The change event and the dirty flag.

  /** One {@code change} event per task however many changes it made. */
  private void queueChangeEvent() {
    if (changeEventQueued) {
      return;
    }
    changeEventQueued = true;
    DomGlobal.setTimeout(ignored -> {
      changeEventQueued = false;
      if (model != null) {
        JsPropertyMap<Object> detail = JsPropertyMap.of();
        detail.set("cells", model.size());
        detail.set("dirty", dirty());
        host.dispatch(NotebookEvents.CHANGE, detail);
      }
    }, 0);
  }

  /** Whether there are changes {@code download()} has not saved; a restored draft has. */
  boolean dirty() {
    return model != null && (model.isDirty() || restoredDirty);
  }

  /** {@code download()} saved the notebook as shown. */
  void downloaded() {
    if (model != null) {
      model.markClean();
    }
    restoredDirty = false;
  }

  // Saving.

  private void scheduleSave() {
    savePending = true;
    saveEpoch = DraftStore.epoch();
    if (saveTimer >= 0) {
      DomGlobal.clearTimeout(saveTimer);
    }
    double delay = Math.max(SAVE_DELAY_MS, Math.min(MAX_SAVE_DELAY_MS, 10 * lastSaveMs));
    saveTimer = DomGlobal.setTimeout(ignored -> {
      saveTimer = -1;
      whenIdle(budget -> save(false));
    }, delay);
    if (!listeningForHide) {
      listeningForHide = true;
      DomGlobal.window.addEventListener("pagehide", onPageHide);
      DomGlobal.document.addEventListener("visibilitychange", onVisibilityChange);
    }
  }

  private void cancelSave() {
    savePending = false;
    saveAwaitsFingerprint = false;
    if (saveTimer >= 0) {
      DomGlobal.clearTimeout(saveTimer);
      saveTimer = -1;
    }
    if (listeningForHide) {
      listeningForHide = false;
      DomGlobal.window.removeEventListener("pagehide", onPageHide);
      DomGlobal.document.removeEventListener("visibilitychange", onVisibilityChange);
    }
  }

  /**
   * Saves the pending change: takes the snapshot ({@code toJSON()}: some 70 ms for 100 MB of outputs), and writes it
   * in a later idle moment (IndexedDB copies it on the main thread: some 250 ms for 100 MB). {@code urgent} (the page
   * is being hidden or left) does all of it now, the fingerprint included.
   */
  private void save(boolean urgent) {
    if (!savePending) {
      return;
    }
    if (session == null || model == null || !storageOn() || DraftStore.epoch() != saveEpoch) {
      cancelSave();
      return;
    }
    if (session.fingerprintToSave() == null) {
      if (!urgent) {
        saveAwaitsFingerprint = true;
        startFingerprint();
        return;
      }
      finishFingerprint();
    }
    String recorded = session.fingerprintToSave();
    cancelSave();
    double begin = DomGlobal.performance.now();
    Object notebook = host.snapshot();
    lastSaveMs = DomGlobal.performance.now() - begin;
    if (notebook == null) {
      return;
    }
    if (urgent) {
      write(recorded, notebook);
      return;
    }
    DraftSession target = session;
    int epoch = saveEpoch;
    whenIdle(budget -> {
      if (target == session && storageOn() && DraftStore.epoch() == epoch) {
        write(recorded, notebook);
      }
    });
  }

  private void write(String recorded, Object notebook) {
    DraftSession target = session;
    JsPropertyMap<Object> record = JsPropertyMap.of();
    record.set("format", RECORD_FORMAT);
    record.set("original", recorded);
    record.set("savedAt", JsDate.now());
    record.set("notebook", notebook);
    DraftStore.write(target.key(), record).then(written -> {
      if (target.saved(recorded) && target == session) {
        renderBar(false);
      }
      return null;
    }, failure -> {
      if (target.saveFailed(String.valueOf(failure))) {
        DomGlobal.console.warn("jupyter-kit: edits to this notebook are not kept in this browser: " + failure);
        if (target == session) {
          renderBar(false);
        }
      }
      return null;
    });
  }

  // The fingerprint of the original.

  private void startFingerprint() {
    if (session == null || session.originalFingerprint() != null || fingerprinting) {
      return;
    }
    fingerprinting = true;
    int opened = generation;
    whenIdle(budget -> fingerprintSlice(opened, budget));
  }

  private void fingerprintSlice(int opened, Budget budget) {
    if (opened != generation || !fingerprinting) {
      return;
    }
    if (fingerprint == null) {
      fingerprint = new Fingerprint(originalText());
    }
    double begin = DomGlobal.performance.now();
    while (!fingerprint.advance(Fingerprint.SLICE_CHARS) && budget.remaining() > 1
        && DomGlobal.performance.now() - begin < SLICE_MS) {
      // On while the idle period lasts.
    }
    if (fingerprint.done()) {
      fingerprintDone();
    } else {
      whenIdle(next -> fingerprintSlice(opened, next));
    }
  }

  private void finishFingerprint() {
    if (session == null || session.originalFingerprint() != null) {
      return;
    }
    if (fingerprint == null) {
      fingerprint = new Fingerprint(originalText());
    }
    fingerprint.advance(Integer.MAX_VALUE);
    fingerprintDone();
  }

  private void fingerprintDone() {
    String value = fingerprint.value();
    fingerprint = null;
    fingerprinting = false;
    if (session.originalKnown(value)) {
      renderBar(false);
    }
    if (saveAwaitsFingerprint) {
      saveAwaitsFingerprint = false;
      save(false);
    }
  }

  /**
   * The original's text: as fetched, or the page's object as JSON, its cells one at a time (so that no slice
   * stringifies the whole notebook).
   */
  private Fingerprint.Source originalText() {
    if ("string".equals(Js.typeof(original))) {
      return Fingerprint.whole(Js.asString(original));
    }
    JsPropertyMap<Object> root = Js.asPropertyMap(original);
    Object cells = original == null ? null : root.get("cells");
    if (!JsArray.isArray(cells)) {
      return Fingerprint.whole(stringify(original));
    }
    JsArray<Object> list = Js.uncheckedCast(cells);
    JsPropertyMap<Object> header = JsPropertyMap.of();
    root.forEach(key -> {
      if (!key.equals("cells") && !key.equals("__proto__")) {
        header.set(key, root.get(key));
      }
    });
    int[] next = {-1};
    return () -> {
      int index = next[0]++;
      return index < 0 ? stringify(header) : index < list.length ? stringify(list.getAt(index)) : null;
    };
  }

  private static String stringify(Object value) {
    try {
      String text = Global.JSON.stringify(value);
      return text == null ? "" : text;
    } catch (Throwable e) {
      return "";
    }
  }

  // The bar and what it offers.

  private void act(DraftSession.Action action) {
    if (session == null) {
      return;
    }
    switch (action) {
      case REVERT:
        revert();
        break;
      case RESTORE:
        restore();
        break;
      case DISCARD:
        discard();
        break;
      default:
        session.dismiss();
        renderBar(false);
        break;
    }
  }

  /** Shows the original; the edits stay stored, and in memory to restore. */
  private void revert() {
    if (!session.showingDraft() || model == null) {
      return;
    }
    Object edits = host.snapshot();
    if (savePending && storageOn()) {
      String recorded = session.fingerprintToSave();
      if (recorded == null) {
        finishFingerprint();
        recorded = session.fingerprintToSave();
      }
      cancelSave();
      write(recorded, edits);
    }
    keptDraft = edits;
    session.revert();
    restoredDirty = false;
    model = null;
    host.show(original, origin);
    if (model == null) {
      // The original cannot be read (the server sends something else now): the edits stay on screen.
      DomGlobal.console.warn("jupyter-kit: the original of this notebook could not be read; your edits stay shown.");
      session.restore();
      host.show(edits, origin);
      restoredDirty = true;
    }
    renderBar(true);
  }

  private void restore() {
    if (!session.reverted() || keptDraft == null) {
      return;
    }
    session.restore();
    restoredDirty = true;
    host.show(keptDraft, origin);
    keptDraft = null;
    renderBar(true);
  }

  /** Erases the draft and shows the original. */
  private void discard() {
    cancelSave();
    boolean showingDraft = session.showingDraft();
    session.discard();
    keptDraft = null;
    restoredDirty = false;
    DraftStore.remove(session.key()).catch_(failure -> {
      DomGlobal.console.warn("jupyter-kit: the draft of this notebook could not be erased: " + failure);
      return null;
    });
    if (showingDraft) {
      host.show(original, origin);
    }
    renderBar(false);
  }

  private void renderBar(boolean focus) {
    HTMLElement parent = host.barParent();
    HTMLElement element = bar.element();
    if (session != null && session.barShown() && parent.firstChild != element) {
      parent.insertBefore(element, parent.firstChild);
    }
    bar.render(session, focus);
  }

  // What the page asks for.

  /**
   * Erases the draft of the notebook shown (or, before one is shown, of the element's {@code src}); later changes
   * are kept again unless {@code storage="none"}.
   */
  Promise<Object> clearStorage() {
    cancelSave();
    String key = session != null ? session.key() : draftKey(host.attribute(NotebookAttributes.SRC));
    if (session != null) {
      session.cleared();
      keptDraft = null;
      renderBar(false);
    }
    return key == null ? Promise.resolve((Object) null) : DraftStore.removeIfAvailable(key);
  }

  /**
   * The {@code storage} or {@code readonly} attribute changed: {@code none} (or readonly) stops saving at once; back
   * on, the next change saves.
   */
  void storageChanged() {
    if (!storageOn()) {
      cancelSave();
    }
  }

  // Keys.

  /** A readonly notebook keeps nothing either: what changes there are runs, not the reader's edits. */
  private boolean storageOn() {
    return !"none".equals(host.attribute(NotebookAttributes.STORAGE))
        && host.attribute(NotebookAttributes.READONLY) == null;
  }

  /** Where the draft of a notebook from {@code src} is kept; null when none is kept. */
  private String storageKey(String src) {
    return storageOn() ? draftKey(src) : null;
  }

  /** The {@code storage-key}, else {@code src} made absolute; null when neither is there. */
  private String draftKey(String src) {
    String explicit = host.attribute(NotebookAttributes.STORAGE_KEY);
    if (explicit != null && !explicit.isEmpty()) {
      return explicit;
    }
    if (src == null || src.isEmpty()) {
      return null;
    }
    try {
      return new URL(src, DomGlobal.document.baseURI).href;
    } catch (Throwable e) {
      return src;
    }
  }

  private static void whenIdle(IdleTask task) {
    if ("function".equals(Js.typeof(Js.asPropertyMap(DomGlobal.window).get("requestIdleCallback")))) {
      IdleCallbackOptions options = IdleCallbackOptions.create();
      options.setTimeout(IDLE_TIMEOUT_MS);
      DomGlobal.requestIdleCallback(deadline -> task.run(deadline::timeRemaining), options);
    } else {
      DomGlobal.setTimeout(ignored -> {
        double begin = DomGlobal.performance.now();
        task.run(() -> 8 - (DomGlobal.performance.now() - begin));
      }, 0);
    }
  }
}
