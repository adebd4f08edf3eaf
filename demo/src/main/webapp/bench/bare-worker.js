// Baseline worker for the benchmark: the same self-hosted Pyodide with no project code at all.
importScripts(new URL('../pyodide/pyodide.js', self.location).href);
const ready = loadPyodide({ indexURL: new URL('../pyodide/', self.location).href });
self.onmessage = async (event) => {
  const pyodide = await ready;
  // Output is collected and sent once at the end: the cheapest a page can show a print loop.
  const lines = [];
  pyodide.setStdout({ batched: (line) => lines.push(line) });
  const result = pyodide.runPython(event.data.code);
  self.postMessage({ id: event.data.id, text: lines.length ? lines.join('\n') : String(result) });
};
