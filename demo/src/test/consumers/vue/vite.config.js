import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import jupyterKit from 'jupyter-kit-j2cl/vite';

// base './': the test serves the built app under a path of its own.
export default defineConfig({
  base: './',
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'jupyter-notebook' } } }),
    jupyterKit(),
  ],
});
