import { describe, expect, it } from 'vitest';
import { type Background, paperMask } from '../../src/engines/image/page-analysis';

const GW = 30;
const GH = 20;
const DESK = 112;

/**
 * A background grid as greyAndBackground makes it: paper on a desk, the paper's
 * light fading gently from left to right, and below it the edge of a page
 * tilted a little and blurred, which crosses a row of cells and steps down
 * gently along it (254, 229, 206… as in the held-out blurred photos).
 */
function pageOnDesk(): Background {
  const closed = new Float32Array(GW * GH).fill(DESK);
  for (let y = 2; y < 17; y += 1) {
    for (let x = 2; x < 28; x += 1) closed[y * GW + x] = 254 * 0.985 ** (x - 2);
  }
  for (let x = 2; x < 28; x += 1) closed[17 * GW + x] = Math.max(DESK + 8, 254 * 0.9 ** (x - 1));
  return { cell: 20, gw: GW, gh: GH, grid: closed, closed };
}

describe('where the paper is', () => {
  const mask = paperMask(pageOnDesk());
  const at = (x: number, y: number) => mask[y * GW + x];

  it('keeps the paper, its dim side too (light fading across a page is not an edge)', () => {
    expect(at(5, 8)).toBe(1);
    expect(at(24, 8)).toBe(1);
  });

  it('does not walk along a tilted, blurred edge into the desk', () => {
    for (const [x, y] of [
      [0, 0],
      [29, 19],
      [15, 19],
      [0, 10],
    ] as const)
      expect(at(x, y)).toBe(0);
    const paper = mask.reduce((sum, v) => sum + v, 0);
    expect(paper).toBeLessThan(26 * 15);
  });
});
