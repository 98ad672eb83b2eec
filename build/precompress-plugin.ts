import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { filesUnder } from './files';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|data)$/;
const MIN_BYTES = 1024;

/**
 * True for `x.gz` written beside `x` by this plugin (not assets that are .gz
 * themselves, such as the OCR language data), whatever order plugins run in.
 */
export function isPrecompressedTwin(file: string): boolean {
  return file.endsWith('.gz') && existsSync(file.slice(0, -3));
}

/**
 * Writes a gzip twin beside every text asset of the build (`app.js` →
 * `app.js.gz`), so `npm start` and servers such as nginx's gzip_static or
 * Netlify send about a third of the bytes without compressing on each request.
 */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'at-sandbox-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      for (const file of filesUnder(outDir).map((name) => join(outDir, name))) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < MIN_BYTES) continue;
        const source = readFileSync(file);
        const zipped = gzipSync(source, { level: constants.Z_BEST_COMPRESSION });
        if (zipped.length < source.length * 0.9) writeFileSync(`${file}.gz`, zipped);
      }
    },
  };
}
