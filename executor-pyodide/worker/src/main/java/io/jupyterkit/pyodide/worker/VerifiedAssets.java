package io.jupyterkit.pyodide.worker;

import elemental2.core.ArrayBuffer;
import elemental2.core.JsArray;
import elemental2.core.JsError;
import elemental2.core.Uint8Array;
import elemental2.dom.DomGlobal;
import elemental2.dom.ReadableStream;
import elemental2.dom.ReadableStreamDefaultController;
import elemental2.dom.ReadableStreamDefaultReader;
import elemental2.dom.ReadableStreamSource;
import elemental2.dom.Response;
import elemental2.dom.ResponseInit;
import elemental2.dom.TextDecoder;
import elemental2.promise.Promise;
import io.jupyterkit.interop.JsJson;
import io.jupyterkit.interop.WebDigest;
import io.jupyterkit.json.JsonObject;
import io.jupyterkit.json.JsonValue;
import io.jupyterkit.protocol.JupyterMessage;
import io.jupyterkit.protocol.MessageIds;
import io.jupyterkit.protocol.MessageTypes;
import java.util.HashMap;
import java.util.Map;
import jsinterop.annotations.JsFunction;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * Refuses a boot file that was changed. The page's bundle carries the digest of the package's integrity.json; the
 * worker reads that record, recognises the Pyodide release by its loader's digest ({@link AssetRecord}), and then
 * checks every file of the release and the kernel archive as it arrives. A file Pyodide streams (the WebAssembly
 * compiles while it downloads) is handed on chunk by chunk but its last chunk only once the whole matched, so
 * nothing unverified is ever complete; the bytes the boot watch counts are untouched.
 */
final class VerifiedAssets {
  /** Absolute URL to the digest it must have, for the boot in progress; empty when nothing is verified. */
  private static Map<String, String> expected = new HashMap<>();
  private static String release;
  private static String kernel;
  /** The first file refused, in words: Pyodide's own error about a stream that failed says less. */
  private static String refusal;
  private static Refused onRefusal;
  /** The boot request, which digest requests to the page name as their parent. */
  private static String bootRequestId;
  /** Digest requests the page has not answered yet, by id. */
  private static final JsPropertyMap<Object> PENDING = JsPropertyMap.of();

  /** Told of the first file refused: Pyodide may never settle once its WebAssembly failed, so the boot ends then. */
  interface Refused {
    void refused(String why);
  }

  private VerifiedAssets() {}

  /** A new boot, which {@code refused} ends when a file is refused: nothing is expected until {@link #expect}. */
  static void reset(String bootRequest, Refused refused) {
    bootRequestId = bootRequest;
    onRefusal = refused;
    expected = new HashMap<>();
    release = null;
    kernel = null;
    refusal = null;
  }

  static boolean expects(String url) {
    return expected.containsKey(url);
  }

  /**
   * Reads the record at {@code recordUrl} and checks it against {@code recordDigest}, the page's; resolves to the
   * record, or rejects with a sentence.
   */
  static Promise<AssetRecord> load(String recordUrl, String recordDigest) {
    return WorkerGlobals.self().fetch(recordUrl).then(response -> response.ok ? response.arrayBuffer()
            : Promise.reject(FailureWords.couldNotDownload("the record of the package's files", recordUrl,
                FailureWords.httpStatus(response.status, response.statusText))),
        error -> Promise.reject(FailureWords.couldNotDownload("the record of the package's files", recordUrl,
            FailureWords.NO_ANSWER)))
        .then(bytes -> digest(bytes).then(found -> {
          if (!found.equals(recordDigest)) {
            return Promise.reject(recordUrl + " is not the record this page's jupyter-kit.js was built with (its"
                + " SHA-384 differs), so no file could be verified and Python was not started");
          }
          JsonValue parsed = JsJson.parse(new TextDecoder().decode(new Uint8Array(bytes)));
          return Promise.resolve(new AssetRecord(parsed == null ? null : parsed.asObject()));
        }));
  }

  /**
   * Decides what this boot verifies from the loader's bytes: the files of its release and the kernel archive.
   * Returns why the loader is refused, or null.
   */
  static Promise<String> expect(AssetRecord record, ArrayBuffer loader, String src, String statedVersion,
      String indexUrl, String kernelUrl, boolean ownLockFile) {
    return digest(loader).then(found -> {
      release = record.releaseOf(found);
      if (release == null && !record.mayRunUnrecorded(statedVersion)) {
        return Promise.resolve(record.unknownLoader(src));
      }
      if (release == null) {
        DomGlobal.console.info("jupyter-kit: Pyodide " + statedVersion + " is not a release this build recorded; its"
            + " files load unverified");
      }
      expected = new HashMap<>(record.expectations(release, indexUrl, kernelUrl, ownLockFile));
      kernel = kernelUrl;
      return Promise.resolve((String) null);
    });
  }

