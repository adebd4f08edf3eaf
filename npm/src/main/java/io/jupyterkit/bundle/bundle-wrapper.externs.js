/**
 * @fileoverview What the bundle's wrapper (npm/src/wrapper/bundle-header.js) defines around the compiled code.
 * @externs
 */

/** The package's version, written by the build. @const {string} */
var jupyterKitVersion;

/** The SHA-384 of the package's integrity.json, written by the build. @const {string} */
var jupyterKitIntegrity;
