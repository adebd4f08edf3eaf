/**
 * @fileoverview J2CL's runtime assigns globalThis.$J2CL_PRESERVE$ when goog.DEBUG is on. Undeclared, Closure
 * renames it to a one-letter global (seen as globalThis.g), which would overwrite a page's variable of that name.
 * @externs
 */

/** @param {...*} values */
var $J2CL_PRESERVE$ = function(values) {};
