/** Bridges between the plain-Java packages and JavaScript values; usable in a window and in a worker. */
package io.jupyterkit.interop;
