import { describe, expect, it } from 'vitest';
import { eraseRules, type GreyPixels, greyToPgm } from '../../src/engines/image/preprocess';

const page = (width: number, height: number): GreyPixels => ({
  width,
  height,
  data: new Uint8Array(width * height).fill(255),
});

describe('greyToPgm', () => {
  it('is a P5 header followed by the grey bytes unchanged', () => {
    const grey = { width: 3, height: 2, data: Uint8Array.from([0, 10, 20, 30, 40, 255]) };
    const pgm = greyToPgm(grey);
    const header = 'P5\n3 2\n255\n';
    expect(new TextDecoder().decode(pgm.subarray(0, header.length))).toBe(header);
    expect([...pgm.subarray(header.length)]).toEqual([0, 10, 20, 30, 40, 255]);
  });
});

describe('eraseRules', () => {
  it('whitens long runs across and down with their blurred edges, and leaves short ink alone', () => {
    const p = page(40, 30);
    const at = (x: number, y: number) => y * p.width + x;
    for (let x = 2; x < 38; x += 1) p.data[at(x, 10)] = 0; // a rule across
    for (let x = 2; x < 38; x += 1) p.data[at(x, 11)] = 200; // its lighter blurred edge
    for (let y = 2; y < 28; y += 1) p.data[at(30, y)] = 0; // a rule down
    for (let y = 2; y < 28; y += 1) p.data[at(29, y)] = 210; // its blurred edge
    for (let x = 5; x < 9; x += 1) p.data[at(x, 20)] = 0; // a letter's stroke, shorter than a rule
    p.data[at(5, 21)] = 100;
    eraseRules(p, 12);
    expect(p.data[at(20, 10)]).toBe(255);
    expect(p.data[at(20, 11)]).toBe(255);
    expect(p.data[at(30, 20)]).toBe(255);
    expect(p.data[at(29, 20)]).toBe(255);
    expect([...[5, 6, 7, 8].map((x) => p.data[at(x, 20)]), p.data[at(5, 21)]]).toEqual([
      0, 0, 0, 0, 100,
    ]);
  });

  it('keeps a paler pixel beside a rule that is not its blur (220 and lighter is paper)', () => {
    const p = page(30, 5);
    for (let x = 0; x < 30; x += 1) p.data[2 * 30 + x] = 0;
    p.data[1 * 30 + 4] = 230;
    eraseRules(p, 10);
    expect(p.data[1 * 30 + 4]).toBe(230);
    expect(p.data[2 * 30 + 4]).toBe(255);
  });

  it('finds rules that run to the right and bottom edges of the page, and not short ink there', () => {
    const p = page(20, 16);
    const at = (x: number, y: number) => y * p.width + x;
    for (let y = 3; y < 16; y += 1) p.data[at(7, y)] = 0; // down to the bottom edge
    for (let x = 9; x < 20; x += 1) p.data[at(x, 4)] = 0; // across to the right edge
    for (let x = 16; x < 20; x += 1) p.data[at(x, 10)] = 0; // short, at the right edge
    for (let y = 12; y < 16; y += 1) p.data[at(2, y)] = 0; // short, at the bottom edge
    eraseRules(p, 10);
    expect([3, 9, 15].map((y) => p.data[at(7, y)])).toEqual([255, 255, 255]);
    expect([9, 14, 19].map((x) => p.data[at(x, 4)])).toEqual([255, 255, 255]);
    expect([16, 19].map((x) => p.data[at(x, 10)])).toEqual([0, 0]);
    expect([12, 15].map((y) => p.data[at(2, y)])).toEqual([0, 0]);
  });

  it('takes a rule tilted by a step of one pixel as one rule, though each row holds only half of it', () => {
    const p = page(60, 20);
    const at = (x: number, y: number) => y * p.width + x;
    for (let x = 5; x < 30; x += 1) p.data[at(x, 8)] = 0;
    for (let x = 30; x < 55; x += 1) p.data[at(x, 9)] = 0;
    eraseRules(p, 40);
    expect([5, 29, 30, 54].map((x) => p.data[at(x, x < 30 ? 8 : 9)])).toEqual([255, 255, 255, 255]);
  });

  it('leaves a line of blurred text whose letters run together along a row: it has ink above and below', () => {
    const p = page(80, 30);
    const at = (x: number, y: number) => y * p.width + x;
    // Letters 12 pixels tall, touching along their baseline (row 20) for 60 pixels.
    for (let x = 10; x < 70; x += 1) p.data[at(x, 20)] = 0;
    for (let x = 10; x < 70; x += 1) {
      if (x % 6 < 4) for (let y = 9; y < 20; y += 1) p.data[at(x, y)] = 0;
    }
    eraseRules(p, 30);
    expect([10, 40, 69].map((x) => p.data[at(x, 20)])).toEqual([0, 0, 0]);
  });
});
