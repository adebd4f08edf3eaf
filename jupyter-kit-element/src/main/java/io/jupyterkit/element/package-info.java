/**
 * The {@code <jupyter-notebook>} custom element and its DOM views. Everything that can be decided without a DOM
 * lives in the plain-Java packages beside this one.
 */
package io.jupyterkit.element;
