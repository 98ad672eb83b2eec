import { describe, expect, it } from 'vitest';
import { GRAINY, median3, relativeGrain } from '../../src/engines/image/denoise';
import type { GreyPixels } from '../../src/engines/image/preprocess';

function paper(level: number, grain: number, width = 200, height = 150): GreyPixels {
  let seed = 11;
  const data = new Uint8Array(width * height);
  for (let i = 0; i < data.length; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    data[i] = Math.max(0, Math.min(255, Math.round(level + (seed / 2147483648 - 0.5) * 2 * grain)));
  }
  return { width, height, data };
}

describe('grain on dim photos', () => {
  it('flat paper has no grain; bright paper with some grain stays under the line', () => {
    expect(relativeGrain(paper(230, 0))).toBe(0);
    expect(relativeGrain(paper(210, 20))).toBeLessThan(GRAINY);
  });

  it('dim paper with the same grain is over the line (flattening would multiply it)', () => {
    expect(relativeGrain(paper(90, 40))).toBeGreaterThanOrEqual(GRAINY);
  });

  it('the median takes lone specks out and keeps a stroke three pixels wide', () => {
    const width = 20;
    const height = 20;
    const data = new Uint8Array(width * height).fill(200);
    data[5 * width + 5] = 0; // a speck
    for (let y = 8; y < 18; y += 1) for (let x = 10; x < 13; x += 1) data[y * width + x] = 20;
    const out = median3({ width, height, data }).data;
    expect(out[5 * width + 5]).toBe(200);
    expect(out[12 * width + 11]).toBe(20);
    expect(out[12 * width + 10]).toBe(20);
  });
});
