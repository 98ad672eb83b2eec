import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/engines/ocr/ocr-engine';
import { parseDocument } from '../../src/features/read-aloud/reading/reading-document';
import {
  alignOcrWords,
  type PageWord,
  pageWordOf,
  pageWords,
} from '../../src/features/read-aloud/word-model';

const ocr = (text: string, confidence = 95, x = 0): OcrWord => ({
  text,
  confidence,
  box: { x0: x, y0: 0, x1: x + 10, y1: 10 },
  breakAfter: 'space',
});
const page = (...words: OcrWord[]) => ({ words });

describe('one word model: the reading document linked once to the words on the pages', () => {
  const pages = [
    page(ocr('The', 95, 0), ocr('well-known', 95, 20), ocr('cycle.', 41, 40)),
    page(ocr('Page', 95, 0), ocr('two.', 95, 20)),
  ];
  const words = pageWords(pages);

  it('tags every page word with its page, in page order', () => {
    expect(words.map((w: PageWord) => w.page)).toEqual([0, 0, 0, 1, 1]);
  });

  it('gives each spoken word its page and its box, both halves of a hyphenated word included', () => {
    const doc = parseDocument('The well-known cycle.\n\nPage two.');
    const model = alignOcrWords(doc, words);
    expect(doc.words.map((w) => w.text)).toEqual(['The', 'well', 'known', 'cycle', 'Page', 'two']);
    expect(model.source).toEqual([0, 1, 1, 2, 3, 4]);
    expect(model.page).toEqual([0, 0, 0, 0, 1, 1]);
    expect(pageWordOf(model, 2)?.box.x0).toBe(20);
    expect(pageWordOf(model, 5)?.page).toBe(1);
    expect(pageWordOf(model, null)).toBeNull();
  });

  it('has no box for a typed word, which keeps the page of the word before it', () => {
    const doc = parseDocument('The well-known cycle.\n\nPage really two.');
    const model = alignOcrWords(doc, words);
    const really = doc.words.findIndex((w) => w.text === 'really');
    expect(model.source[really]).toBe(-1);
    expect(pageWordOf(model, really)).toBeNull();
    expect(model.page[really]).toBe(1);
  });

  it('lists the words to check until the person changes them', () => {
    const before = alignOcrWords(parseDocument('The well-known cycle.\n\nPage two.'), words);
    expect(before.toCheck.map((w) => [w.text, w.confidence])).toEqual([['cycle.', 41]]);
    const after = alignOcrWords(parseDocument('The well-known circle.\n\nPage two.'), words);
    expect(after.toCheck).toEqual([]);
  });

  it('is empty for typed text with no page at all', () => {
    const model = alignOcrWords(parseDocument('Just typed.'), []);
    expect(model.source).toEqual([-1, -1]);
    expect(model.page).toEqual([0, 0]);
    expect(model.toCheck).toEqual([]);
  });
});
