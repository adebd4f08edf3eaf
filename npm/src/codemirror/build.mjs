// Bundles editor.mjs and the CodeMirror packages it imports into one minified ES module, and writes the licence of
// every npm package that ended up in it. Usage: node src/codemirror/build.mjs <vendor dir>
import {build} from 'esbuild';
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const npmDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const vendorDir = resolve(process.argv[2] || join(npmDir, 'target/package/vendor'));
const outfile = join(vendorDir, 'codemirror/codemirror.mjs');

/**
 * The legacy SQL and C-like modes define all their dialects at load time, in calls esbuild must assume have side
 * effects; marking those calls pure lets it drop the dialects nobody imports (about 20 KB).
 */
const dropUnusedDialects = {
  name: 'drop-unused-dialects',
  setup(esbuild) {
    esbuild.onLoad({filter: /legacy-modes[\\/]mode[\\/](sql|clike)\.js$/}, ({path}) => ({
      contents: readFileSync(path, 'utf8').replace(/(?<![\w.]|function )(sql|clike|set|words)\(/g, '/*@__PURE__*/$1('),
      loader: 'js',
    }));
  },
};

const result = await build({
  absWorkingDir: npmDir,
  entryPoints: ['src/codemirror/editor.mjs'],
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  legalComments: 'none',
  metafile: true,
  plugins: [dropUnusedDialects],
  logLevel: 'warning',
  outfile,
});

/** The package a bundled file belongs to: node_modules/<name> or node_modules/@scope/<name>. */
function packageOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) {
    return null;
  }
  return parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3).join('/') : parts[at + 1];
}

const packages = [...new Set(Object.keys(result.metafile.inputs).map(packageOf).filter(Boolean))].sort();
const sections = packages.map((name) => {
  const dir = join(npmDir, 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((file) => /^licen[cs]e/i.test(file));
  if (!licenceFile) {
    throw new Error(`${name} ships no licence file`);
  }
  return `${name} ${manifest.version} (${manifest.license})\n\n${readFileSync(join(dir, licenceFile), 'utf8').trim()}\n`;
});
mkdirSync(join(vendorDir, 'licenses'), {recursive: true});
writeFileSync(join(vendorDir, 'licenses/codemirror.txt'),
    'vendor/codemirror/codemirror.mjs bundles these packages:\n\n' + sections.join('\n' + '-'.repeat(78) + '\n\n'));
