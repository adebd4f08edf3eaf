package io.jupyterkit.externs.marked;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** A marked instance with its own options ({@code new module.Marked(options)}), so a page's marked is untouched. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "MarkedInstance")
public interface Marked {
  /** Markdown to HTML; synchronous unless an async extension is used (none is). */
  String parse(String markdown);

  Marked use(Object extension);
}
