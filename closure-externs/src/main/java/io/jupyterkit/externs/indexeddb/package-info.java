/**
 * The browser's IndexedDB, as far as the element's drafts use it: open a database, one object store, get, put,
 * delete and clear by key. Closure's own externs ({@code w3c_indexeddb.js}) declare all of it completely, so these
 * declarations need no externs file of their own. elemental2 1.2.3's separate indexeddb artifact is not used: these
 * few declarations are all the drafts need.
 */
package io.jupyterkit.externs.indexeddb;
