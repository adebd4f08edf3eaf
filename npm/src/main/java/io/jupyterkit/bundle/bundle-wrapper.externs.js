/**
 * @fileoverview What the bundle's wrapper (npm/src/wrapper/bundle-header.js) defines around the compiled code.
 * @externs
 */

/** The package's version, written by the build. @const {string} */
var jupyterKitVersion;
