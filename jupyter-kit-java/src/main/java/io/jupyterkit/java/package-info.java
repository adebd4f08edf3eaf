/**
 * The Java API of jupyter-kit, for J2CL apps that compile the element into their own bundle: {@link JupyterKit}
 * says where the package's files are served and registers the element, {@link JupyterNotebook} creates and drives
 * one, {@link Executors} makes the Pyodide executor from {@link PyodideExecutorOptions}. The jsinterop underneath
 * stays package-private or in the library's other packages, so these classes are all an app needs to import.
 */
package io.jupyterkit.java;
