package io.jupyterkit.java;

/** What adding a listener returns: removing it stops the calls. */
public interface Registration {
  void remove();
}
