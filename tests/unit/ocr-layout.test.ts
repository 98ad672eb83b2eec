import { describe, expect, it } from 'vitest';
import type { OcrWord } from '../../src/engines/ocr/ocr-engine';
import {
  alignTokens,
  boxForRange,
  layoutWords,
  tokenise,
} from '../../src/features/read-aloud/ocr-document';

/**
 * Lines laid out as tesseract reports them: each line is its words with boxes
 * (x from `left`, words `gap` apart, each 12 px a letter wide, `height` tall),
 * ending a line or, for the last line of a paragraph, the paragraph.
 */
function page(
  paragraphs: { text: string; left?: number; height?: number; gap?: number }[][],
): OcrWord[] {
  const words: OcrWord[] = [];
  let y = 40;
  for (const paragraph of paragraphs) {
    paragraph.forEach(({ text, left = 80, height = 24, gap = 10 }, l) => {
      let x = left;
      const parts = text.split(' ');
      parts.forEach((part, w) => {
        words.push({
          text: part,
          confidence: 95,
          box: { x0: x, y0: y, x1: x + part.length * 12, y1: y + height },
          breakAfter:
            w < parts.length - 1 ? 'space' : l === paragraph.length - 1 ? 'paragraph' : 'line',
        });
        x += part.length * 12 + gap;
      });
      y += height * 1.5;
    });
    y += 20;
  }
  const last = words.at(-1);
  if (last) last.breakAfter = 'line';
  return words;
}

describe('OCR text that reads like the page', () => {
  it('joins the printed lines of a paragraph into one', () => {
    // Measured from the water-cycle sample: a paragraph of three lines, the last one short.
    const words = page([
      [
        { text: 'The water on our planet is used again and' },
        { text: 'again. It moves in a cycle that never stops' },
        { text: 'at all.' },
      ],
    ]);
    expect(layoutWords(words)).toBe(
      'The water on our planet is used again and again. It moves in a cycle that never stops at all.',
    );
  });

  it('rejoins a word hyphenated at a line end, and the joined word keeps its box', () => {
    const words = page([
      [{ text: 'Water moves in a never-ending cy-' }, { text: 'cle, as the sun warms the sea.' }],
    ]);
    const text = layoutWords(words);
    expect(text).toBe('Water moves in a never-ending cycle, as the sun warms the sea.');
    const start = text.indexOf('cycle');
    expect(boxForRange(text, words, { start, end: start + 5 })).toEqual(words[5]?.box);
    // The words after it still find their own boxes.
    const alignment = alignTokens(tokenise(text), words);
    expect(alignment.slice(5, 8)).toEqual([5, 7, 8]);
  });

  it('keeps a hyphen that belongs to the word ("Year-5" then a capital)', () => {
    const words = page([
      [{ text: 'Pupils in the class called Year-' }, { text: 'Five go first.' }],
    ]);
    expect(layoutWords(words)).toBe('Pupils in the class called Year- Five go first.');
  });

  it('keeps a heading on its own line even when tesseract puts it in the paragraph', () => {
    const words = page([
      [
        { text: 'The Water Cycle', height: 48 },
        { text: 'The water on our planet is used again and' },
        { text: 'again.' },
      ],
    ]);
    expect(layoutWords(words)).toBe(
      'The Water Cycle\nThe water on our planet is used again and again.',
    );
  });

  it('keeps list items apart, numbered or bulleted', () => {
    const words = page([
      [
        { text: '1. Evaporation: the Sun warms water in the sea' },
        { text: '2. Condensation: the vapour cools into drops' },
        { text: '\u2022 Collection: rivers carry the water back' },
      ],
    ]);
    expect(layoutWords(words)).toBe(
      '1. Evaporation: the Sun warms water in the sea\n2. Condensation: the vapour cools into drops\n\u2022 Collection: rivers carry the water back',
    );
  });

  it('keeps table rows apart (wide gaps between columns)', () => {
    const words = page([
      [
        { text: 'Day Time Room Topic', gap: 120 },
        { text: 'Monday 3:15 Room6 Fractions', gap: 120 },
      ],
    ]);
    expect(layoutWords(words)).toBe('Day Time Room Topic\nMonday 3:15 Room6 Fractions');
  });

  it('keeps a short line that ends on purpose (a greeting, an address)', () => {
    const words = page([
      [
        { text: 'Dear Parents and Carers,' },
        { text: 'Next Thursday our class will visit the museum.' },
      ],
    ]);
    expect(layoutWords(words)).toBe(
      'Dear Parents and Carers,\nNext Thursday our class will visit the museum.',
    );
  });

  it('separates paragraphs with a blank line', () => {
    const words = page([[{ text: 'First paragraph.' }], [{ text: 'Second one.' }]]);
    expect(layoutWords(words)).toBe('First paragraph.\n\nSecond one.');
  });
});
