/** What the element needs of something that runs code: the {@link io.jupyterkit.kernel.Executor} contract. */
package io.jupyterkit.kernel;
