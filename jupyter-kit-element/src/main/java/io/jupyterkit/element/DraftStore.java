package io.jupyterkit.element;

import elemental2.dom.DOMException;
import elemental2.promise.Promise;
import io.jupyterkit.externs.indexeddb.IdbDatabase;
import io.jupyterkit.externs.indexeddb.IdbFactory;
import io.jupyterkit.externs.indexeddb.IdbObjectStore;
import io.jupyterkit.externs.indexeddb.IdbOpenRequest;
import io.jupyterkit.externs.indexeddb.IdbRequest;
import io.jupyterkit.externs.indexeddb.IdbTransaction;
import io.jupyterkit.externs.indexeddb.IndexedDb;
import jsinterop.base.Js;

/**
 * The drafts of every {@code <jupyter-notebook>} on the page: one record per key in the object store
 * {@value #STORE} of the IndexedDB database {@value #DATABASE}, which is all the library stores. The database is
 * opened once per page, on first use. Every operation answers with a promise; none throws, and a failure rejects
 * with words for a person, so a browser without storage (private mode, a sandboxed frame, a full disk) simply keeps
 * no drafts.
 */
final class DraftStore {
  static final String DATABASE = "jupyter-kit";
  static final String STORE = "drafts";
  private static final int VERSION = 1;

  private static Promise<IdbDatabase> database;
  /** Counts erasures of everything: a save planned before the latest one is dropped. */
  private static int epoch;

  private DraftStore() {}

  private interface Operation {
    IdbRequest run(IdbObjectStore store);
  }

  /** The record stored under {@code key}, or null (undefined) when there is none. */
  static Promise<Object> read(String key) {
    return transact("readonly", store -> store.get(key));
  }

  static Promise<Object> write(String key, Object record) {
    return transact("readwrite", store -> store.put(record, key));
  }

  static Promise<Object> remove(String key) {
    return transact("readwrite", store -> store.remove(key));
  }

  /**
   * Erases every draft of every notebook. Resolves when they are gone, or at once when storage is unavailable (then
   * nothing was stored).
   */
  static Promise<Object> clearAll() {
    epoch++;
    return database().then(db -> transact("readwrite", IdbObjectStore::clear), unavailable -> Promise.resolve(
        (Object) null));
  }

  static int epoch() {
    return epoch;
  }

  /** Erases the draft under {@code key}; resolves at once when storage is unavailable (nothing was stored). */
  static Promise<Object> removeIfAvailable(String key) {
    return database().then(db -> remove(key), unavailable -> Promise.resolve((Object) null));
  }

  private static Promise<Object> transact(String mode, Operation operation) {
    return database().then(db -> new Promise<Object>((resolve, reject) -> {
      IdbTransaction transaction;
      IdbRequest request;
      try {
        transaction = db.transaction(STORE, mode);
        request = operation.run(transaction.objectStore(STORE));
        if ("function".equals(Js.typeof(Js.asPropertyMap(transaction).get("commit")))) {
          transaction.commit();
        }
      } catch (Throwable e) {
        reject.onInvoke(describe(e, "the browser refused to store the draft"));
        return;
      }
      transaction.setOncomplete(event -> resolve.onInvoke(request.getResult()));
      transaction.setOnabort(event -> reject.onInvoke(reason(transaction.getError(),
          "the browser abandoned the write")));
    }));
  }

  private static Promise<IdbDatabase> database() {
    if (database == null) {
      database = new Promise<>((resolve, reject) -> {
        IdbOpenRequest request;
        try {
          IdbFactory factory = IndexedDb.factory();
          if (factory == null) {
            reject.onInvoke("this browser has no IndexedDB");
            return;
          }
          request = factory.open(DATABASE, VERSION);
        } catch (Throwable e) {
          reject.onInvoke(describe(e, "this page may not use IndexedDB"));
          return;
        }
        request.setOnupgradeneeded(event -> {
          IdbDatabase db = Js.uncheckedCast(request.getResult());
          if (!db.getObjectStoreNames().contains(STORE)) {
            db.createObjectStore(STORE);
          }
        });
        request.setOnsuccess(event -> {
          IdbDatabase db = Js.uncheckedCast(request.getResult());
          // A newer version elsewhere (or a deletion) waits for this page to let go; it may, and reopen later.
          db.setOnversionchange(change -> {
            db.close();
            database = null;
          });
          resolve.onInvoke(db);
        });
        request.setOnerror(event -> reject.onInvoke(reason(request.getError(), "IndexedDB could not be opened")));
      });
    }
    return database;
  }

  private static String reason(DOMException error, String fallback) {
    if (error == null) {
      return fallback;
    }
    if ("QuotaExceededError".equals(error.name)) {
      return "the browser's storage for this site is full";
    }
    return error.message == null || error.message.isEmpty() ? error.name : error.message;
  }

  /** The words of a failure, without the error's class name ("SecurityError: ") in front. */
  private static String describe(Throwable e, String fallback) {
    String message = e.getMessage();
    if (message == null || message.isEmpty()) {
      return fallback;
    }
    int colon = message.indexOf(": ");
    boolean named = colon > 0 && message.substring(0, colon).endsWith("Error")
        && message.substring(0, colon).indexOf(' ') < 0;
    return named ? message.substring(colon + 2) : message;
  }
}
