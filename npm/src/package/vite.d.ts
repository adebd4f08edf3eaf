// Types of jupyter-kit-j2cl/vite: the Vite plugin that ships the element's files with a production build.

/** A Vite plugin, structurally (the package does not depend on Vite). */
export interface JupyterKitVitePlugin {
  name: string;
  apply?: 'build' | 'serve';
}

/** `plugins: [jupyterKit()]` in vite.config: emits the worker, kernel, style sheets and on-demand modules. */
export default function jupyterKit(): JupyterKitVitePlugin[];
