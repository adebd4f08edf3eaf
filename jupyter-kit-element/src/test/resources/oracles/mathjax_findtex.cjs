// Test-time oracle: MathJax's own FindTeX (mathjax-full's js/ folder, passed as the first argument) with the
// options JupyterLab gives it, over a JSON list of rendered texts read from stdin. For each text it writes its
// pieces in order: ["t", text] for plain text (escapes such as \$ become their character) and ["m", tex, display].
const { readFileSync } = require('node:fs');
const path = require('node:path');

const { FindTeX } = require(path.join(process.argv[2], 'input/tex/FindTeX.js'));
const finder = new FindTeX({
  inlineMath: [['$', '$'], ['\\(', '\\)']],
  displayMath: [['$$', '$$'], ['\\[', '\\]']],
  processEscapes: true,
  processEnvironments: true,
});
const results = JSON.parse(readFileSync(0, 'utf8')).map((text) => {
  const pieces = [];
  const plain = (value) => {
    if (!value) return;
    const last = pieces[pieces.length - 1];
    if (last && last[0] === 't') last[1] += value; else pieces.push(['t', value]);
  };
  let at = 0;
  for (const item of finder.findMath([text])) {
    plain(text.substring(at, item.start.n));
    if (item.display === undefined || item.display === null) {
      plain(item.math);
    } else {
      pieces.push(['m', item.math, item.display]);
    }
    at = item.end.n;
  }
  plain(text.substring(at));
  if (pieces.length === 0) pieces.push(['t', '']);
  return pieces;
});
process.stdout.write(JSON.stringify(results));
