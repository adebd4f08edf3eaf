package io.jupyterkit.element;

/**
 * The names of {@code <jupyter-notebook>}'s attributes, each mirrored by a property of the element. Those the
 * element must hear change are {@link #OBSERVED}; the others apply through its style sheet ({@code theme},
 * {@code no-toolbar}, …) or are read when needed ({@code storage-key}, {@code rerun-on-switch}). Described in the
 * element's API file ({@code src/main/api/jupyter-notebook.json}), which a test keeps in step.
 */
public final class NotebookAttributes {
  public static final String SRC = "src";
  public static final String LANGUAGE = "language";
  public static final String FILENAME = "filename";
  public static final String MATH_ALIGN = "math-align";
  public static final String CLASS_NAME = "class-name";
  public static final String BG_TRANSPARENT = "bg-transparent";
  public static final String SEQ_AS_EXECUTION_COUNT = "seq-as-execution-count";
  public static final String READONLY = "readonly";
  public static final String NO_TOOLBAR = "no-toolbar";
  public static final String THEME = "theme";
  public static final String ALLOW_REMOTE_RESOURCES = "allow-remote-resources";
  public static final String BOOT = "boot";
  public static final String STORAGE = "storage";
  public static final String STORAGE_KEY = "storage-key";
  public static final String RERUN_ON_SWITCH = "rerun-on-switch";
  public static final String TRUSTED = "trusted";

  /** The attributes whose changes the element hears. */
  static String[] observed() {
    return new String[] {SRC, LANGUAGE, FILENAME, CLASS_NAME, SEQ_AS_EXECUTION_COUNT, ALLOW_REMOTE_RESOURCES,
      READONLY, BOOT, STORAGE};
  }

  private NotebookAttributes() {}
}
