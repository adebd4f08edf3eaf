import { useMemo } from 'react';
import { createPyodideExecutor } from 'jupyter-kit-j2cl';
import notebook from '../../notebook.json';

// Pyodide from the demo server (same origin), as a site hosting its own copy would point at it.
export default function App() {
  const executor = useMemo(() => createPyodideExecutor({ src: '/pyodide/pyodide.js' }), []);
  return (
    <main>
      <h1>React build</h1>
      <jupyter-notebook trusted id="nb" executor={executor} ipynb={notebook}></jupyter-notebook>
    </main>
  );
}
