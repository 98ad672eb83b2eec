import { describe, expect, it } from 'vitest';
import type { DocumentsDriver } from './document-drivers';
import { contractIt, type KnownDrift } from './drift';

/**
 * What every documents engine promises: run against the fake in jsdom (its own PDF stand-ins,
 * holding the same words) and against pdf.js and the HEIC decoder in Chromium, on the fixtures
 * the app's own tests use. `handoutPages` is each page's text, as the handout was written.
 */
export function documentsContract(
  name: string,
  driver: () => DocumentsDriver,
  handoutPages: () => string[],
  drift: KnownDrift = {},
) {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);

  const check = contractIt(drift);
  describe(`documents contract: ${name}`, () => {
    it.each([
      ['pdf-handout.pdf', 'pdf'],
      ['worksheet.heic', 'heic'],
      ['clean-worksheet.png', 'image'],
    ])('knows %s is a %s from its first bytes', async (file, kind) => {
      expect(await driver().kind(file)).toBe(kind);
    });

    check('reads a text PDF: every word exactly, in reading order, on its own page', async () => {
      const pdf = await driver().readPdf('pdf-handout.pdf');
      expect(pdf.pageCount).toBe(handoutPages().length);
      expect(pdf.pages.map((p) => p.number)).toEqual(handoutPages().map((_, i) => i + 1));
      expect(pdf.pages.map((p) => p.words)).toEqual(handoutPages().map(words));
      for (const page of pdf.pages) {
        expect(page.wordsInsidePage).toBe(true);
        expect(page.width).toBeGreaterThan(0);
        expect(page.height).toBeGreaterThan(0);
        expect(page.displayUrlStart).toBe('data:image/');
        // A page with its own text needs no OCR, so no picture for it.
        expect(page.picture).toBeNull();
      }
    });

    check('gives a scanned (picture-only) page no words and a PNG to read by OCR', async () => {
      const pdf = await driver().readPdf('scanned-worksheet.pdf');
      expect(pdf.pageCount).toBe(1);
      expect(pdf.pages[0]?.words).toEqual([]);
      expect(pdf.pages[0]?.picture).toEqual({ type: 'image/png', magic: '89504e47' });
    });

    it.each([
      ['a damaged PDF', 'damaged.pdf', 'pdf-unreadable', undefined],
      ['a PDF locked with a password', 'locked.pdf', 'pdf-encrypted', undefined],
      ['a PDF of 31 pages', 'too-many-pages.pdf', 'pdf-too-long', 31],
    ])('refuses %s with a typed DocumentError', async (_, file, code, pages) => {
      expect(await driver().openPdfError(file)).toEqual({ name: 'DocumentError', code, pages });
    });

    check('decodes an iPhone HEIC photo to a JPEG', async () => {
      expect(await driver().decodeHeic('worksheet.heic')).toMatchObject({
        type: 'image/jpeg',
        magic: expect.stringMatching(/^ffd8ff/),
      });
    });

    check('refuses an HEIC it cannot decode with a typed DocumentError', async () => {
      expect(await driver().decodeHeic('broken.heic')).toEqual({
        error: { name: 'DocumentError', code: 'heic-unreadable', pages: undefined },
      });
    });
  });
}
