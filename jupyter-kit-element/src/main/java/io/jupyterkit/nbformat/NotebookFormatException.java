package io.jupyterkit.nbformat;

/** JSON that is not a notebook at all (as opposed to a notebook with a few bad cells, which still renders). */
public final class NotebookFormatException extends RuntimeException {
  public NotebookFormatException(String message) {
    super(message);
  }
}
