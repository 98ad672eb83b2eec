import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { vendoredAssetsPlugin } from './vendored-assets';

const require = createRequire(import.meta.url);

/**
 * pdf.js's worker, its WebAssembly image decoders and its standard fonts,
 * served from the app's own origin (the CSP allows workers from 'self' only,
 * and nothing may be fetched from elsewhere). The folder is named by the
 * version, so the service worker's CacheFirst copy changes with an upgrade.
 * The app learns it through `import.meta.env.VITE_PDF_ASSETS`.
 */
export function pdfAssetDir(): string {
  const pkg = JSON.parse(readFileSync(require.resolve('pdfjs-dist/package.json'), 'utf8')) as {
    version: string;
  };
  return `pdf/${pkg.version}`;
}

/** Every file pdf.js may ask for, by the path under the folder. */
export function pdfAssets(): Record<string, string> {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const assets: Record<string, string> = {
    'pdf.worker.min.mjs': join(root, 'build', 'pdf.worker.min.mjs'),
  };
  for (const folder of ['wasm', 'standard_fonts']) {
    for (const name of readdirSync(join(root, folder))) {
      if (!name.startsWith('LICENSE')) assets[`${folder}/${name}`] = join(root, folder, name);
    }
  }
  return assets;
}

const TYPES: Record<string, string> = {
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function pdfAssetsPlugin(): Plugin {
  return vendoredAssetsPlugin({
    name: 'at-sandbox-pdf-assets',
    envKey: 'VITE_PDF_ASSETS',
    dir: pdfAssetDir(),
    assets: pdfAssets(),
    types: TYPES,
  });
}
