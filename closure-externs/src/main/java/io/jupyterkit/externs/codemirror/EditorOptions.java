package io.jupyterkit.externs.codemirror;

import elemental2.dom.Element;
import elemental2.dom.Node;
import jsinterop.annotations.JsOverlay;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsProperty;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** The options of {@code createEditor}; their meaning is documented in {@code npm/src/codemirror/editor.mjs}. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "CodeEditorOptions")
public interface EditorOptions {
  @JsOverlay
  static EditorOptions create() {
    return Js.uncheckedCast(JsPropertyMap.of());
  }

  @JsProperty
  void setParent(Element parent);

  /** The ShadowRoot (or Document) the editor's style sheets go into. */
  @JsProperty
  void setRoot(Node root);

  @JsProperty
  void setDoc(String doc);

  @JsProperty
  void setLanguage(String language);

  @JsProperty
  void setReadOnly(boolean readOnly);

  @JsProperty
  void setLineWrapping(boolean lineWrapping);

  @JsProperty
  void setTooltipParent(Element tooltipParent);

  @JsProperty
  void setOnChange(TextCallback onChange);

  @JsProperty
  void setOnFocus(EditorCallback onFocus);

  @JsProperty
  void setOnBlur(EditorCallback onBlur);

  /** CodeMirror key names ({@code Shift-Enter}, {@code Mod-Enter}, {@code Escape}, ...) to their callbacks. */
  @JsProperty
  void setKeys(JsPropertyMap<KeyCallback> keys);

  @JsProperty
  void setComplete(ShellRequestCallback complete);

  @JsProperty
  void setInspect(ShellRequestCallback inspect);
}
