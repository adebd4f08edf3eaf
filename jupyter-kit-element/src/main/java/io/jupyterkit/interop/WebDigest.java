package io.jupyterkit.interop;

import elemental2.core.ArrayBuffer;
import elemental2.core.Uint8Array;
import elemental2.promise.Promise;
import io.jupyterkit.externs.browser.SubtleCrypto;
import io.jupyterkit.protocol.AssetDigests;
import jsinterop.base.Js;

/** The {@link AssetDigests} of bytes, by the scope's Web Crypto. */
public final class WebDigest {
  private WebDigest() {}

  /** Whether this scope has Web Crypto: only secure contexts do, and a sandboxed worker's opaque origin is not one. */
  public static boolean available() {
    return subtle() != null;
  }

  /** The digest of {@code bytes}; call only where {@link #available()}. */
  public static Promise<String> of(ArrayBuffer bytes) {
    return subtle().digest(AssetDigests.ALGORITHM, new Uint8Array(bytes)).then(digest -> {
      Uint8Array view = new Uint8Array(digest);
      int[] values = new int[view.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = view.getAt(i).intValue();
      }
      return Promise.resolve(AssetDigests.sri(values));
    });
  }

  private static SubtleCrypto subtle() {
    Object crypto = Js.asPropertyMap(Js.global()).get("crypto");
    Object subtle = crypto == null ? null : Js.asPropertyMap(crypto).get("subtle");
    return subtle == null ? null : Js.uncheckedCast(subtle);
  }
}
