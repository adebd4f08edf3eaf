import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import jupyterKit from 'jupyter-kit-j2cl/vite';

// base './': the test serves the built app under a path of its own.
export default defineConfig({
  base: './',
  plugins: [react(), jupyterKit()],
});
