// The Vite plugin: `plugins: [jupyterKit()]` in vite.config. The element loads its worker, kernel, style sheets and
// on-demand modules by URL, relative to one another, from one folder, which a production build would leave behind:
// the plugin emits those files as they are into <assetsDir>/jupyter-kit/ and points the element there. The dev server
// serves the package from node_modules as it is, so there it is only kept out of Vite's dependency pre-bundling,
// which would move index.mjs away from its files.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'jupyter-kit-j2cl';
const FOLDER = 'jupyter-kit';
/** The file the element's folder is found by (Assets.setBundleUrl takes any file in it). */
const ANCHOR = 'jupyter-kit-worker.js';
/** Where index.mjs tells the element its folder, which the built chunk is not. */
const BUNDLE_URL_CALL = 'api.setBundleUrl(import.meta.url)';
const packageDir = fileURLToPath(new URL('.', import.meta.url));
const entry = fileURLToPath(new URL('./index.mjs', import.meta.url));
/**
 * What the page never fetches by URL: the metadata, the types, this plugin, the entry Vite bundles itself, and the
 * service worker, which works only from the site's root (public/), not from the element's folder.
 */
const NOT_FETCHED = new Set(['package.json', 'README.md', 'LICENSE', 'index.d.ts', 'element.d.ts',
  'custom-elements.json', 'vite.mjs', 'vite.d.ts', 'index.mjs', 'jupyter-kit.js', 'coi-serviceworker.js']);

function fetchedFiles(dir, prefix) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => item.isDirectory()
    ? fetchedFiles(`${dir}/${item.name}`, `${prefix}${item.name}/`)
    : NOT_FETCHED.has(prefix + item.name) ? [] : [prefix + item.name]);
}

export default function jupyterKit() {
  let assetsDir = 'assets';
  let anchorRef = null;
  return [
    {
      name: 'jupyter-kit:dependencies',
      config: () => ({ optimizeDeps: { exclude: [PACKAGE] } }),
    },
    {
      name: 'jupyter-kit:assets',
      apply: 'build',
      configResolved(config) {
        assetsDir = config.build.assetsDir;
      },
      buildStart() {
        for (const file of fetchedFiles(packageDir, '')) {
          const ref = this.emitFile({ type: 'asset', fileName: `${assetsDir}/${FOLDER}/${file}`,
            source: readFileSync(`${packageDir}/${file}`) });
          if (file === ANCHOR) {
            anchorRef = ref;
          }
        }
      },
      transform(code, id) {
        if (anchorRef === null || id.split('?')[0] !== entry) {
          return null;
        }
        if (!code.includes(BUNDLE_URL_CALL)) {
          this.error(`${PACKAGE}/vite: index.mjs no longer calls ${BUNDLE_URL_CALL}; this plugin needs updating`);
        }
        // The emitted copy's URL, relative to whichever chunk index.mjs ends up in.
        return code.replace(BUNDLE_URL_CALL, `api.setBundleUrl(import.meta.ROLLUP_FILE_URL_${anchorRef})`);
      },
    },
  ];
}
