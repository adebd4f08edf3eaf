/**
 * Browser declarations: what elemental2 1.2.3 refers to but the Closure Compiler bundled with J2CL v20230718 does
 * not declare (without it every bundle that touches elemental2-dom fails to compile), and browser APIs elemental2
 * 1.2.3 lacks but Closure's own externs declare (IntersectionObserver, constructable style sheets, Atomics).
 */
package io.jupyterkit.externs.browser;
