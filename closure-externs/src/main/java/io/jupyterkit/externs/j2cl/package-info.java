/**
 * Declarations for the J2CL runtime itself: names it sets on the global object, kept so that ADVANCED compilation
 * does not rename them to short names that could clash with a page's own globals.
 */
package io.jupyterkit.externs.j2cl;
