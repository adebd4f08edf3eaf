package io.jupyterkit.externs.katex;

import elemental2.dom.Element;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** The KaTeX module's default export. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "KatexApi")
public interface Katex {
  /** Typesets {@code tex} into {@code element}, replacing its content. */
  void render(String tex, Element element, Object options);

  String renderToString(String tex, Object options);
}
