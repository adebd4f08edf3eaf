package io.jupyterkit.render;

import io.jupyterkit.json.JsonObject;

/** Picks the MIME type to show from a bundle: the richest safe one, in JupyterLab's order. */
public final class MimeRanking {
  private MimeRanking() {}

  public static final String WIDGET_VIEW = io.jupyterkit.nbformat.WidgetState.VIEW_MIME;

  /** Most preferred first. Types absent here are never chosen; text/plain is the fallback. */
  static final String[] ORDER = {
    WIDGET_VIEW,
    "text/html",
    "text/markdown",
    "text/latex",
    "image/svg+xml",
    "image/png",
    "image/jpeg",
    "image/gif",
    "application/json",
    "text/plain",
  };

  /** The MIME type to render from {@code data} among those the renderer supports, or null when none is there. */
  public static String choose(JsonObject data, MimeSupport support) {
    for (String mimeType : ORDER) {
      if (data.has(mimeType) && support.supports(mimeType)) {
        return mimeType;
      }
    }
    return null;
  }

  /** What a renderer can show; lets the same table serve before and after optional renderers load. */
  public interface MimeSupport {
    boolean supports(String mimeType);
  }
}
