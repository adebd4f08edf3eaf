// Test-time oracle: JupyterLab's own removeMath/replaceMath (from @jupyterlab/rendermime's lib/latex.js, passed
// as the first argument) over a JSON list of markdown sources read from stdin. For each source it writes the text
// with placeholders, the math with JupyterLab's HTML escapes undone, and replaceMath's result over that math.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// latex.js asks navigator for Internet Explorer; Node 20 has no navigator.
globalThis.navigator ??= { appName: 'Netscape' };
const { removeMath, replaceMath } = await import(pathToFileURL(process.argv[2]).href);
const unescape = (html) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const results = JSON.parse(readFileSync(0, 'utf8')).map((source) => {
  const removed = removeMath(source);
  const math = removed.math.map(unescape);
  return { text: removed.text, math, restored: replaceMath(removed.text, math) };
});
process.stdout.write(JSON.stringify(results));
