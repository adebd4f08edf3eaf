package io.jupyterkit.pyodide.worker;

import elemental2.core.ArrayBuffer;
import elemental2.core.Function;
import elemental2.core.Uint8Array;
import elemental2.dom.DomGlobal;
import elemental2.dom.ReadableStream;
import elemental2.dom.ReadableStreamDefaultReader;
import elemental2.dom.Response;
import elemental2.promise.Promise;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.json.JsonNumber;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import io.jupyterkit.protocol.PyodideBootFiles;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Measures the boot for the page. The worker's fetch hands each answer here and the bytes of its body are counted
 * as they arrive (through a clone, so whoever asked reads the body as before); the scripts Pyodide imports, which
 * no fetch brings, are fetched ahead and counted, so the imports that follow come from the browser's cache. Every
 * {@link #TICK_MS} the page hears how far the boot is ({@code boot_progress}), and a boot that waits on the network
 * with nothing arriving for the page's {@code timeoutMs} is given up: its {@code boot_reply} names what it waited
 * for ({@code stalled}), and the page says so in words. While the worker is blocked in an import it
 * could not fetch ahead, it cannot speak: the page then watches for silence itself ({@code watch}).
 */
final class BootWatch {
  static final int TICK_MS = 200;

  private static BootProgress progress;
  private static JupyterMessage request;
  private static double ticker = -1;
  private static double postedFraction = -2;
  /** The browser's own fetch: the files fetched ahead are not the worker's downloads, and failing is no error. */
  private static Function browserFetch;
  /** Scripts fetched ahead, whose import is quick and needs no watching. */
  private static final JsPropertyMap<Object> FETCHED_AHEAD = JsPropertyMap.of();
  /** The HTTP status of scripts that could not be fetched ahead, in words, by URL. */
  private static final JsPropertyMap<String> REFUSED_AHEAD = JsPropertyMap.of();
  /** The Content-Type of scripts fetched ahead, by URL. */
  private static final JsPropertyMap<String> TYPE_AHEAD = JsPropertyMap.of();

  private BootWatch() {}

  @JsFunction
  interface ImportScripts {
    void load(String url);
  }

  /** The unwatched fetch, for the files fetched ahead. */
  static void useFetch(Function fetch) {
    browserFetch = fetch;
  }

  /** The boot {@code bootRequest} asked for starts: measuring and watching begin, and the page hears so. */
  static void begin(JupyterMessage bootRequest, int stallTimeoutMs) {
    request = bootRequest;
    progress = new BootProgress(stallTimeoutMs);
    watchImports();
    post(false, null);
    ticker = DomGlobal.setInterval(ignored -> tick(), TICK_MS);
  }

  /** The boot is over, one way or the other: nothing more is measured or posted. */
  static void end() {
    if (ticker >= 0) {
      DomGlobal.clearInterval(ticker);
      ticker = -1;
    }
    progress = null;
  }

  /**
   * The boot files of the release in {@code indexUrl} that Pyodide will download, named so that no figure is given
   * before their sizes are known; the sizes of the two big ones are asked for at once (HEAD).
   */
  static void expect(String indexUrl, String asmScript, String... others) {
    if (progress == null) {
      return;
    }
    for (String url : PyodideBootFiles.runtime(indexUrl, asmScript)) {
      progress.expect(url);
    }
    for (String url : others) {
      progress.expect(url);
    }
    askSize(indexUrl + PyodideBootFiles.WASM);
    askSize(indexUrl + PyodideBootFiles.STDLIB);
  }

  /** A step after the downloads is done (see {@link BootProgress#PYODIDE_STARTED}). */
  static void reach(double figure) {
    if (progress != null) {
      progress.reach(figure);
      post(false, null);
    }
  }

  /** A fetch of the worker's: while booting, its body's bytes are counted as they arrive. */
  static void meter(String url, Promise<Response> answer) {
    BootProgress owner = progress;
    if (owner == null) {
      return;
    }
    owner.start(url);
    answer.then(response -> {
      if (owner != progress || !response.ok || response.body == null) {
        owner.finish(url, false);
      } else {
        owner.size(url, contentLength(response));
        count(owner, url, response.clone_().body);
      }
      return null;
    }, error -> {
      owner.finish(url, false);
      return null;
    });
  }

  /**
   * Fetches {@code url} into the browser's cache, counting its bytes; resolves to them once they are all in, or to
   * null when they could not be had (then its import will download it, watched).
   */
  static Promise<ArrayBuffer> fetchAhead(String url) {
    BootProgress owner = progress;
    if (owner == null || browserFetch == null) {
      return Promise.resolve((ArrayBuffer) null);
    }
    owner.start(url);
    Promise<Response> answer = Js.uncheckedCast(browserFetch.call(null, url));
    return answer.then(response -> {
      if (!response.ok || response.body == null) {
        owner.finish(url, false);
        owner.forget(url);
        REFUSED_AHEAD.set(url, FailureWords.httpStatus(response.status, response.statusText));
        return Promise.resolve((ArrayBuffer) null);
      }
      owner.size(url, contentLength(response));
      TYPE_AHEAD.set(url, response.headers.get("Content-Type"));
      count(owner, url, response.clone_().body);
      return response.arrayBuffer().then(bytes -> {
        FETCHED_AHEAD.set(url, true);
        return Promise.resolve(bytes);
      }, error -> Promise.resolve((ArrayBuffer) null));
    }, error -> {
      owner.finish(url, false);
      owner.forget(url);
      return Promise.resolve((ArrayBuffer) null);
    });
  }

  /** The HTTP status, in words, with which {@code url} could not be fetched ahead, or null. */
  static String statusAhead(String url) {
    return REFUSED_AHEAD.get(url);
  }

  /** The Content-Type {@code url} was fetched ahead with, or null. */
  static String typeAhead(String url) {
    return TYPE_AHEAD.get(url);
  }

  /** An import that brings no bytes to count (a module): awaited like a download until it settles. */
  static <T> Promise<T> awaiting(String url, Promise<T> loading) {
    BootProgress owner = progress;
    if (owner == null || FETCHED_AHEAD.has(url)) {
      return loading;
    }
    owner.await(url);
    return loading.then(value -> {
      owner.arrived(url);
      return Promise.resolve(value);
    }, error -> {
      owner.arrived(url);
      return Promise.reject(error);
    });
  }

  /**
   * Pyodide imports its interpreter script with {@code importScripts}, which blocks the worker: when the script
   * was not fetched ahead, the page is told to watch for silence until the import returns.
   */
  private static void watchImports() {
    JsPropertyMap<Object> scope = Js.asPropertyMap(WorkerGlobals.self());
    Object original = scope.get("importScripts");
    if (!"function".equals(Js.typeof(original))) {
      return;
    }
    Function load = ((Function) original).bind(WorkerGlobals.self());
    ImportScripts watched = url -> {
      boolean watch = progress != null && !FETCHED_AHEAD.has(url);
      if (watch) {
        post(true, url);
      }
      try {
        load.call(null, url);
      } finally {
        if (watch) {
          post(false, null);
        }
      }
    };
    scope.set("importScripts", watched);
  }

  private static void askSize(String url) {
    BootProgress owner = progress;
    if (browserFetch == null) {
      return;
    }
    Promise<Response> answer = Js.uncheckedCast(browserFetch.call(null, url, JsPropertyMap.of("method", "HEAD")));
    answer.then(response -> {
      if (response.ok) {
        owner.size(url, contentLength(response));
      } else {
        owner.forget(url);
      }
      return null;
    }, error -> null);
  }

  /** Reads {@code body} to its end, counting; resolves to whether it all came. */
  private static Promise<Boolean> count(BootProgress owner, String url, ReadableStream<Object> body) {
    ReadableStreamDefaultReader<Object> reader = Js.uncheckedCast(body.getReader());
    double[] loaded = {0};
    return new Promise<>((resolve, reject) -> readNext(owner, url, reader, loaded, complete -> resolve.onInvoke(complete)));
  }

  private static void readNext(BootProgress owner, String url, ReadableStreamDefaultReader<Object> reader,
      double[] loaded, Done done) {
    reader.read().then(result -> {
      if (owner != progress) {
        // The boot is over: a clone nobody reads would keep its bytes.
        reader.cancel(null);
        done.done(false);
      } else if (result.isDone()) {
        owner.finish(url, true);
        done.done(true);
      } else {
        loaded[0] += Js.<Uint8Array>uncheckedCast(result.getValue()).byteLength;
        owner.received(url, loaded[0]);
        readNext(owner, url, reader, loaded, done);
      }
      return null;
    }, error -> {
      owner.finish(url, false);
      done.done(false);
      return null;
    });
  }

  private interface Done {
    void done(boolean complete);
  }

  private static void tick() {
    if (progress == null) {
      return;
    }
    BootProgress.Tick tick = progress.tick(WorkerGlobals.self().getPerformance().now());
    if (tick == BootProgress.Tick.STALLED) {
      JsonObject content = new JsonObject().put("status", "error").put("stalled", progress.waitingFor());
      end();
      postMessage(new JupyterMessage(MessageIds.next(), MessageTypes.BOOT_REPLY, request.msgId(), content, null));
    } else if (tick == BootProgress.Tick.CHANGED) {
      post(false, null);
    }
  }

  /**
   * Tells the page how far the boot is, when that changed or the page must begin ({@code watch}) or stop watching
   * for silence: {@code waiting} names what the worker blocks on.
   */
  private static void post(boolean watch, String waiting) {
    if (progress == null) {
      return;
    }
    double fraction = progress.fraction();
    if (!watch && waiting == null && fraction == postedFraction) {
      return;
    }
    postedFraction = watch ? -2 : fraction;
    JsonObject content = new JsonObject().put("progress", new JsonNumber(fraction)).put("watch", watch);
    if (waiting != null) {
      content.put("waiting", waiting);
    }
    postMessage(new JupyterMessage(MessageIds.next(), MessageTypes.BOOT_PROGRESS, request.msgId(), content, null));
  }

  private static void postMessage(JupyterMessage message) {
    Outbox.post(JsJson.toJs(message.toJson()));
  }

  private static double contentLength(Response response) {
    String length = response.headers.get("Content-Length");
    try {
      return length == null ? -1 : Double.parseDouble(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
