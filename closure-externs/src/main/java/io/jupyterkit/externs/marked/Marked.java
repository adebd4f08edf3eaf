package io.jupyterkit.externs.marked;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** A marked instance with its own options ({@code new marked.Marked(options)}), so a page's marked is untouched. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "marked.Marked")
public class Marked {
  public Marked(Object options) {}

  /** Markdown to HTML; synchronous unless an async extension is used (none is). */
  public native String parse(String markdown);

  public native Marked use(Object extension);
}
