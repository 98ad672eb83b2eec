import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { builtInDictionaries } from '../src/engines/synthesis/builtin-voices';

const VIRTUAL_ID = 'virtual:espeak-data';
const OUT_DIR = 'espeak';

/** A byte range of espeak-ng's data package: one file of its virtual file system. */
export interface PackedFile {
  filename: string;
  start: number;
  end: number;
}

/** The file table Emscripten's file packager wrote into espeak-ng.js: `loadPackage({files:[…],remote_package_size:N})`. */
export function readFileTable(moduleSource: string): { files: PackedFile[]; total: number } {
  const table = moduleSource.match(/loadPackage\(\{files:\[(.*?)\],remote_package_size:(\d+)\}\)/s);
  if (!table?.[1] || !table[2]) throw new Error('espeak-ng.js: no file table found.');
  const files = [...table[1].matchAll(/\{filename:"([^"]+)",start:(\d+),end:(\d+)\}/g)].map(
    (m) => ({ filename: m[1] as string, start: Number(m[2]), end: Number(m[3]) }),
  );
  if (files.length !== table[1].split('},{').length) {
    throw new Error('espeak-ng.js: the file table has entries this plugin does not understand.');
  }
  return { files, total: Number(table[2]) };
}

/**
 * The files to ship: everything but the pronunciation dictionaries
 * (`<lang>_dict`, 97% of the 24 MB), plus the dictionaries of the given
 * languages. Ranges are merged where they touch.
 */
export function keptRanges(files: readonly PackedFile[], dictionaries: readonly string[]) {
  const wanted = new Set(dictionaries.map((lang) => `${lang}_dict`));
  const kept = files.filter((file) => {
    const name = file.filename.split('/').pop() ?? '';
    return !name.endsWith('_dict') || wanted.has(name);
  });
  const missing = [...wanted].filter(
    (name) => !files.some((file) => file.filename.endsWith(`/${name}`)),
  );
  if (missing.length) throw new Error(`espeak-ng has no ${missing.join(', ')}.`);
  const ranges: [number, number][] = [];
  for (const file of [...kept].sort((a, b) => a.start - b.start)) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === file.start) last[1] = file.end;
    else ranges.push([file.start, file.end]);
  }
  return ranges;
}

/** The kept ranges of the data package, end to end. */
export function packRanges(data: Uint8Array, ranges: readonly [number, number][]): Uint8Array {
  const size = ranges.reduce((sum, [start, end]) => sum + end - start, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const [start, end] of ranges) {
    out.set(data.subarray(start, end), at);
    at += end - start;
  }
  return out;
}

/**
 * The built-in voice's data, cut down to the voices the app offers: the
 * package's 24 MB holds dictionaries for 140 voices (Russian alone is 8.5 MB).
 * Emits `espeak/voices-<hash>.data` with only the kept byte ranges, and a
 * virtual module telling the page where they go, so it can rebuild the
 * package's layout (with the left-out dictionaries as zeros) before handing it
 * to espeak-ng. Served by the dev server too. Nothing is fetched from
 * anywhere but the app's own origin.
 */
export function espeakAssetsPlugin(
  options: { dictionaries: readonly string[] } = { dictionaries: builtInDictionaries() },
): Plugin {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@echogarden/espeak-ng-emscripten/package.json'));
  let packed: {
    bytes: Uint8Array;
    ranges: [number, number][];
    total: number;
    name: string;
  } | null = null;
  const pack = () => {
    if (packed) return packed;
    const { files, total } = readFileTable(readFileSync(join(packageDir, 'espeak-ng.js'), 'utf8'));
    const data = readFileSync(join(packageDir, 'espeak-ng.data'));
    if (data.length !== total) throw new Error('espeak-ng.data does not match espeak-ng.js.');
    const ranges = keptRanges(files, options.dictionaries);
    const bytes = packRanges(data, ranges);
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    packed = { bytes, ranges, total, name: `${OUT_DIR}/voices-${hash}.data` };
    return packed;
  };
  let serving = false;
  return {
    name: 'at-sandbox-espeak-assets',
    configureServer(server) {
      serving = true;
      server.middlewares.use((req, res, next) => {
        const { bytes, name } = pack();
        if (!req.url?.endsWith(`/${name}`)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.setHeader('Content-Length', String(bytes.length));
        res.end(Buffer.from(bytes));
      });
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined;
    },
    load(id) {
      if (id !== `\0${VIRTUAL_ID}`) return undefined;
      const { bytes, ranges, total, name } = pack();
      if (!serving) this.emitFile({ type: 'asset', fileName: name, source: bytes });
      return [
        `export const path = ${JSON.stringify(name)};`,
        `export const ranges = ${JSON.stringify(ranges)};`,
        `export const totalBytes = ${total};`,
        `export const packedBytes = ${bytes.length};`,
      ].join('\n');
    },
  };
}
