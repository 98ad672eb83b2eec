import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { vendoredAssetsPlugin } from './vendored-assets';

const require = createRequire(import.meta.url);

/**
 * Folder (under the app's base) the OCR engine loads from, named by the
 * library versions: the service worker caches these files CacheFirst, so an
 * upgrade must change their URLs or an old worker would meet a new core.
 * The app learns it through `import.meta.env.VITE_OCR_ASSETS`.
 */
export function ocrAssetDir(): string {
  const version = (name: string) =>
    (
      JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as {
        version: string;
      }
    ).version;
  return `ocr/${version('tesseract.js')}-${version('tesseract.js-core')}-${version('@tesseract.js-data/eng')}`;
}

/**
 * Every file tesseract.js needs, from node_modules, by the path the app asks
 * for. Served in dev and emitted by the build; never committed. Only the
 * LSTM cores: the app never loads the legacy engine. The language data is
 * the 4.0.0_best_int model (2.95 MB, LSTM only), not the package index's
 * default 10.9 MB legacy model.
 */
export function ocrAssets(): Record<string, string> {
  const tesseractDir = dirname(require.resolve('tesseract.js/package.json'));
  const coreDir = dirname(require.resolve('tesseract.js-core/package.json'));
  const langDir = dirname(require.resolve('@tesseract.js-data/eng/package.json'));
  const assets: Record<string, string> = {
    'worker.min.js': join(tesseractDir, 'dist', 'worker.min.js'),
    'lang/eng.traineddata.gz': join(langDir, '4.0.0_best_int', 'eng.traineddata.gz'),
  };
  for (const variant of ['', '-simd', '-relaxedsimd']) {
    const name = `tesseract-core${variant}-lstm.wasm.js`;
    assets[`core/${name}`] = join(coreDir, name);
  }
  return assets;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.gz': 'application/octet-stream',
};

export function ocrAssetsPlugin(): Plugin {
  return vendoredAssetsPlugin({
    name: 'at-sandbox-ocr-assets',
    envKey: 'VITE_OCR_ASSETS',
    dir: ocrAssetDir(),
    assets: ocrAssets(),
    types: TYPES,
  });
}
