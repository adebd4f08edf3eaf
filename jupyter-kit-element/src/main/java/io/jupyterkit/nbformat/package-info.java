/**
 * The nbformat model: what a notebook is, read defensively from any JSON and written back as nbformat v4.
 * Plain Java, no DOM: the element renders it, the executor's messages update it, JVM tests check it.
 */
package io.jupyterkit.nbformat;
