package io.jupyterkit.externs.codemirror;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** What {@code vendor/codemirror/codemirror.mjs} exports (its module namespace object). */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "CodeMirrorModule")
public interface CodeMirrorModule {
  /** Mounts an editor in {@code options.parent} and returns its handle. */
  EditorHandle createEditor(EditorOptions options);
}