  /** {@code bytes} of {@code url} when they are what the record says (or it says nothing of it), else a rejection. */
  static Promise<ArrayBuffer> check(String url, ArrayBuffer bytes) {
    String digest = expected.get(url);
    if (digest == null) {
      return Promise.resolve(bytes);
    }
    if (bytes == null) {
      return Promise.reject(refuse(AssetRecord.unreadable(url)));
    }
    return digest(bytes).then(found -> found.equals(digest) ? Promise.resolve(bytes)
        : Promise.reject(refuse(changed(url))));
  }

  /** {@code response} with a body that fails, before it is complete, if it is not what the record says. */
  static Response verifying(String url, Response response) {
    String digest = expected.get(url);
    if (digest == null || !response.ok || response.body == null) {
      return response;
    }
    ReadableStreamDefaultReader<Object> reader = Js.uncheckedCast(response.body.getReader());
    JsArray<Uint8Array> chunks = new JsArray<>();
    int[] length = {0};
    ReadableStreamSource<Object> source = ReadableStreamSource.create();
    source.setPull(pulled -> {
      ReadableStreamDefaultController<Object> controller = pulled.asReadableStreamDefaultController();
      return pull(reader, controller, chunks, length, url, digest);
    });
    source.setCancel(reason -> Js.uncheckedCast(reader.cancel(reason)));
    ResponseInit init = ResponseInit.create();
    init.setStatus(response.status);
    init.setStatusText(response.statusText);
    init.setHeaders(response.headers);
    return new Response(new ReadableStream<>(source), init);
  }

  /** One read of the original body: the chunk before it goes on; at the end, the last one once all matched. */
  private static Promise<Object> pull(ReadableStreamDefaultReader<Object> reader,
      ReadableStreamDefaultController<Object> controller, JsArray<Uint8Array> chunks, int[] length, String url,
      String digest) {
    return reader.read().then(result -> {
      if (!result.isDone()) {
        Uint8Array chunk = Js.uncheckedCast(result.getValue());
        if (chunks.length > 0) {
          controller.enqueue(chunks.getAt(chunks.length - 1));
        }
        chunks.push(chunk);
        length[0] += chunk.byteLength;
        return Promise.resolve((Object) null);
      }
      Uint8Array whole = new Uint8Array(length[0]);
      int offset = 0;
      for (int i = 0; i < chunks.length; i++) {
        whole.set(chunks.getAt(i), offset);
        offset += chunks.getAt(i).byteLength;
      }
      return digest(whole.buffer).then(found -> {
        if (found.equals(digest)) {
          if (chunks.length > 0) {
            controller.enqueue(chunks.getAt(chunks.length - 1));
          }
          controller.close();
        } else {
          controller.error(new JsError(refuse(changed(url))));
        }
        return Promise.resolve((Object) null);
      });
    });
  }

  /** The words for {@code url} refused: the kernel is the package's own, the rest a release's. */
  private static String changed(String url) {
    return AssetRecord.changed(url, url.equals(kernel) ? null : release);
  }

  private static String refuse(String why) {
    if (refusal == null) {
      refusal = why;
      if (onRefusal != null) {
        onRefusal.refused(why);
      }
    }
    return why;
  }

  /**
   * The SHA-384 of {@code bytes}, as integrity.json writes it: by the worker's Web Crypto, or, in the sandbox, whose
   * opaque origin has none, by the page's (a copy of the bytes goes there).
   */
  private static Promise<String> digest(ArrayBuffer bytes) {
    if (WebDigest.available()) {
      return WebDigest.of(bytes);
    }
    String id = MessageIds.next();
    ArrayBuffer copy = bytes.slice(0);
    Object request = JsJson.toJs(new JupyterMessage(id, MessageTypes.DIGEST_REQUEST, bootRequestId, new JsonObject(),
        null).toJson());
    Js.asPropertyMap(request).set("buffers", JsArray.of(copy));
    return new Promise<>((resolve, reject) -> {
      PENDING.set(id, (Answer) resolve::onInvoke);
      Outbox.post(request, JsArray.of(copy));
    });
  }

  /** The page's {@code digest_reply}: what it computed for the request it answers. */
  static void answered(JupyterMessage reply) {
    Object answer = PENDING.get(reply.parentMsgId());
    if (answer != null) {
      PENDING.delete(reply.parentMsgId());
      Js.<Answer>uncheckedCast(answer).digest(reply.content().getString("digest", ""));
    }
  }

  @JsFunction
  private interface Answer {
    void digest(String digest);
  }
}
