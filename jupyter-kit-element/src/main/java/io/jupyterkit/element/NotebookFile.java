package io.jupyterkit.element;

import elemental2.core.Global;
import elemental2.core.JSONType;
import elemental2.core.JsArray;
import elemental2.dom.Blob;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/**
 * The text of a saved {@code .ipynb}, as Jupyter writes it (one-space indentation), made by the browser's own
 * {@code JSON.stringify} one cell at a time: a notebook far larger than the longest string a browser can hold
 * still saves, and the cost is the browser's, not a Java writer's.
 */
final class NotebookFile {
  private static final String CELLS_KEY = "\"cells\": []";

  private NotebookFile() {}

  /** Blob parts whose concatenation is the notebook {@code notebook} (an nbformat object) as a file. */
  static Blob.ConstructorBlobPartsArrayUnionType[] parts(Object notebook) {
    JsPropertyMap<Object> source = Js.asPropertyMap(notebook);
    JsArray<Object> cells = Js.uncheckedCast(source.get("cells"));
    // The notebook without its cells, with "cells" first, as Jupyter orders it.
    JsPropertyMap<Object> header = JsPropertyMap.of();
    header.set("cells", new JsArray<>());
    source.forEach(key -> {
      if (!key.equals("cells")) {
        header.set(key, source.get(key));
      }
    });
    String outline = stringify(header, 1);
    int at = outline.indexOf(CELLS_KEY);
    JsArray<Blob.ConstructorBlobPartsArrayUnionType> parts = new JsArray<>();
    parts.push(part(outline.substring(0, at) + "\"cells\": ["));
    for (int i = 0; i < cells.length; i++) {
      // JSON text holds no raw newlines inside strings, so indenting after each newline is safe.
      parts.push(part((i == 0 ? "\n  " : ",\n  ") + stringify(cells.getAt(i), 1).replace("\n", "\n  ")));
    }
    parts.push(part((cells.length == 0 ? "]" : "\n ]") + outline.substring(at + CELLS_KEY.length()) + "\n"));
    return Js.uncheckedCast(parts);
  }

  private static String stringify(Object value, int indent) {
    return Global.JSON.stringify(value, (JSONType.StringifyReplacerFn) null, indent);
  }

  private static Blob.ConstructorBlobPartsArrayUnionType part(String text) {
    return Blob.ConstructorBlobPartsArrayUnionType.of(text);
  }
}
