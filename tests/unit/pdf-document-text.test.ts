import { describe, expect, it } from 'vitest';
import { kindOfBytes } from '../../src/engines/documents/documents-engine';
import { type TextItem, wordsOfTextLayer } from '../../src/engines/documents/pdf-text';

/** pdf.js's viewport transform for an unrotated A4 page drawn at scale 2. */
const VIEWPORT = [2, 0, 0, -2, 0, 842 * 2];
const item = (str: string, x: number, y: number, hasEOL = false, size = 12): TextItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  height: size,
  hasEOL,
});

describe('a PDF text layer as words with boxes', () => {
  it('keeps the words exactly, with line and paragraph breaks from the baselines', () => {
    const words = wordsOfTextLayer(
      [
        item('The Water Cycle', 72, 770, true, 20),
        item('The Sun warms the sea.', 72, 720),
        item('Water rises as vapour.', 72, 705),
      ],
      VIEWPORT,
    );
    expect(words.map((w) => w.text).join(' ')).toBe(
      'The Water Cycle The Sun warms the sea. Water rises as vapour.',
    );
    expect(words.map((w) => w.breakAfter)).toEqual([
      'space',
      'space',
      'paragraph',
      ...['space', 'space', 'space', 'space', 'line'],
      ...['space', 'space', 'space', 'line'],
    ]);
    expect(words.every((w) => w.confidence === 100)).toBe(true);
  });

  it('puts each word in its own box, in page pixels (y down)', () => {
    const [first, second] = wordsOfTextLayer([item('ab cd', 100, 800)], VIEWPORT);
    // "ab" is characters 0–2 of 5 at 6 units each: x 100–112 → 200–224 px.
    expect(first?.box.x0).toBe(200);
    expect(first?.box.x1).toBe(224);
    expect(second?.box.x0).toBe(236);
    // The baseline at y 800 is 42 units from the top: 84 px, the box round it.
    expect(first?.box.y1).toBeGreaterThan(84);
    expect(first?.box.y0).toBeLessThan(84);
  });

  it('joins runs of one word split across items, and spaces runs apart when there is a gap', () => {
    const split = wordsOfTextLayer(
      [item('vap', 72, 700), { ...item('our', 72 + 18, 700), transform: [12, 0, 0, 12, 90, 700] }],
      VIEWPORT,
    );
    expect(split.map((w) => w.text)).toEqual(['vapour']);
    const apart = wordsOfTextLayer([item('one', 72, 700), item('two', 200, 700)], VIEWPORT);
    expect(apart.map((w) => w.text)).toEqual(['one', 'two']);
  });

  it('has no words for a scanned page (no text items)', () => {
    expect(wordsOfTextLayer([], VIEWPORT)).toEqual([]);
    expect(wordsOfTextLayer([item('   ', 72, 700, true)], VIEWPORT)).toEqual([]);
  });
});

describe('what a file is, from its first bytes', () => {
  const bytes = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
  it('knows a PDF, even after junk, and HEIC brands, and leaves AVIF and the rest to the image engine', () => {
    expect(kindOfBytes(bytes('%PDF-1.7\n'))).toBe('pdf');
    expect(kindOfBytes(bytes('\r\n%PDF-1.4'))).toBe('pdf');
    expect(kindOfBytes(bytes('\0\0\0\x18ftypheic\0\0\0\0mif1heic'))).toBe('heic');
    expect(kindOfBytes(bytes('\0\0\0\x18ftypmif1\0\0\0\0mif1heic'))).toBe('heic');
    expect(kindOfBytes(bytes('\0\0\0\x1cftypavif\0\0\0\0avifmif1'))).toBe('image');
    expect(kindOfBytes(bytes('\0\0\0\x1cftypmif1\0\0\0\0mif1avif'))).toBe('image');
    expect(kindOfBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBe('image');
  });
});
