import { describe, expect, it } from 'vitest';
import { isSteady, pageOutline } from '../../src/engines/camera/page-outline';

/** A small camera frame: a desk of `desk` grey, a page of `paper` grey with lines of text. */
function frame(
  box: { left: number; top: number; right: number; bottom: number } | null,
  { desk = 70, paper = 225, width = 240, height = 180 } = {},
) {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const onPage =
        box !== null &&
        x >= box.left * width &&
        x < box.right * width &&
        y >= box.top * height &&
        y < box.bottom * height;
      // Lines of "text" every 8 rows on the page.
      const ink = onPage && y % 8 < 2 && x % 5 !== 0;
      const v = onPage ? (ink ? 40 : paper) : desk + ((x * 7 + y * 3) % 11);
      const i = (y * width + x) * 4;
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  }
  return { width, height, data };
}

describe('the page outline on the camera view', () => {
  it('finds a page held in the middle of the frame', () => {
    const outline = pageOutline(frame({ left: 0.2, top: 0.15, right: 0.8, bottom: 0.9 }));
    expect(outline).not.toBeNull();
    expect(outline!.left).toBeCloseTo(0.2, 1);
    expect(outline!.top).toBeCloseTo(0.15, 1);
    expect(outline!.left + outline!.width).toBeCloseTo(0.8, 1);
    expect(outline!.top + outline!.height).toBeCloseTo(0.9, 1);
  });

  it('finds nothing in a frame with no page, or a page too far away to read', () => {
    expect(pageOutline(frame(null))).toBeNull();
    expect(pageOutline(frame({ left: 0.45, top: 0.45, right: 0.55, bottom: 0.55 }))).toBeNull();
  });

  it('calls the same page held still steady, and a moving one not', () => {
    const a = pageOutline(frame({ left: 0.2, top: 0.15, right: 0.8, bottom: 0.9 }));
    const b = pageOutline(frame({ left: 0.21, top: 0.15, right: 0.8, bottom: 0.9 }));
    const moved = pageOutline(frame({ left: 0.05, top: 0.3, right: 0.6, bottom: 0.95 }));
    expect(isSteady(a, b)).toBe(true);
    expect(isSteady(a, moved)).toBe(false);
    expect(isSteady(a, null)).toBe(false);
  });
});
