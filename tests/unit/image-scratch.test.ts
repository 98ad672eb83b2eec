import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, ROOT, shrinkToOcrSize } from '../../bench/corpus/read-corpus';
import { backgroundOfGrey, greyAndBackground } from '../../src/engines/image/page-analysis';
import { eraseRules, greyToRgba, preparePage } from '../../src/engines/image/preprocess';
import { Scratch } from '../../src/engines/image/scratch';

const picture = (...path: string[]) => shrinkToOcrSize(decode(readFileSync(join(ROOT, ...path))));

// Three real pictures of different sizes and kinds: a dim, grainy photo (the median's path), a
// phone photo and a clean scan, so a later one is prepared in arrays a larger one left behind.
const DIM = ['tests', 'fixtures', 'ocr-corpus', 'dim-noisy-2-water-schoolbook.jpg'];
const PHONE = ['public', 'samples', 'phone-photo.jpg'];
const CLEAN = ['public', 'samples', 'clean-worksheet.png'];

describe('the pipeline kept arrays (scratch.ts)', () => {
  it('prepares each page exactly as with new arrays, whatever the page before left in them', () => {
    const shared = new Scratch();
    for (const path of [DIM, PHONE, CLEAN, DIM]) {
      const pixels = picture(...path);
      const kept = preparePage(pixels, undefined, shared);
      const fresh = preparePage(pixels, undefined, new Scratch());
      expect(kept.geometry).toEqual(fresh.geometry);
      expect(kept.found).toEqual(fresh.found);
      expect(Buffer.from(kept.grey.data).equals(Buffer.from(fresh.grey.data))).toBe(true);
    }
    expect(shared.size).toBeGreaterThan(0);
    shared.clear();
    expect(shared.size).toBe(0);
  });

  it('never hands out a kept array: the prepared page is the pipeline’s own', () => {
    const shared = new Scratch();
    const first = preparePage(picture(...PHONE), undefined, shared);
    const copy = Uint8Array.from(first.grey.data);
    preparePage(picture(...CLEAN), undefined, shared);
    expect(Buffer.from(first.grey.data).equals(Buffer.from(copy))).toBe(true);
  });

  it('hands out the length asked for, growing when a larger page comes', () => {
    const scratch = new Scratch();
    expect(scratch.bytes('a', 10)).toHaveLength(10);
    expect(scratch.bytes('a', 6)).toHaveLength(6);
    expect(scratch.bytes('a', 20)).toHaveLength(20);
    expect(scratch.size).toBe(20);
  });

  it('erases the same rules with a shared scratch as with its own', () => {
    const width = 60;
    const height = 40;
    const ruled = () => {
      const data = new Uint8Array(width * height).fill(255);
      for (let x = 3; x < 57; x += 1) data[12 * width + x] = 0;
      for (let y = 2; y < 38; y += 1) data[y * width + 40] = 10;
      return { width, height, data };
    };
    const shared = new Scratch();
    const a = ruled();
    eraseRules(a, 20, 1, shared);
    const b = ruled();
    eraseRules(b, 20, 1, shared);
    const c = ruled();
    eraseRules(c, 20);
    expect([...a.data]).toEqual([...c.data]);
    expect([...b.data]).toEqual([...c.data]);
    expect(a.data[12 * width + 30]).toBe(255);
  });
});

describe('backgroundOfGrey', () => {
  it('is the grid greyAndBackground finds on the same page drawn as RGBA', () => {
    const { grey } = greyAndBackground(picture(...DIM));
    const fromRgba = greyAndBackground(greyToRgba(grey)).background;
    const fromGrey = backgroundOfGrey(grey);
    expect(fromGrey.cell).toBe(fromRgba.cell);
    expect([...fromGrey.grid]).toEqual([...fromRgba.grid]);
    expect([...fromGrey.closed]).toEqual([...fromRgba.closed]);
  });
});
