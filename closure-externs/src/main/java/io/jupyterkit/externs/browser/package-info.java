/**
 * Browser declarations that elemental2 1.2.3 refers to but the Closure Compiler bundled with J2CL v20230718 does
 * not declare; without them every bundle that touches elemental2-dom fails to compile.
 */
package io.jupyterkit.externs.browser;
