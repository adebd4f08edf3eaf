// Writes the package's integrity.json: the SHA-384 (as Subresource Integrity strings) of every file the element
// and its worker load on demand, of the kernel archive, and of each Pyodide release the build knows, so that the
// loaders can refuse a file that was changed on its way or on the host. The main bundle, which a page includes
// itself (and can pin with <script integrity>), is the root of trust: the digest of integrity.json is written
// into it, replacing the placeholder its header carries.
//
// node integrity.mjs <package dir> <pyodide package dir>...
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const PLACEHOLDER = '@JUPYTER_KIT_INTEGRITY@';
/** What a Pyodide release downloads to boot, loaders included (which of them a release has varies). */
const RELEASE_FILES = ['pyodide.js', 'pyodide.mjs', 'pyodide.asm.js', 'pyodide.asm.mjs', 'pyodide.asm.wasm',
  'python_stdlib.zip', 'pyodide-lock.json'];
/** Loaded by the page or the worker as code: modules, scripts and the sandbox document. */
const CODE = /\.(m?js|html)$/;
/** The trust root and files nothing loads (a static host's own service worker, the bundler plugin). */
const NOT_LOADED = new Set(['jupyter-kit.js', 'coi-serviceworker.js', 'index.mjs', 'vite.mjs']);

const sri = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const [packageDir, ...pyodideDirs] = process.argv.slice(2);
const files = {};
for (const path of filesUnder(packageDir).sort()) {
  const name = relative(packageDir, path).split(sep).join('/');
  if ((CODE.test(name) || name.endsWith('.zip')) && !NOT_LOADED.has(name)) {
    files[name] = sri(readFileSync(path));
  }
}
const pyodide = {};
for (const dir of pyodideDirs) {
  const { version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const release = {};
  for (const name of RELEASE_FILES) {
    try {
      release[name] = sri(readFileSync(join(dir, name)));
    } catch (missing) {
      if (missing.code !== 'ENOENT') {
        throw missing;
      }
    }
  }
  pyodide[version] = release;
}
const record = JSON.stringify({ files, pyodide }, null, 1) + '\n';
writeFileSync(join(packageDir, 'integrity.json'), record);

const bundlePath = join(packageDir, 'jupyter-kit.js');
const bundle = readFileSync(bundlePath, 'utf8');
if (!bundle.includes(PLACEHOLDER)) {
  throw new Error(`${bundlePath} has no ${PLACEHOLDER} to replace`);
}
writeFileSync(bundlePath, bundle.replace(PLACEHOLDER, sri(record)));
