import { describe, expect, it } from 'vitest';
import {
  ALL_STEPS,
  preparePage,
  type RgbaPixels,
  stepsFor,
} from '../../src/engines/image/preprocess';

/**
 * A page on its side: lines of "words" (dark bars with gaps) running up and
 * down, as a page photographed a quarter turn round, or as a person's upright
 * page looks after they pressed a rotate button once.
 */
function pageWithLinesRunningDown(width = 600, height = 800): RgbaPixels {
  const data = new Uint8ClampedArray(width * height * 4).fill(235);
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (let x0 = 60; x0 + 12 < width - 60; x0 += 32) {
    let y = 60;
    while (y < height - 60) {
      const length = 20 + Math.floor(next() * 50);
      for (let y1 = y; y1 < Math.min(y + length, height - 60); y1 += 1) {
        for (let x = x0; x < x0 + 12; x += 1)
          data.fill(30, (y1 * width + x) * 4, (y1 * width + x) * 4 + 3);
      }
      y += length + 10;
    }
  }
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { width, height, data };
}

describe('a quarter turn the person chose stands', () => {
  const page = pageWithLinesRunningDown();

  it('left to itself, the pipeline turns a page whose lines run up and down', () => {
    expect(stepsFor(false)).toEqual(ALL_STEPS);
    expect(preparePage(page, stepsFor(false)).found.quarterTurn).toBe(90);
  });

  it('turned by hand, the page is not turned again (a small tilt may still be straightened)', () => {
    const prepared = preparePage(page, stepsFor(true));
    expect(prepared.found.quarterTurn).toBe(0);
    expect(Math.abs(prepared.geometry.degrees)).toBeLessThanOrEqual(13);
    // Still taller than wide: the person's picture, not one turned on its side.
    expect(prepared.grey.height).toBeGreaterThan(prepared.grey.width);
  });
});
