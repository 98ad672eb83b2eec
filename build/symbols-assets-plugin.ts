import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import { CELL_PICTURE_PX, usedHexcodes } from '../src/features/symbols/vocabulary';

const VIRTUAL_ID = 'virtual:symbol-search';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const OUT_DIR = 'symbols';

/**
 * OpenMoji groups offered to "Find a symbol" beside the board's own symbols:
 * the everyday things, food, feelings and activities of a school day. The
 * whole set is 4,495 files and 67 MB; with the board's own these are 707 and
 * 1.9 MB (0.57 MB gzipped), precached with the app shell so the board works offline.
 */
export const SEARCH_GROUPS = ['smileys-emotion', 'food-drink', 'activities', 'objects'] as const;

interface OpenMojiEntry {
  hexcode: string;
  group: string;
  annotation: string;
  tags: string;
  openmoji_tags: string;
  skintone: string;
}

export interface SearchableSymbol {
  hex: string;
  name: string;
  tags: string;
}

/** The symbols to ship: every one the board uses (missing ones stop the build) and the search groups. */
export function shippedSymbols(
  entries: readonly OpenMojiEntry[],
  used: readonly string[],
  groups: readonly string[] = SEARCH_GROUPS,
): SearchableSymbol[] {
  const byHex = new Map(entries.map((entry) => [entry.hexcode, entry]));
  const missing = used.filter((hex) => !byHex.has(hex));
  if (missing.length) {
    throw new Error(
      `OpenMoji has no symbol ${missing.join(', ')} (src/features/symbols/vocabulary.ts).`,
    );
  }
  const wanted = new Set(used);
  // Skin-tone variants would crowd the search with near-identical results.
  for (const entry of entries) {
    if (groups.includes(entry.group) && !entry.skintone) wanted.add(entry.hexcode);
  }
  return [...wanted].sort().map((hex) => {
    const entry = byHex.get(hex) as OpenMojiEntry;
    const tags = [entry.tags, entry.openmoji_tags].filter(Boolean).join(', ');
    return { hex, name: entry.annotation, tags };
  });
}

/**
 * An OpenMoji SVG drawn as a PNG `width` pixels across (resvg): the board's
 * cells show these, since a page switch paints 64 of them and a bitmap paints
 * far faster than an SVG drawing (see cellPictureUrl).
 */
export function drawSymbol(svg: Buffer | string, width = CELL_PICTURE_PX): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width } }).render().asPng();
}

/**
 * Self-hosts the symbol board's OpenMoji symbols (CC BY-SA 4.0): only the
 * shipped set is emitted as `symbols/<HEX>.svg` (and served by the dev
 * server), the board's own symbols also drawn as `symbols/<HEX>.png` for its
 * cells, with the licence credit beside them, and `virtual:symbol-search`
 * gives "Find a symbol" its names and tags, loaded only when searched.
 */
export function symbolsAssetsPlugin(): Plugin {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('openmoji/package.json'));
  const svgPath = (hex: string) => join(packageDir, 'color', 'svg', `${hex}.svg`);
  let shipped: SearchableSymbol[] | null = null;
  const symbols = () => {
    shipped ??= shippedSymbols(
      JSON.parse(readFileSync(join(packageDir, 'data', 'openmoji.json'), 'utf8')),
      usedHexcodes(),
    );
    return shipped;
  };
  const version = () =>
    (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string })
      .version;
  const credit = () =>
    `Symbols: OpenMoji ${version()} (https://openmoji.org), the open-source emoji and icon project.\n` +
    'License: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).\n' +
    "Only the symbols this app uses are included, unchanged; the board's own are also drawn as PNGs.\n";

  return {
    name: 'at-sandbox-symbols-assets',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export default ${JSON.stringify(symbols())};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = req.url?.match(/\/symbols\/([0-9A-F-]+)\.(svg|png)$/);
        const hex = match?.[1];
        if (!hex || !symbols().some((symbol) => symbol.hex === hex)) return next();
        if (match?.[2] === 'png') {
          if (!usedHexcodes().includes(hex)) return next();
          res.setHeader('Content-Type', 'image/png');
          res.end(drawSymbol(readFileSync(svgPath(hex))));
          return;
        }
        res.setHeader('Content-Type', 'image/svg+xml');
        res.end(readFileSync(svgPath(hex)));
      });
    },
    generateBundle() {
      for (const { hex } of symbols()) {
        this.emitFile({
          type: 'asset',
          fileName: `${OUT_DIR}/${hex}.svg`,
          source: readFileSync(svgPath(hex)),
        });
      }
      for (const hex of usedHexcodes()) {
        this.emitFile({
          type: 'asset',
          fileName: `${OUT_DIR}/${hex}.png`,
          source: drawSymbol(readFileSync(svgPath(hex))),
        });
      }
      this.emitFile({ type: 'asset', fileName: `${OUT_DIR}/CREDITS.txt`, source: credit() });
    },
  };
}
