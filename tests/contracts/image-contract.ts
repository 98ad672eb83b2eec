import { describe, expect, it } from 'vitest';
import type { ImageDriver } from './drivers';

/**
 * What every image engine promises: run against the fake in jsdom (which sniffs
 * the bytes exactly as the real one does, but cannot decode) and against the
 * real canvas pipeline in Chromium, on a sample that ships with the app.
 */
export function imageContract(
  name: string,
  driver: () => ImageDriver,
  sampleSize: () => { width: number; height: number },
) {
  describe(`image contract: ${name}`, () => {
    it('prepares a shipped sample: its own size kept as the original, a picture to show and one for OCR', async () => {
      const image = await driver().prepareSample(0);
      expect(image.loadedBytes).toBeGreaterThan(0);
      expect(image.original).toEqual(sampleSize());
      expect(image.width).toBeGreaterThan(0);
      expect(image.height).toBeGreaterThan(0);
      // Shrunk or kept, never enlarged, and the same shape.
      expect(image.width).toBeLessThanOrEqual(sampleSize().width);
      expect(image.width / image.height).toBeCloseTo(sampleSize().width / sampleSize().height, 1);
      expect(image.displayUrlStart).toBe('data:image/');
      expect(image.ocrImageBytes).toBeGreaterThan(0);
    });

    it('turns a page a quarter turn: width and height swap', async () => {
      const upright = await driver().prepareSample(0);
      const turned = await driver().prepareSample(90);
      expect(turned.width).toBe(upright.height);
      expect(turned.height).toBe(upright.width);
      expect(turned.original).toEqual(upright.original);
    });

    it.each([
      ['an empty file', 'empty', 'empty'],
      ['a text file', 'text', 'not-an-image'],
      ['a PDF', 'pdf', 'pdf'],
    ] as const)('refuses %s with the code the UI explains', async (_, kind, code) => {
      expect(await driver().prepareBad(kind)).toEqual({ code });
    });
  });
}
