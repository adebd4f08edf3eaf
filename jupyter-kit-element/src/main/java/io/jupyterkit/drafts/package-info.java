/**
 * Drafts: what the element keeps of a notebook's edits between visits, as plain Java (no DOM, no storage). Which
 * notebook is shown (the original or the restored draft), what the bar above it says and offers, and the
 * fingerprint that tells a draft's original from a changed one. The element's shells store the drafts in IndexedDB.
 */
package io.jupyterkit.drafts;
