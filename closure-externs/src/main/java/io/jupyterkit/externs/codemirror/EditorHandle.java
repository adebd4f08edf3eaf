package io.jupyterkit.externs.codemirror;

import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/** What {@code createEditor} returns. Positions are Unicode code points, lines 1-based. */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "CodeEditorHandle")
public interface EditorHandle {
  String value();

  /** Replaces the text as one undo step, without calling {@code onChange}. */
  void setValue(String text);

  void focus();

  boolean hasFocus();

  /** {@code "start"} or {@code "end"}. */
  void setCursor(String where);

  /** A code-point offset. */
  void setCursor(double codePointOffset);

  double cursorPosition();

  double cursorLine();

  double lineCount();

  boolean cursorAtStart();

  boolean cursorAtEnd();

  boolean cursorOnFirstLine();

  boolean cursorOnLastLine();

  void setReadOnly(boolean readOnly);

  void setLanguage(String language);

  void destroy();
}
