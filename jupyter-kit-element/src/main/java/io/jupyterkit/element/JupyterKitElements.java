package io.jupyterkit.element;

import elemental2.dom.DomGlobal;
import elemental2.promise.Promise;

/** Registration, kept apart from the element class so that loading the class has no side effects. */
public final class JupyterKitElements {
  public static final String TAG = "jupyter-notebook";

  private JupyterKitElements() {}

  /** Registers {@code <jupyter-notebook>} unless something already did. */
  public static void define() {
    if (DomGlobal.customElements.get(TAG) == null) {
      DomGlobal.customElements.define(TAG, JupyterNotebookElement.class);
    }
  }

  /**
   * Erases every draft the library stored in this browser, for every notebook; resolves once they are gone.
   * Notebooks on the page keep the changes made after it.
   */
  public static Promise<Object> clearStoredDrafts() {
    return NotebookChanges.clearStoredDrafts();
  }
}
