package io.jupyterkit.externs.browser;

import elemental2.core.ArrayBuffer;
import elemental2.core.ArrayBufferView;
import elemental2.promise.Promise;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * The Web Crypto digest ({@code crypto.subtle}, declared in Closure's own externs; elemental2-dom 1.2.3 has no
 * binding), for checking the files a loader fetches against their recorded SHA-384.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Object")
public interface SubtleCrypto {
  Promise<ArrayBuffer> digest(String algorithm, ArrayBufferView data);
}
