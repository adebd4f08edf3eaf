package io.jupyterkit.server;

/** A REST call to the Jupyter server that failed: its HTTP status (0 when there was no answer) and the words. */
final class RestFailure extends RuntimeException {
  final int status;

  RestFailure(int status, String words) {
    super(words);
    this.status = status;
  }

  /** What {@code error}, a rejected promise's value, says for a reader. */
  static String words(Object error) {
    if (error instanceof Throwable && ((Throwable) error).getMessage() != null) {
      return ((Throwable) error).getMessage();
    }
    return String.valueOf(error);
  }

  /** The HTTP status of {@code error} when it is a failed REST call, else 0. */
  static int status(Object error) {
    return error instanceof RestFailure ? ((RestFailure) error).status : 0;
  }
}
