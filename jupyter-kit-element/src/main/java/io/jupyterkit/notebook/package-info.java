/**
 * The notebook being worked in, without DOM: its cells in order with their runs, outputs and input requests, the
 * cell operations a reader performs (insert, delete and undo, move, change type, edit), the selection, and the
 * handling of the Jupyter messages that answer its runs. The element and its views are DOM shells over it.
 */
package io.jupyterkit.notebook;
