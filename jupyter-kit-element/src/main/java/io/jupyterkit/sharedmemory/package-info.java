/**
 * The shared memory the Pyodide executor's page and its worker both read and write when the page is cross-origin
 * isolated: the interrupt signal ({@link io.jupyterkit.sharedmemory.InterruptBuffer}), the answer to {@code input()}
 * ({@link io.jupyterkit.sharedmemory.StdinBuffer}) and the comm messages for a running cell
 * ({@link io.jupyterkit.sharedmemory.CommInbox}). Each layout and its protocol (who stores what, in which order)
 * is defined once here, in plain Java over {@link io.jupyterkit.sharedmemory.SharedWords} and
 * {@link io.jupyterkit.sharedmemory.SharedBytes}: the browser plugs in typed arrays and {@code Atomics}
 * ({@code io.jupyterkit.interop.TypedArrayMemory}), the JVM tests plain arrays, so both run the same code.
 */
package io.jupyterkit.sharedmemory;
