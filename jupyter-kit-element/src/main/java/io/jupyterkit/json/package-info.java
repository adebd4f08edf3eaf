/**
 * A small JSON tree in plain Java, so the nbformat model and the Jupyter messages can be read, checked and written
 * on the JVM and in the browser alike. The browser converts from {@code JSON.parse} output; the JVM parses text.
 */
package io.jupyterkit.json;
