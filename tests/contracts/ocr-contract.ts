import { describe, expect, it } from 'vitest';
import type { OcrDriver } from './drivers';

/** Lower-case letters and digits only: how two readings of one word are compared. */
const norm = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** The words of a text worth checking: five letters or more, so OCR's usual slips on short words do not decide. */
const longWords = (text: string) =>
  [...new Set(text.split(/\s+/u).map(norm))].filter((w) => w.length >= 5);

/**
 * What every OCR engine promises, whatever reads the page: run against the fake
 * in jsdom and against tesseract.js in real Chromium, on a page whose text is known.
 */
export function ocrContract(
  name: string,
  driver: () => OcrDriver,
  knownText: () => string,
  timeout = 20_000,
) {
  describe(`OCR contract: ${name}`, () => {
    it('reads the page: its words, first word first, with boxes and line breaks', {
      timeout,
    }, async () => {
      const reading = await driver().read();
      const read = new Set(reading.words.map((w) => norm(w.text)));
      const wanted = longWords(knownText());
      const found = wanted.filter((w) => read.has(w));
      expect(found.length).toBeGreaterThanOrEqual(wanted.length * 0.9);
      expect(norm(reading.words[0]?.text ?? '')).toBe(
        norm(knownText().trim().split(/\s+/u)[0] ?? ''),
      );
      for (const word of reading.words) {
        expect(word.text.trim()).not.toBe('');
        expect(word.confidence).toBeGreaterThanOrEqual(0);
        expect(word.confidence).toBeLessThanOrEqual(100);
        expect(word.box.x1).toBeGreaterThan(word.box.x0);
        expect(word.box.y1).toBeGreaterThan(word.box.y0);
        expect(['space', 'line', 'paragraph']).toContain(word.breakAfter);
      }
      // A page of several lines says where its lines end.
      expect(reading.words.some((w) => w.breakAfter !== 'space')).toBe(true);
      expect(Number.isFinite(reading.skewDegrees)).toBe(true);
    });

    it('reports progress as it goes: known stages, fractions from 0 to 1, recognising last', {
      timeout,
    }, async () => {
      const { stages, fractions } = await driver().read();
      expect(stages.length).toBeGreaterThan(0);
      for (const stage of stages) expect(['loading', 'recognising']).toContain(stage);
      for (const fraction of fractions) {
        expect(fraction).toBeGreaterThanOrEqual(0);
        expect(fraction).toBeLessThanOrEqual(1);
      }
      expect(stages.at(-1)).toBe('recognising');
    });

    it('gives up with "cancelled" when asked to, then reads the next page as usual', {
      timeout,
    }, async () => {
      expect(await driver().readCancelled()).toEqual({ code: 'cancelled' });
      const after = await driver().read();
      expect(after.words.length).toBeGreaterThan(0);
    });

    it('starts afresh after being ended', { timeout: timeout * 2 }, async () => {
      const reading = await driver().readAfterDispose();
      const read = new Set(reading.words.map((w) => norm(w.text)));
      expect(longWords(knownText()).filter((w) => read.has(w)).length).toBeGreaterThan(0);
    });
  });
}
