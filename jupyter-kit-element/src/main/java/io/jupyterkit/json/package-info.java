/**
 * JSON values for the nbformat model and the Jupyter messages, read, checked and written alike on the JVM and in
 * the browser. In the browser an object or array is its JavaScript object, from {@code JSON.parse} or
 * {@code postMessage}, wrapped in place; on the JVM it is a Java map or list, and {@link io.jupyterkit.json.JsonParser}
 * reads text. No browser bundle holds that parser: browser code parses with {@code JSON.parse}.
 */
package io.jupyterkit.json;
