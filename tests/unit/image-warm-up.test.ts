import { describe, expect, it } from 'vitest';
import { warmUpPage } from '../../src/engines/image/prepare-page';
import { preparePage, TARGET_LINE } from '../../src/engines/image/preprocess';

describe('the made-up page the prepare worker warms up on', () => {
  // Warming up only helps the steps that have work to do on it: a page the pipeline found no
  // paper or no lines on would leave the crop, the line measure and the scaling cold.
  it('gives every step work: the paper is cropped from the desk, and its lines measured at the target size', () => {
    const page = warmUpPage();
    const { geometry, found } = preparePage(page);
    expect(geometry.width).toBeLessThan(page.width * 0.9);
    expect(geometry.height).toBeLessThan(page.height * 0.95);
    expect(found.lineHeight).toBeCloseTo(TARGET_LINE, 0);
    expect(geometry.scale).toBeCloseTo(1, 1);
    expect(found.quarterTurn).toBe(0);
  });

  // The worker runs the pipeline on one made-up page several times.
  it('is only read by the pipeline, never written, so one page serves every warm-up run', () => {
    const page = warmUpPage();
    const before = Uint8ClampedArray.from(page.data);
    preparePage(page);
    let changed = 0; // counted, not compared element by element: 3.4 million bytes
    for (let i = 0; i < before.length; i += 1) if (page.data[i] !== before[i]) changed += 1;
    expect(changed).toBe(0);
  });
});
