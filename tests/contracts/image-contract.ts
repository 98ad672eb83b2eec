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
      // Shrunk, or cropped to the page, or kept: never enlarged.
      const longest = Math.max(sampleSize().width, sampleSize().height);
      expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(longest);
      expect(image.displayUrlStart).toBe('data:image/');
      expect(image.ocrImageBytes).toBeGreaterThan(0);
    });

    // What a quarter turn does to the prepared size is not part of the contract yet: the fake
    // swaps width and height, while the real pipeline finds the page's own orientation and
    // turns a sideways page back upright (the image engine is being reworked around that).
    it('prepares a page turned a quarter turn, keeping the original as the file had it', async () => {
      const turned = await driver().prepareSample(90);
      expect(turned.original).toEqual(sampleSize());
      expect(turned.width).toBeGreaterThan(0);
      expect(turned.height).toBeGreaterThan(0);
      expect(turned.ocrImageBytes).toBeGreaterThan(0);
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
