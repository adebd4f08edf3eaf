/** Rendering decisions that need no DOM: which MIME type to show, what terminal escapes mean. Tested on the JVM. */
package io.jupyterkit.render;
