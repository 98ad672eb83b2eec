import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import factory from '@echogarden/espeak-ng-emscripten';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  keptRanges,
  type PackedFile,
  packRanges,
  readFileTable,
} from '../../build/espeak-assets-plugin';
import {
  BUILT_IN_VOICES,
  builtInDictionaries,
  espeakIdentifier,
} from '../../src/engines/synthesis/builtin-voices';
import {
  type Espeak,
  type EspeakFactory,
  startEspeak,
} from '../../src/engines/synthesis/espeak-core';

const PACKAGE = join(import.meta.dirname, '../../node_modules/@echogarden/espeak-ng-emscripten');

describe('cutting espeak-ng data down to the offered voices', () => {
  const file = (filename: string, start: number, end: number): PackedFile => ({
    filename: `/usr/share/espeak-ng-data/${filename}`,
    start,
    end,
  });
  const files = [
    file('af_dict', 0, 10),
    file('en_dict', 10, 30),
    file('phondata', 30, 35),
    file('lang/gmw/en', 35, 36),
    file('ru_dict', 36, 90),
    file('voices/mb/x', 90, 91),
  ];

  it.each([
    [
      ['en'],
      [
        [10, 36],
        [90, 91],
      ],
    ],
    [
      [],
      [
        [30, 36],
        [90, 91],
      ],
    ],
    [
      ['af', 'ru'],
      [
        [0, 10],
        [30, 91],
      ],
    ],
  ] as [string[], [number, number][]][])(
    'keeps %j dictionaries and every other file',
    (dicts, expected) => {
      expect(keptRanges(files, dicts)).toEqual(expected);
    },
  );

  it('refuses a dictionary espeak-ng does not have', () => {
    expect(() => keptRanges(files, ['xx'])).toThrow(/xx_dict/);
  });

  it('packs the kept ranges end to end', () => {
    const data = Uint8Array.from({ length: 10 }, (_, i) => i);
    expect([
      ...packRanges(data, [
        [1, 3],
        [6, 8],
      ]),
    ]).toEqual([1, 2, 6, 7]);
  });

  it('reads the real file table, and the offered voices need about a sixth of it', () => {
    const { files: table, total } = readFileTable(
      readFileSync(join(PACKAGE, 'espeak-ng.js'), 'utf8'),
    );
    expect(table.length).toBeGreaterThan(400);
    expect(table.at(-1)?.end).toBe(total);
    const ranges = keptRanges(table, builtInDictionaries());
    const kept = ranges.reduce((sum, [start, end]) => sum + end - start, 0);
    expect(kept).toBeLessThan(total / 4);
  });

  it('names one dictionary per language of the offered voices', () => {
    expect(builtInDictionaries()).toEqual(
      expect.arrayContaining(['en', 'pl', 'ur', 'cy', 'pa', 'ro']),
    );
  });
});

describe('every offered voice speaks the same from the cut-down data as from the full package', () => {
  let full: Espeak;
  let cut: Espeak;
  beforeAll(async () => {
    const source = readFileSync(join(PACKAGE, 'espeak-ng.js'), 'utf8');
    const data = readFileSync(join(PACKAGE, 'espeak-ng.data'));
    const { files, total } = readFileTable(source);
    const ranges = keptRanges(files, builtInDictionaries());
    const packed = packRanges(data, ranges);
    // As the page does it: each packed range back in its place, the rest zeros.
    const rebuilt = new Uint8Array(total);
    let at = 0;
    for (const [start, end] of ranges) {
      rebuilt.set(packed.subarray(at, at + end - start), start);
      at += end - start;
    }
    const copy = Uint8Array.from(data);
    full = await startEspeak(factory as unknown as EspeakFactory, copy.buffer);
    cut = await startEspeak(factory as unknown as EspeakFactory, rebuilt.buffer);
  }, 60_000);

  it.each(BUILT_IN_VOICES.map((voice) => [voice.name, espeakIdentifier(voice)]))(
    '%s',
    (_name, identifier) => {
      // Scripts a voice does not read switch espeak-ng to another language: Arabic is offered,
      // so it is in the text; Devanagari in the Urdu voice switches to Nepali, which is not.
      const text = 'Hello, school 42. Cześć. مرحبا.';
      const expected = full.synthesize(text, identifier, 175);
      const actual = cut.synthesize(text, identifier, 175);
      expect(actual.samples.length).toBeGreaterThan(10_000);
      expect(actual.samples.length).toBe(expected.samples.length);
      expect(actual.words).toEqual(expected.words);
      expect(Buffer.from(actual.samples.buffer).equals(Buffer.from(expected.samples.buffer))).toBe(
        true,
      );
    },
    // The first voice loads its dictionary twice (about 3 s alone, over 6 s on a busy 2-core machine).
    30_000,
  );

  it('says the rest of the text when a word needs a dictionary that was left out', () => {
    // Cyrillic makes the English voice switch to Russian (8.5 MB, not shipped).
    const result = cut.synthesize('The word Привет is Russian.', 'gmw/en', 175);
    expect(result.words.map((word) => word.offset)).toEqual(expect.arrayContaining([0, 4, 16, 19]));
    expect(result.samples.length).toBeGreaterThan(10_000);
  });
});
