package io.jupyterkit.externs.jupyter;

import elemental2.core.JsArray;
import jsinterop.annotations.JsFunction;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;

/**
 * What an executor offers comm users such as a widget manager: comms opened from the page, handlers for comms the
 * kernel opens (per target name), and the comms alive now.
 */
@JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "CommProvider")
public interface CommProvider {
  /** A comm to {@code targetName}, not yet opened; {@code commId} may be null to get a fresh one. */
  JupyterComm createComm(String targetName, String commId);

  /** Calls {@code handler} for each comm the kernel opens to {@code targetName}; the result stops that. */
  Disposer onCommOpen(String targetName, CommOpenHandler handler);

  /** The comms alive now, all or those to {@code targetName}. */
  JsArray<JupyterComm> listComms(String targetName);

  /** Receives a comm the kernel opened, with its {@code comm_open} message. */
  @JsFunction
  interface CommOpenHandler {
    void onCommOpen(JupyterComm comm, Object message);
  }

  /** Undoes a registration. */
  @JsFunction
  interface Disposer {
    void dispose();
  }
}
